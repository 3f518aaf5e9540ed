package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.delay.Waits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The pending rules, first in first out. Every vendor request asks it for a rule, so the common case,
 * nothing pending, is one volatile read; only a request that may find a rule takes the lock.
 */
public final class ProgrammedResponses {

    private final AtomicLong ids = new AtomicLong();
    private final List<ProgrammedResponse> rules = new ArrayList<>();
    private volatile boolean empty = true;
    // A clear (a reset between tests) cuts every wait short, so that an answer a test no longer waits for
    // cannot change the next test's records.
    private final Waits waits = new Waits();

    /** A new id, unique for the life of this queue: a reset clears the rules, not the count. */
    public long nextId() {
        return ids.incrementAndGet();
    }

    /** Adds the rule at the end; a pending rule with the same id is replaced where it stands instead. */
    public synchronized void install(ProgrammedResponse rule) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id() == rule.id()) {
                rules.set(i, rule);
                return;
            }
        }
        rules.add(rule);
        empty = false;
    }

    /**
     * Takes one use of the first pending rule that applies to the operation and has no match, as for a request
     * with no id, body or headers.
     *
     * @return the rule as it was applied; empty when none applies
     */
    public Optional<ProgrammedResponse> take(String operationId) {
        return take(operationId, null, null, name -> null);
    }

    /**
     * Takes one use of the first pending rule that applies to this request (its operation, and its match if it
     * has one), and removes the rule when that was its last use (a persistent rule stays). A rule the request
     * does not match is skipped and keeps its uses.
     *
     * @param id     the request's path id, decoded; null when it has none
     * @param body   the request body as parsed; null when it has none
     * @param header the request's value of a header by name, in any case
     * @return the rule as it was applied; empty when none applies
     */
    public Optional<ProgrammedResponse> take(
            String operationId, String id, JsonNode body, Function<String, String> header) {
        if (empty) {
            return Optional.empty();
        }
        synchronized (this) {
            for (int i = 0; i < rules.size(); i++) {
                ProgrammedResponse rule = rules.get(i);
                if (!rule.appliesTo(operationId) || !rule.matches(id, body, header)) {
                    continue;
                }
                if (!rule.persistent()) {
                    int left = rule.remaining() - 1;
                    if (left > 0) {
                        rules.set(i, rule.withRemaining(left));
                    } else {
                        rules.remove(i);
                        empty = rules.isEmpty();
                    }
                }
                return Optional.of(rule);
            }
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return empty;
    }

    /** The pending rules in the order they apply, with the uses each has left. */
    public synchronized List<ProgrammedResponse> pending() {
        return List.copyOf(rules);
    }

    /**
     * Waits out a programmed delay on the calling worker.
     *
     * @return false when a {@link #clear()} cut it short, and the answer should no longer be given; true when it
     *         ran out, or when the server's shutdown cut it short (the caller still waits: answer it now)
     */
    public boolean delay(int delayMs) {
        return waits.waitOut(delayMs, waits.clears());
    }

    /** The waits a clear cuts short: programmed delays, dribbled bodies, the stub-wide latency. */
    public Waits waits() {
        return waits;
    }

    /** Ends every programmed wait now, as the server's shutdown does: those answers are given at once. */
    public void cutWaitsShort() {
        waits.stop();
    }

    public synchronized void clear() {
        waits.clear();
        rules.clear();
        empty = true;
    }

    /**
     * As new: no rule, ids from 1 again, and waits that wait again after {@link #cutWaitsShort()}. Only once no
     * request is being served (a closed stub's, taken over by the next).
     */
    public synchronized void startOver() {
        clear();
        ids.set(0);
        waits.startOver();
    }
}
