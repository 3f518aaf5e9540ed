package io.accountcontracts.stub.proxy;

import io.accountcontracts.stub.validation.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;

/**
 * What the proxy did with one request, carried on the request for the journal and the violations tally;
 * its presence also tells the response filters that the answer is the upstream's, to be left as it is.
 *
 * @param upstreamStatus   the status the upstream answered; null when nothing was forwarded or no answer came
 * @param responseVerdict  {@code valid}, {@code invalid}, or {@code not_validated} (a request that is no
 *                         operation of the spec has no documented answer to check against); null without an answer
 * @param responseProblems where the answer breaks the spec, with the rule each breaks
 * @param upstreamError    why no answer came: the rule ({@code upstream.refused}, {@code upstream.timeout}, ...)
 *                         and the message the caller got; else null
 */
public record Proxied(
        Integer upstreamStatus, String responseVerdict, List<Problem> responseProblems, Problem upstreamError) {

    public static final String VALID = "valid";
    public static final String INVALID = "invalid";
    public static final String NOT_VALIDATED = "not_validated";

    /** Refused here (an oversized body, or an invalid request under --proxy-strict): never forwarded. */
    static final Proxied REFUSED_LOCALLY = new Proxied(null, null, List.of(), null);

    private static final String PROPERTY = Proxied.class.getName();

    static Proxied failed(String rule, String message) {
        return new Proxied(null, null, List.of(), new Problem(rule, message));
    }

    /** @param problems where the answer breaks the spec; null when it could not be checked */
    static Proxied answered(int status, List<Problem> problems) {
        if (problems == null) {
            return new Proxied(status, NOT_VALIDATED, List.of(), null);
        }
        return new Proxied(status, problems.isEmpty() ? VALID : INVALID, List.copyOf(problems), null);
    }

    public List<String> responseProblemMessages() {
        return responseProblems.stream().map(Problem::message).toList();
    }

    void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    /** What the proxy did with this request; null when the stub served it itself. */
    public static Proxied of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Proxied proxied ? proxied : null;
    }
}
