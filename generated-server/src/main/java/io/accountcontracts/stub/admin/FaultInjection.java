package io.accountcontracts.stub.admin;

import java.util.concurrent.atomic.AtomicInteger;

/** How many of the next vendor requests should fail with 500, so consumers can test their error handling. */
public final class FaultInjection {

    private final AtomicInteger pending = new AtomicInteger();

    public void failNext(int count) {
        pending.set(Math.max(0, count));
    }

    /** Takes one pending failure, if there is one. */
    public boolean takeOne() {
        return pending.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public int pending() {
        return pending.get();
    }

    public void clear() {
        pending.set(0);
    }
}
