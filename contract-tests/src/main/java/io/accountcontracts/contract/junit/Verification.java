package io.accountcontracts.contract.junit;

import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.matching.RequestMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks how many requests of one operation the stub received, optionally only those for an id, with values in
 * their body or with a header: {@code stub.verify(UPDATE_ACCOUNT).forId(id).whenBody("/data/name", "Acme").times(1)}.
 * It counts every request of the operation the journal holds, whatever its answer. A failure lists the requests
 * that came closest, each with what differed.
 */
public final class Verification {

    // Enough to see why the right request did not match, few enough to read.
    private static final int CLOSEST_SHOWN = 3;
    // How many matches a "too many" failure lists.
    private static final int LISTED = 10;

    private final Operation operation;
    private final Supplier<Journal.Snapshot> journal;
    private RequestMatch match = RequestMatch.any();

    Verification(Operation operation, Supplier<Journal.Snapshot> journal) {
        this.operation = operation;
        this.journal = journal;
    }

    /** Only requests whose path names this account ({@code managed_account_token} or {@code accountID}). */
    public Verification forId(String id) {
        match = match.withId(id);
        return this;
    }

    /**
     * Only requests whose body has this value at the JSON pointer, such as {@code whenBody("/data/name", "Acme")};
     * numbers compare by value. Each call adds a condition; all must hold.
     */
    public Verification whenBody(String pointer, Object value) {
        match = match.withBody(pointer, JsonValues.tree(value));
        return this;
    }

    /** Only requests with this header (its name without regard to case) and exactly this value. */
    public Verification whenHeader(String name, String value) {
        match = match.withHeader(name, value);
        return this;
    }

    /** Exactly this many matching requests. */
    public void times(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
        check(count, count, "exactly " + count);
    }

    /** This many matching requests or more. */
    public void atLeast(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("atLeast must not be negative");
        }
        check(count, Integer.MAX_VALUE, "at least " + count);
    }

    /** No matching request. */
    public void never() {
        check(0, 0, "no");
    }

    /** The matching requests, oldest first. */
    public List<RecordedRequest> requests() {
        return compared(journal.get()).stream()
                .filter(Compared::matches)
                .map(Compared::request)
                .toList();
    }

    /** A request of the operation, with what differs in it from the match: nothing when it matches. */
    private record Compared(RecordedRequest request, List<String> differences) {
        boolean matches() {
            return differences.isEmpty();
        }
    }

    private void check(int min, int max, String expected) {
        Journal.Snapshot snapshot = journal.get();
        List<Compared> all = compared(snapshot);
        List<RecordedRequest> matched =
                all.stream().filter(Compared::matches).map(Compared::request).toList();
        if (matched.size() >= min && matched.size() <= max) {
            return;
        }
        StringBuilder message = new StringBuilder(String.format(
                Locale.ROOT,
                "Expected %s %s request%s%s, but %d matched",
                expected,
                operation.id(),
                expected.endsWith(" 1") ? "" : "s",
                described(),
                matched.size()));
        if (matched.size() > max) {
            message.append(":");
            list(message, matched, LISTED);
        } else if (all.isEmpty()) {
            message.append("; the stub received no ").append(operation.id()).append(" request at all");
            List<RecordedRequest> others =
                    snapshot.requests().stream().map(RecordedRequest::new).toList();
            if (!others.isEmpty()) {
                message.append(", only:");
                list(message, others, CLOSEST_SHOWN);
            }
        } else {
            message.append(". Of the ")
                    .append(all.size())
                    .append(" ")
                    .append(operation.id())
                    .append(all.size() == 1 ? " request" : " requests")
                    .append(" received, the closest:");
            all.stream()
                    .filter(c -> !c.matches())
                    .sorted(Comparator.comparingInt(c -> c.differences().size()))
                    .limit(CLOSEST_SHOWN)
                    .forEach(c -> message.append("\n  ")
                            .append(c.request())
                            .append(": ")
                            .append(String.join("; ", c.differences())));
        }
        if (snapshot.dropped().requests() > 0) {
            message.append(String.format(
                    Locale.ROOT,
                    "\n(the journal dropped the %,d oldest requests, over its limit; they were not counted)",
                    snapshot.dropped().requests()));
        }
        throw new AssertionError(message.toString());
    }

    // A bounded list: a test that sent ten thousand requests gets a message it can read.
    private static void list(StringBuilder message, List<RecordedRequest> requests, int most) {
        requests.stream().limit(most).forEach(r -> message.append("\n  ").append(r));
        if (requests.size() > most) {
            message.append("\n  and ").append(requests.size() - most).append(" more");
        }
    }

    // Each request's differences found once: the filter, the sort and the message all read them.
    private List<Compared> compared(Journal.Snapshot snapshot) {
        return snapshot.requests().stream()
                .filter(e -> operation.id().equals(e.operationId()))
                .map(RecordedRequest::new)
                .map(r -> new Compared(r, differences(r)))
                .toList();
    }

    private List<String> differences(RecordedRequest request) {
        return match.differences(request.id(), request.bodyTree(), request::header);
    }

    // " for id 'X', with /data/name = "Acme" and header X-Trace: 1"
    private String described() {
        List<String> parts = new ArrayList<>();
        if (match.id() != null) {
            parts.add("for id '" + match.id() + "'");
        }
        match.body().forEach((pointer, value) -> parts.add("with " + pointer + " = " + value));
        match.headers().forEach((name, value) -> parts.add("with header " + name + ": " + value));
        return parts.isEmpty() ? "" : " " + parts.stream().collect(Collectors.joining(", "));
    }
}
