package io.accountcontracts.contract.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Every exchange with the in-process stub whose response passed validation, over the whole test run
 * (surefire runs all classes in one JVM), for the coverage report written at the end. Exchanges with
 * fakes (FaultyVendor, WireMock), a live target or a stub started elsewhere are never recorded here.
 */
public final class ResponseCoverage {

    /**
     * A validated exchange; whether its request conformed too (only those count for request properties); and
     * whether a test programmed its answer (next-responses, fail-next, Prefer), which shows only that the
     * spec's own example came back.
     */
    public record Validated(Exchange exchange, boolean requestConforms, boolean programmed) {}

    private static final List<Validated> VALIDATED = new ArrayList<>();

    private ResponseCoverage() {}

    static synchronized void record(Exchange exchange, boolean requestConforms, boolean programmed) {
        VALIDATED.add(new Validated(exchange, requestConforms, programmed));
    }

    public static synchronized List<Validated> validated() {
        return List.copyOf(VALIDATED);
    }
}
