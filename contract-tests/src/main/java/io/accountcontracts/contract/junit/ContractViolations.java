package io.accountcontracts.contract.junit;

import io.accountcontracts.stub.admin.Journal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which journaled requests broke a vendor's contract, and the message a test fails with. The stub has
 * already judged each request (the journal's verdict), with the same validator the contract tests use.
 */
final class ContractViolations {

    private ContractViolations() {}

    // A request without an accepted bearer token breaks the spec's security requirement; one the
    // validator refused breaks its schema, its list of operations or its parameters.
    static List<Journal.Entry> of(List<Journal.Entry> requests) {
        return requests.stream().filter(Journal.Entry::breaksContract).toList();
    }

    /**
     * Why the test fails, if it does: the breaches the journal still holds and those it dropped (which it
     * counts, though it no longer shows them) must together be exactly as many as the test declared.
     */
    static Optional<String> failure(Journal.Snapshot journal, int expected) {
        List<Journal.Entry> violations = of(journal.requests());
        long dropped = journal.dropped().breaches();
        long total = violations.size() + dropped;
        if (total == expected) {
            return Optional.empty();
        }
        String listed = (violations.isEmpty() ? "" : ":\n" + describe(violations))
                + droppedNote(journal.dropped(), !violations.isEmpty());
        if (expected == 0) {
            return Optional.of(total + (total == 1 ? " request" : " requests")
                    + " from the code under test broke the vendor's contract (if the test sends "
                    + (total == 1 ? "it" : "them")
                    + " on purpose, declare it with VendorStub.expectInvalidRequests)" + listed);
        }
        return Optional.of("the test declared " + expected + " request(s) that break the vendor's contract, but the "
                + "stub received " + total + listed);
    }

    private static String droppedNote(Journal.Dropped dropped, boolean more) {
        if (dropped.breaches() == 0) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "\n  %,d %s%s dropped from the journal, over its limit of %,d requests or %,d bytes",
                dropped.breaches(),
                more ? "more " : "",
                dropped.breaches() == 1 ? "breach was" : "breaches were",
                dropped.maxRequests(),
                dropped.maxBytes());
    }

    private static String describe(List<Journal.Entry> violations) {
        return violations.stream().map(ContractViolations::describe).collect(Collectors.joining("\n"));
    }

    static String describe(Journal.Entry entry) {
        List<String> problems = entry.problems().isEmpty() && entry.verdict().equals("unauthenticated")
                ? List.of("no accepted bearer token (the spec requires one)")
                : entry.problems();
        return "  " + entry.method() + " " + entry.path() + " -> " + entry.status() + ": "
                + String.join("; ", problems);
    }
}
