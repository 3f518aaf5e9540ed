package io.accountcontracts.contract.junit;

import io.accountcontracts.stub.admin.Journal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which journaled requests broke a vendor's contract, and the message a test fails with. The stub has
 * already judged each request (the journal's verdict), with the same validator the contract tests use.
 */
final class ContractViolations {

    // A request without an accepted bearer token breaks the spec's security requirement; one the
    // validator refused breaks its schema or its list of operations.
    private static final Set<String> VIOLATIONS = Set.of("invalid", "unauthenticated");

    private ContractViolations() {}

    static List<Journal.Entry> of(List<Journal.Entry> requests) {
        return requests.stream().filter(e -> VIOLATIONS.contains(e.verdict())).toList();
    }

    static Optional<String> failure(List<Journal.Entry> requests, int expected) {
        List<Journal.Entry> violations = of(requests);
        if (violations.size() == expected) {
            return Optional.empty();
        }
        if (expected == 0) {
            return Optional.of(violations.size() + (violations.size() == 1 ? " request" : " requests")
                    + " from the code under test broke the vendor's contract (if the test sends "
                    + (violations.size() == 1 ? "it" : "them")
                    + " on purpose, declare it with VendorStub.expectInvalidRequests):\n" + describe(violations));
        }
        return Optional.of("the test declared " + expected + " request(s) that break the vendor's contract, but the "
                + "stub received " + violations.size() + (violations.isEmpty() ? "" : ":\n" + describe(violations)));
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
