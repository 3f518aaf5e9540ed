package io.accountcontracts.stub.delay;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Every wait the stub puts into an answer on purpose (a programmed delay, the pauses of a dribbled body, the
 * stub-wide latency), so that a clear (a reset between tests) and the server's shutdown can cut them short.
 * A clear is counted: a wait tells whether one happened since its answer began, so that an answer a test no
 * longer waits for cannot change the next test's records, even when the clear came between two of its waits.
 */
public final class Waits {

    // Guarded by itself.
    private final Set<Thread> waiting = new HashSet<>();
    private long clears;
    // Once the server stops, no wait waits any more: what is still to be sent goes out at once.
    private volatile boolean stopping;

    /** How many clears there have been; a wait given this learns whether one came since. */
    public long clears() {
        synchronized (waiting) {
            return clears;
        }
    }

    /**
     * Waits this long on the calling worker, lending the server's pool another worker meanwhile.
     *
     * @param since what {@link #clears()} said when the answer began
     * @return false when a clear came since then (at once, if one came before the wait began), and the
     *         answer should be cut short; true when the wait ran out, or the server's shutdown ended it
     */
    public boolean waitOut(long millis, long since) {
        return waitOutNanos(TimeUnit.MILLISECONDS.toNanos(millis), since);
    }

    /** {@link #waitOut(long, long)} to the nanosecond, for the short pauses of a dribble. */
    public boolean waitOutNanos(long nanos, long since) {
        Thread worker = Thread.currentThread();
        synchronized (waiting) {
            if (clears != since) {
                return false;
            }
            if (stopping || nanos <= 0) {
                return true;
            }
            waiting.add(worker);
        }
        boolean cleared;
        try {
            ForkJoinPool.managedBlock(new Sleep(nanos));
        } catch (InterruptedException e) {
            // By clear(), or by the server's shutdown: told apart by the count of clears.
        } finally {
            synchronized (waiting) {
                waiting.remove(worker);
                // An interrupt meant for this wait must not outlive it: the server writes the answer through an
                // interruptible channel, which an interrupt would close. (A stopped pool ends its workers anyway.)
                Thread.interrupted();
                cleared = clears != since;
            }
        }
        return !cleared;
    }

    /** Counts a clear and ends every wait now: those answers are cut short. */
    public void clear() {
        synchronized (waiting) {
            clears++;
            waiting.forEach(Thread::interrupt);
        }
    }

    /**
     * As new: no clear counted, and waits wait again after a {@link #stop()}. Only once no answer is being given
     * (a closed stub's, taken over by the next): a count of clears noted before would no longer tell.
     */
    public void startOver() {
        synchronized (waiting) {
            clears = 0;
            stopping = false;
        }
    }

    /** Ends every wait now and lets none begin, as the server's shutdown does: those answers are given at once. */
    public void stop() {
        synchronized (waiting) {
            stopping = true;
            waiting.forEach(Thread::interrupt);
        }
    }

    // A wait the server's worker pool knows of, so that it lends another worker meanwhile: waiting requests
    // must not keep the others (a reset that would cut them short, say) waiting.
    private static final class Sleep implements ForkJoinPool.ManagedBlocker {
        private final long until;

        Sleep(long nanos) {
            until = System.nanoTime() + nanos;
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
}
