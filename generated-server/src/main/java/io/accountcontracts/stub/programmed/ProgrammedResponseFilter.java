package io.accountcontracts.stub.programmed;

import io.accountcontracts.stub.delay.DribblingWriter;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.http.ClientConnection;
import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.routing.Routes;
import io.accountcontracts.stub.validation.ParsedBody;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Answers a request as programmed: by the first pending rule for its operation that it matches, else by its
 * {@code Prefer} header. It runs after authentication and validation, so only a request that would otherwise be served
 * is answered this way; a refused one gets its refusal and uses up no rule, and consumers stay held to
 * the contract. A programmed status changes no stored record.
 */
@Priority(Priorities.ENTITY_CODER + 100)
public final class ProgrammedResponseFilter implements ContainerRequestFilter {

    private final ProgrammedResponses rules;
    private final DocumentedResponses documented;
    private final RandomGenerator random;

    public ProgrammedResponseFilter(ProgrammedResponses rules, DocumentedResponses documented) {
        this(rules, documented, new Random());
    }

    /** @param random what delays drawn from a distribution are drawn with; seeded, for a test that wants them known */
    public ProgrammedResponseFilter(ProgrammedResponses rules, DocumentedResponses documented, RandomGenerator random) {
        this.rules = rules;
        this.documented = documented;
        this.random = random;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Every request passes here: with nothing pending and no Prefer header, this line is all it costs.
        if (rules.isEmpty() && request.getHeaderString(PreferHeader.NAME) == null) {
            return;
        }
        Route route = Route.of(request);
        if (route.operationId() == null || Verdict.of(request).outcome() != Verdict.Outcome.VALID) {
            return;
        }
        // Only with a rule pending is the request looked at further: its path id, parsed body and headers.
        Optional<ProgrammedResponse> rule = rules.isEmpty()
                ? Optional.empty()
                : rules.take(
                        route.operationId(),
                        Routes.pathId(
                                route.operationId(),
                                request.getUriInfo().getRequestUri().getRawPath()),
                        ParsedBody.of(request).orElse(null),
                        request::getHeaderString);
        if (rule.isPresent()) {
            apply(request, route, rule.get());
            return;
        }
        PreferHeader preference = PreferHeader.parse(request.getHeaderString(PreferHeader.NAME));
        if (!preference.isEmpty()) {
            answerAsPreferred(request, route, preference);
        }
    }

    private void apply(ContainerRequestContext request, Route route, ProgrammedResponse rule) {
        // The status was checked against every operation the rule applies to when it was installed.
        // A chosen body and headers were checked against the spec of that status and operation too.
        DocumentedResponses.Answer answer = rule.status() == null
                ? null
                : documented.chosen(route.operationId(), rule.status(), rule.body(), rule.headers());
        int delayMs = rule.delay() == null ? rule.delayMs() : rule.delay().drawMs(random);
        new Applied(
                        Applied.BY_RULE,
                        rule.id(),
                        rule.status(),
                        answer == null ? null : answer.example(),
                        rule.delay() == null && delayMs == 0 ? null : delayMs,
                        rule.delay(),
                        rule.dribble(),
                        rule.fault(),
                        rule.body() == null ? null : Applied.CHOSEN,
                        rule.headers().isEmpty()
                                ? null
                                : List.copyOf(rule.headers().keySet()))
                .attachTo(request);
        if (delayMs > 0 && !rules.delay(delayMs)) {
            // Reset while waiting: the test that asked has ended, and nothing may change the next one's records.
            drop(request, route.vendor(), Fault.EMPTY_RESPONSE);
            return;
        }
        if (rule.dribble() != null) {
            DribblingWriter.install(request, rule.dribble(), rules.waits());
        }
        if (rule.fault() == Fault.EMPTY_RESPONSE || rule.fault() == Fault.CONNECTION_RESET) {
            drop(request, route.vendor(), rule.fault());
        } else if (answer != null) {
            request.abortWith(answer.toResponse(Applied.BY_RULE));
        }
    }

    private void answerAsPreferred(ContainerRequestContext request, Route route, PreferHeader preference) {
        DocumentedResponses.Answer answer;
        try {
            answer = documented.preferred(route.operationId(), preference.code(), preference.example());
        } catch (IllegalArgumentException e) {
            String why = "Prefer header: " + e.getMessage();
            Verdict.invalid(List.of(why)).attachTo(request);
            request.abortWith(route.vendor().error(Response.Status.BAD_REQUEST, why));
            return;
        }
        new Applied(Applied.BY_PREFER_HEADER, null, answer.status(), answer.example(), 0, null).attachTo(request);
        request.abortWith(answer.toResponse(Applied.BY_PREFER_HEADER));
    }

    private static void drop(ContainerRequestContext request, Vendor vendor, Fault fault) {
        if (fault == Fault.CONNECTION_RESET) {
            ClientConnection.reset(request);
        } else {
            ClientConnection.close(request);
        }
        // Never sent; it only gives the response filters (strict validation among them) an ordinary answer.
        request.abortWith(
                vendor.error(Response.Status.INTERNAL_SERVER_ERROR, "there was a problem processing your request"));
    }
}
