package io.accountcontracts.stub.validation;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;

/** What the stub concluded about a request before serving it; kept on the request for the journal. */
public record Verdict(Outcome outcome, List<String> problems) {

    public enum Outcome { VALID, INVALID, UNAUTHENTICATED, NOT_VALIDATED }

    private static final String PROPERTY = Verdict.class.getName();

    public static final Verdict VALID = new Verdict(Outcome.VALID, List.of());
    public static final Verdict UNAUTHENTICATED = new Verdict(Outcome.UNAUTHENTICATED, List.of());
    public static final Verdict NOT_VALIDATED = new Verdict(Outcome.NOT_VALIDATED, List.of());

    public static Verdict invalid(List<String> problems) {
        return new Verdict(Outcome.INVALID, List.copyOf(problems));
    }

    public void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    public static Verdict of(ContainerRequestContext request) {
        Object verdict = request.getProperty(PROPERTY);
        return verdict instanceof Verdict v ? v : NOT_VALIDATED;
    }
}
