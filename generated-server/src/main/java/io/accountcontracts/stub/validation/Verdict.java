package io.accountcontracts.stub.validation;

import io.accountcontracts.stub.text.Shortened;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;

/**
 * What the stub concluded about a request before serving it; kept on the request for the journal.
 *
 * @param problems what was wrong, in words, each {@linkplain Shortened#text cut} to a bounded length: the
 *                 caller's 400, the journal and the violations tally all get the short form
 * @param rules    the validator's rule (message key) behind each problem, when the validator found them;
 *                 empty when the stub refused the request in its own words (malformed JSON, a header it
 *                 cannot parse, an oversized body, ...)
 */
public record Verdict(Outcome outcome, List<String> problems, List<String> rules) {

    public enum Outcome {
        VALID,
        INVALID,
        UNAUTHENTICATED,
        NOT_VALIDATED
    }

    private static final String PROPERTY = Verdict.class.getName();

    public static final Verdict VALID = new Verdict(Outcome.VALID, List.of());
    public static final Verdict UNAUTHENTICATED = new Verdict(Outcome.UNAUTHENTICATED, List.of());
    public static final Verdict NOT_VALIDATED = new Verdict(Outcome.NOT_VALIDATED, List.of());

    public Verdict {
        problems = problems.stream().map(Shortened::text).toList();
        rules = List.copyOf(rules);
    }

    public Verdict(Outcome outcome, List<String> problems) {
        this(outcome, problems, List.of());
    }

    public static Verdict invalid(List<String> problems) {
        return new Verdict(Outcome.INVALID, problems);
    }

    /** Invalid as the validator found it, keeping the rule of each problem. */
    public static Verdict invalidBy(List<Problem> problems) {
        return new Verdict(
                Outcome.INVALID,
                problems.stream().map(Problem::message).toList(),
                problems.stream().map(Problem::rule).toList());
    }

    public void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    public static Verdict of(ContainerRequestContext request) {
        Object verdict = request.getProperty(PROPERTY);
        return verdict instanceof Verdict v ? v : NOT_VALIDATED;
    }
}
