package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.contract.support.Exchange;
import io.accountcontracts.contract.support.OfflineValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** Validates one recorded entry against the spec its path belongs to. */
final class EntryCheck {

    private EntryCheck() {}

    /** A test that passes when the entry conforms, fails when it does not, and is skipped when no spec describes it. */
    static DynamicTest test(HarEntry entry) {
        return DynamicTest.dynamicTest(entry.name(), () -> {
            EntryResult verdict = check(entry);
            if (verdict instanceof EntryResult.Skipped skipped) {
                Assumptions.abort(skipped.reason());
            } else if (verdict instanceof EntryResult.Violates violates) {
                fail(entry.name() + " does not conform to " + violates.spec() + ":\n  "
                        + String.join("\n  ", violates.problems()));
            }
        });
    }

    /** Why the entry is not validated, or empty when a spec describes it and it is. */
    static Optional<EntryResult.Skipped> skipped(HarEntry entry) {
        if (entry.status() <= 0) {
            return Optional.of(new EntryResult.Skipped(
                    "not validated: " + entry.name() + " has no response (the request failed or was blocked)"));
        }
        if (entry.method().equalsIgnoreCase("OPTIONS")
                && entry.requestHeaders().containsKey("Access-Control-Request-Method")) {
            return Optional.of(new EntryResult.Skipped(
                    "not validated: " + entry.name() + " is a CORS preflight, which the browser sends by itself"));
        }
        if (ApiRouter.SPECS.specFor(entry.path()).isEmpty()) {
            return Optional.of(new EntryResult.Skipped("not validated: path " + entry.path() + " of " + entry.name()
                    + " is in neither spec (they have " + String.join(", ", ApiRouter.SPECS.templates()) + ")"));
        }
        return Optional.empty();
    }

    static EntryResult check(HarEntry entry) {
        Optional<EntryResult.Skipped> skipped = skipped(entry);
        if (skipped.isPresent()) {
            return skipped.get();
        }
        OfflineValidator spec = ApiRouter.SPECS.specFor(entry.path()).orElseThrow();
        Exchange exchange = entry.toExchange();
        List<String> problems = new ArrayList<>();
        // A request the server refused with a 4xx may break the request schema: that is usually
        // why it was refused, and a capture of it documents the error response, which is checked.
        if (entry.status() < 400 || entry.status() >= 500) {
            problems.addAll(errors("request", spec.validateRequest(exchange)));
        }
        problems.addAll(errors("response", spec.validateResponse(exchange)));
        return problems.isEmpty()
                ? new EntryResult.Conforms(spec.toString())
                : new EntryResult.Violates(spec.toString(), problems);
    }

    private static List<String> errors(String side, ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> side + " " + message.getKey() + ": " + message.getMessage())
                .toList();
    }
}
