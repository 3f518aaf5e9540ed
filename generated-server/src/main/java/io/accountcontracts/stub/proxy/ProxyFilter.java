package io.accountcontracts.stub.proxy;

import io.accountcontracts.stub.auth.TokenRegistry;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.validation.BodyLimit;
import io.accountcontracts.stub.validation.Problem;
import io.accountcontracts.stub.validation.RefusalStatus;
import io.accountcontracts.stub.validation.SpecValidators;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the requests of a proxied vendor with the upstream's answer ({@code --proxy VENDOR=URL}), checking
 * both sides against the vendor's spec on the way.
 *
 * <p>It runs right after {@code RouteFilter} and before authentication. Aborting a pre-matching filter ends
 * request filtering, so the stub's own token check, syntax checks, validation, programmed answers and
 * resources never see a proxied request: the vendor decides who may call it. The global response filters
 * still run: the journal and the access log record the exchange, and the filters that would change or
 * re-check an answer leave it alone when {@link Proxied} is on the request.
 *
 * <p>Registered only when some vendor is proxied; the other vendor's requests then pay one property read.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public final class ProxyFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);

    private final Map<Vendor, Upstream> upstreams;
    private final ExchangeCheck check;
    private final boolean strict;
    private final BodyLimit bodyLimit;
    private final RefusalStatus refusals;
    private final TrafficRecorder recorder;
    private final TokenRegistry ownTokens;

    /** @param ownTokens the stub's own tokens, which are never forwarded */
    public ProxyFilter(ProxyConfig config, SpecValidators validators, int maxBodyBytes, TokenRegistry ownTokens) {
        this.upstreams = new EnumMap<>(Vendor.class);
        config.upstreams()
                .forEach((vendor, base) -> upstreams.put(
                        vendor,
                        new Upstream(
                                vendor, base, config.connectTimeout(), config.timeout(), config.maxAnswerBytes())));
        this.check = new ExchangeCheck(validators, config.maxAnswerBytes());
        this.ownTokens = ownTokens;
        this.strict = config.strict();
        this.bodyLimit = new BodyLimit(maxBodyBytes);
        this.refusals = new RefusalStatus(validators);
        this.recorder = config.recorder();
    }

    /** Cuts short every wait for an upstream: each caller gets the 502 saying the stub is stopping. */
    public void stopWaiting() {
        upstreams.values().forEach(Upstream::stopWaiting);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Route route = Route.of(request);
        Upstream upstream = route.isVendor() ? upstreams.get(route.vendor()) : null;
        if (upstream == null) {
            return;
        }
        Vendor vendor = route.vendor();
        byte[] body = bodyLimit.read(request);
        if (body == null) {
            Proxied.REFUSED_LOCALLY.attachTo(request);
            bodyLimit.refuse(request, vendor, refusals.of(route, Response.Status.REQUEST_ENTITY_TOO_LARGE));
            return;
        }
        String method = request.getMethod();
        URI uri = request.getUriInfo().getRequestUri();
        String rawPath = uri.getRawPath();
        String rawQuery = uri.getRawQuery();
        Map<String, List<String>> headers = request.getHeaders();

        Problem refusal = DotSegments.in(rawPath) ? DOT_SEGMENT : carriesOwnToken(headers, rawQuery);
        if (refusal != null) {
            // Never forwarded, whatever the mode: the vendor must not see the stub's token, nor a path that climbs
            // out of the base URL with the caller's credentials.
            Proxied.REFUSED_LOCALLY.attachTo(request);
            Verdict.invalidBy(List.of(refusal)).attachTo(request);
            request.abortWith(vendor.error(
                    refusal == DOT_SEGMENT ? Response.Status.BAD_REQUEST : Response.Status.UNAUTHORIZED,
                    refusal.message()));
            return;
        }
        List<Problem> requestProblems = check.request(vendor, method, rawPath, rawQuery, headers, body);
        Verdict verdict = requestProblems.isEmpty() ? Verdict.VALID : Verdict.invalidBy(requestProblems);
        verdict.attachTo(request);
        if (strict && !requestProblems.isEmpty()) {
            // Never forwarded: a strict run must not let a request the vendor's contract forbids reach it.
            Proxied.REFUSED_LOCALLY.attachTo(request);
            request.abortWith(vendor.error(Response.Status.BAD_REQUEST, verdict.problems()));
            return;
        }

        Upstream.Answer answer;
        try {
            answer = upstream.send(method, rawPath, rawQuery, headers, body);
        } catch (Upstream.Failure failure) {
            LOG.warn("{} {}: {}", method, rawPath, failure.getMessage());
            Proxied.failed(failure.rule(), failure.getMessage()).attachTo(request);
            request.abortWith(vendor.error(failure.status(), failure.getMessage()));
            return;
        }
        record(vendor, method, body, answer);

        List<Problem> responseProblems = check.response(vendor, method, rawPath, answer); // never throws
        Proxied.answered(answer.status(), responseProblems).attachTo(request);
        if (strict && responseProblems != null && !responseProblems.isEmpty()) {
            request.abortWith(
                    vendor.error(Response.Status.BAD_GATEWAY, violations(upstream, answer.status(), responseProblems)));
            return;
        }
        request.abortWith(asReceived(answer));
    }

    static final Problem DOT_SEGMENT = new Problem(
            "proxy.path.dot_segment",
            "The path has a '.' or '..' segment (plain or percent-encoded), which could lead out of the upstream's "
                    + "base path; the proxy does not forward it. Send the path without it.");

    // A header value or the query that carries the stub's own token; names the header, never its value.
    private Problem carriesOwnToken(Map<String, List<String>> headers, String rawQuery) {
        String where = null;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getValue().stream().anyMatch(ownTokens::foundIn)) {
                where = "the header '" + header.getKey() + "'";
                break;
            }
        }
        if (where == null && (ownTokens.foundIn(rawQuery) || ownTokens.foundIn(decodedQuery(rawQuery)))) {
            where = "the query";
        }
        return where == null
                ? null
                : new Problem(
                        "proxy.own_token",
                        "This request carries the stub's own bearer token (in " + where + "), which is never "
                                + "forwarded to the upstream; send the vendor's token instead.");
    }

    private static String decodedQuery(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        try {
            return java.net.URLDecoder.decode(rawQuery, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawQuery;
        }
    }

    /**
     * The upstream's answer, status, headers and body bytes as they came, but for hop-by-hop headers, and for a
     * Content-Type that is no media type, which the server could not send a body under (reported as a problem).
     */
    private static Response asReceived(Upstream.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        HopByHop.forResponse(answer.headers())
                .forEach((name, values) -> values.forEach(v -> response.header(
                        name,
                        name.equalsIgnoreCase("content-type") && !ExchangeCheck.isMediaType(v)
                                ? ExchangeCheck.PASSED_ON_AS
                                : v)));
        if (answer.body().length > 0) {
            response.entity(answer.body());
        }
        return response.build();
    }

    private static List<String> violations(Upstream upstream, int status, List<Problem> problems) {
        List<String> details = new ArrayList<>();
        for (Problem problem : problems) {
            details.add("The answer of the upstream " + upstream.host() + " (HTTP " + status + ") breaks the spec: "
                    + problem.message());
        }
        return details;
    }

    private void record(Vendor vendor, String method, byte[] body, Upstream.Answer answer) {
        try {
            recorder.record(new ProxiedExchange(
                    vendor,
                    answer.startedAt(),
                    answer.durationMs(),
                    method,
                    answer.uri(),
                    answer.sentHeaders(),
                    body,
                    answer.status(),
                    answer.headers(),
                    answer.body()));
        } catch (RuntimeException e) {
            // The caller still gets the answer: a full disk must not turn into the vendor's 5xx.
            String why = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage()
                    : e.getMessage();
            LOG.warn("Could not record {} {}: {}", method, answer.uri().getRawPath(), why);
        }
    }

    /** The body, or null when it is over the limit. */
}
