package io.accountcontracts.contract.support;

import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.stub.programmed.DocumentedResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The check every contract test ends with: each recorded response must conform to its vendor's spec,
 * and each request too unless the test broke it on purpose. Conforming responses with the in-process
 * stub feed the coverage report.
 */
public final class ExchangeVerifier {

    private ExchangeVerifier() {}

    /** What breaks the specs among {@code exchanges}; empty when nothing does. Counts nothing towards coverage. */
    public static List<String> problems(List<Exchange> exchanges, Set<Exchange> deliberatelyInvalid) {
        return problems(exchanges, deliberatelyInvalid, false);
    }

    /**
     * As {@link #problems(List, Set)}; with {@code withTheStub}, each conforming response also counts
     * towards the coverage gate. Only exchanges with the in-process stub may: the gate says what the
     * stub was seen to do, and a drifting fake or a live target shows nothing about that.
     */
    static List<String> problems(List<Exchange> exchanges, Set<Exchange> deliberatelyInvalid, boolean withTheStub) {
        List<String> problems = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            OfflineValidator spec = OfflineValidator.forPath(exchange.path());
            ValidationReport response = spec.validateResponse(exchange);
            if (response.hasErrors()) {
                problems.add(exchange + ": response breaks " + spec + ": " + response.getMessages());
            }
            ValidationReport request = spec.validateRequest(exchange);
            if (request.hasErrors() && !deliberatelyInvalid.contains(exchange)) {
                problems.add(exchange + ": request breaks " + spec + ": " + request.getMessages());
            }
            if (withTheStub && !response.hasErrors()) {
                ResponseCoverage.record(exchange, !request.hasErrors(), isProgrammed(exchange));
            }
        }
        return problems;
    }

    private static boolean isProgrammed(Exchange exchange) {
        return exchange.responseHeaders().keySet().stream()
                .anyMatch(name -> name.equalsIgnoreCase(DocumentedResponses.Answer.MARK));
    }
}
