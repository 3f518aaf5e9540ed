package io.accountcontracts.contract.junit;

import io.accountcontracts.stub.admin.Journal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Breaches of a shared stub that no test sent: from a {@code @BeforeAll} or {@code @AfterAll} method, a
 * constructor or a static initialiser. No test can answer for them, so they are kept until the class
 * that sent them ends, and fail it.
 */
final class BreachesOutsideTests {

    // Enough to show what went wrong; a class that sends more is told how many more.
    private static final int KEPT_PER_CLASS = 50;

    private final Map<String, Kept> byClass = new HashMap<>();

    private static final class Kept {
        final List<String> described = new ArrayList<>();
        int more;
    }

    /** Keeps the breaches among these requests, for the class with this unique id. */
    synchronized void keep(String classId, List<Journal.Entry> requests, String sentWhen) {
        for (Journal.Entry breach : ContractViolations.of(requests)) {
            Kept kept = byClass.computeIfAbsent(classId, id -> new Kept());
            if (kept.described.size() < KEPT_PER_CLASS) {
                kept.described.add(ContractViolations.describe(breach) + "\n    sent " + sentWhen);
            } else {
                kept.more++;
            }
        }
    }

    /** The class's failure message, if it sent any breach outside its tests; forgets them. */
    synchronized Optional<String> failure(String classId, String className) {
        Kept kept = byClass.remove(classId);
        if (kept == null) {
            return Optional.empty();
        }
        int count = kept.described.size() + kept.more;
        return Optional.of(count + (count == 1 ? " request" : " requests") + " sent outside any test of " + className
                + " broke the vendor's contract (no test can declare a request from a @BeforeAll or @AfterAll"
                + " method, a constructor or a static initialiser):\n"
                + String.join("\n", kept.described)
                + (kept.more == 0 ? "" : "\n  and " + kept.more + " more"));
    }
}
