package io.accountcontracts.contract.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Every exchange with the in-process stub whose response passed validation, over the whole test run
 * (surefire runs all classes in one JVM), for the coverage report written at the end. Exchanges with
 * fakes (FaultyVendor, WireMock), a live target or a stub started elsewhere are never recorded here.
 */
public final class ResponseCoverage {

    /** A validated exchange, and whether its request conformed too (only those count for request properties). */
    public record Validated(Exchange exchange, boolean requestConforms) {
    }

    private static final List<Validated> VALIDATED = new ArrayList<>();

    private ResponseCoverage() {
    }

    static synchronized void record(Exchange exchange, boolean requestConforms) {
        VALIDATED.add(new Validated(exchange, requestConforms));
    }

    public static synchronized List<Validated> validated() {
        return List.copyOf(VALIDATED);
    }
}
