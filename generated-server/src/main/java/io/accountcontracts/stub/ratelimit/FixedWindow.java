package io.accountcontracts.stub.ratelimit;

import io.accountcontracts.stub.errors.Vendor;

/**
 * One counter: a fixed window that starts with the first request counted after the previous one ended, so
 * that a test's requests are never split by a boundary it did not choose. A request over the limit does not
 * use anything up, and does not move the window.
 */
final class FixedWindow {

    private final RateLimit limit;
    private final long windowMillis;
    private long endsAtMillis = Long.MIN_VALUE;
    private int used;

    FixedWindow(RateLimit limit) {
        this.limit = limit;
        this.windowMillis = limit.window().toMillis();
    }

    synchronized Counted take(long nowMillis) {
        if (nowMillis >= endsAtMillis) {
            endsAtMillis = nowMillis + windowMillis;
            used = 0;
        }
        boolean limited = used >= limit.limit();
        if (!limited) {
            used++;
        }
        return new Counted(
                limit.vendor(), limited, limit.limit(), limit.limit() - used, Math.floorDiv(endsAtMillis + 999, 1000));
    }

    Vendor vendor() {
        return limit.vendor();
    }
}
