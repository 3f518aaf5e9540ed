package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.delay.LatencyFilter;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.programmed.Applied;
import io.accountcontracts.stub.proxy.Proxied;
import io.accountcontracts.stub.proxy.ViolationTally;
import io.accountcontracts.stub.ratelimit.Counted;
import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.secrets.Redaction;
import io.accountcontracts.stub.text.Shortened;
import io.accountcontracts.stub.validation.ParsedBody;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes every request except the admin API's own into the journal, with its final status and verdict, and
 * what programming changed about the answer, or what the proxy made of it; and counts it in the violations
 * tally. Credentials never reach it: headers are kept as {@link Redaction} allows.
 *
 * <p>Its priority puts the request side first of all pre-matching filters, so the arrival epoch is noted
 * before any filter can abort (the proxy always does), and the response side last, after every filter that
 * may change the answer.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class JournalFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String EPOCH = JournalFilter.class.getName() + ".epoch";

    private final Journal journal;
    private final ViolationTally tally;
    private final Set<Vendor> proxied;
    private final Clock clock;

    /**
     * @param proxied the vendors whose requests the proxy handles; only their requests look for its result,
     *                so a stubbed request costs no more than before
     */
    public JournalFilter(Journal journal, ViolationTally tally, Set<Vendor> proxied, Clock clock) {
        this.journal = journal;
        this.tally = tally;
        this.proxied = proxied.isEmpty() ? EnumSet.noneOf(Vendor.class) : EnumSet.copyOf(proxied);
        this.clock = clock;
    }

    /** A journal filter with a tally of its own and no proxied vendor. */
    public JournalFilter(Journal journal, Clock clock) {
        this(journal, new ViolationTally(Map.of()), Set.of(), clock);
    }

    /** Notes the journal's epoch as the request arrives (see {@link Journal#epoch()}). */
    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(EPOCH, journal.epoch());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // Cut here too, as the journal cuts it, for the tally's example.
        String path = Shortened.text("/" + request.getUriInfo().getPath(false));
        if (path.startsWith(AdminResource.ROOT)) {
            return;
        }
        // The request's own header map, its credentials redacted where they are: nothing reads it after this
        // filter, and a copy of every header of every request was most of what journaling cost.
        Map<String, List<String>> headers = Redaction.inPlace(request.getHeaders());
        Route route = Route.of(request);
        Verdict verdict = Verdict.of(request);
        Applied programmed = Applied.of(request);
        Proxied proxy = route.isVendor() && proxied.contains(route.vendor()) ? Proxied.of(request) : null;
        int status = programmed != null && programmed.dropped() ? 0 : response.getStatus();
        long arrivedIn = request.getProperty(EPOCH) instanceof Long epoch ? epoch : journal.epoch();
        String outcome = verdict.outcome().name().toLowerCase(Locale.ROOT);
        // Answered 429 by an armed rate limit: not validated (the limit answers first), so no breach either way.
        Counted counted = Counted.of(request);
        Boolean rateLimited = counted != null && counted.limited() ? Boolean.TRUE : null;
        Journal.Entry entry = proxy == null
                ? new Journal.Entry(
                        clock.instant(),
                        request.getMethod(),
                        path,
                        route.operationId(),
                        Journal.STUBBED,
                        status,
                        null,
                        outcome,
                        verdict.problems(),
                        null,
                        null,
                        null,
                        programmed,
                        headers,
                        rateLimited,
                        LatencyFilter.appliedMs(request),
                        ParsedBody.text(request))
                : new Journal.Entry(
                        clock.instant(),
                        request.getMethod(),
                        path,
                        route.operationId(),
                        Journal.PROXIED,
                        status,
                        proxy.upstreamStatus(),
                        outcome,
                        verdict.problems(),
                        proxy.responseVerdict(),
                        proxy.responseVerdict() == null ? null : proxy.responseProblemMessages(),
                        proxy.upstreamError() == null
                                ? null
                                : proxy.upstreamError().rule(),
                        null,
                        headers,
                        null,
                        null,
                        ParsedBody.text(request));
        journal.add(entry, arrivedIn);
        if (route.isVendor()) {
            tally.count(route.vendor(), route.operationId(), request.getMethod(), path, status, verdict, proxy);
        }
    }
}
