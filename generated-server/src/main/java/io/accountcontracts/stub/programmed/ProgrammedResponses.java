package io.accountcontracts.stub.programmed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pending rules, first in first out. Every vendor request asks it for a rule, so the common case,
 * nothing pending, is one volatile read; only a request that may find a rule takes the lock.
 */
public final class ProgrammedResponses {

    private final AtomicLong ids = new AtomicLong();
    private final List<ProgrammedResponse> rules = new ArrayList<>();
    private volatile boolean empty = true;
    // Workers waiting out a programmed delay, and how many clears there have been: a clear (a reset between
    // tests) cuts those waits short, so that an answer a test no longer waits for cannot change the next
    // test's records. Guarded by waitLock.
    private final Object waitLock = new Object();
    private final Set<Thread> waiting = new HashSet<>();
    private long clears;

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
     * Takes one use of the first pending rule that applies to the operation, and removes the rule when that
     * was its last use (a persistent rule stays).
     *
     * @return the rule as it was applied; empty when none applies
     */
    public Optional<ProgrammedResponse> take(String operationId) {
        if (empty) {
            return Optional.empty();
        }
        synchronized (this) {
            for (int i = 0; i < rules.size(); i++) {
                ProgrammedResponse rule = rules.get(i);
                if (!rule.appliesTo(operationId)) {
                    continue;
                }
                if (!rule.persistent()) {
                    int left = rule.remaining() - 1;
                    if (left > 0) {
                        rules.set(
                                i,
                                new ProgrammedResponse(
                                        rule.id(),
                                        rule.operationId(),
                                        rule.status(),
                                        rule.delayMs(),
                                        rule.fault(),
                                        left,
                                        false));
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
        long before;
        Thread worker = Thread.currentThread();
        synchronized (waitLock) {
            before = clears;
            waiting.add(worker);
        }
        boolean cleared;
        try {
            ForkJoinPool.managedBlock(new Sleep(delayMs));
        } catch (InterruptedException e) {
            // By clear(), or by the server's shutdown: told apart by the count of clears.
        } finally {
            synchronized (waitLock) {
                waiting.remove(worker);
                // An interrupt meant for this wait must not outlive it: the server writes the answer through an
                // interruptible channel, which an interrupt would close. (A stopped pool ends its workers anyway.)
                Thread.interrupted();
                cleared = clears != before;
            }
        }
        return !cleared;
    }

    // A wait the server's worker pool knows of, so that it lends another worker meanwhile: delayed requests
    // must not keep the others (a reset that would cut them short, say) waiting.
    private static final class Sleep implements ForkJoinPool.ManagedBlocker {
        private final long until;

        Sleep(int delayMs) {
            until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs);
        }

        @Override
        public boolean block() throws InterruptedException {
            long left = until - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
            return true;
        }

        @Override
        public boolean isReleasable() {
            return until - System.nanoTime() <= 0;
        }
    }

    /** Ends every programmed delay now, as the server's shutdown does: those answers are given at once. */
    public void cutWaitsShort() {
        synchronized (waitLock) {
            waiting.forEach(Thread::interrupt);
        }
    }

    public synchronized void clear() {
        synchronized (waitLock) {
            clears++;
            waiting.forEach(Thread::interrupt);
        }
        rules.clear();
        empty = true;
    }
}
