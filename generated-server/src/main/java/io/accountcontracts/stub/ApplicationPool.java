package io.accountcontracts.stub;

import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.validation.SpecValidators;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The applications of closed stubs, parked for the next stub started with the same configuration (but for its host
 * and ports), which takes one over instead of building its own: building Jersey's application is most of a later
 * stub's start, in code the JIT has not compiled yet. The stub that takes one gets it started over (records back
 * to the fixtures, journal empty, no rule, tally, rate limit or latency but the configured ones) and its own
 * listener, port, workers and certificate. Two stubs alive at once never share one.
 *
 * <p>Bounded: past its capacity, the application parked longest ago is shut down. Thread-safe. A stub started
 * without a pool (the command line's) builds its own and shuts it down when it stops, as before.
 */
public final class ApplicationPool {

    // A few: a suite's test classes mostly share one configuration, and a parked application holds its fixtures.
    private static final ApplicationPool SHARED = new ApplicationPool(3);

    private final int capacity;
    // Oldest first.
    private final Deque<Parked> parked = new ArrayDeque<>();

    /** @param capacity how many applications it keeps at most */
    public ApplicationPool(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a pool keeps at least one application");
        }
        this.capacity = capacity;
    }

    /** The pool of the JVM, which the JUnit extension's stubs share. */
    public static ApplicationPool shared() {
        return SHARED;
    }

    /** How many applications are parked. */
    public synchronized int size() {
        return parked.size();
    }

    /** Shuts down every parked application. */
    public void clear() {
        List<Parked> gone;
        synchronized (this) {
            gone = List.copyOf(parked);
            parked.clear();
        }
        gone.forEach(p -> p.application().destroy());
    }

    /**
     * What an application is built from, but for what is each stub's own (host, ports, certificate); null for a
     * configuration whose stub is never parked: a proxy holds an upstream's connections and a recorder's file.
     */
    static Key keyOf(StubConfig config, SpecValidators validators) {
        if (!config.proxy().equals(ProxyConfig.NONE)) {
            return null;
        }
        StubConfig shape = config.toBuilder()
                .host(StubConfig.LOOPBACK)
                .port(0)
                .httpsPort(StubConfig.HTTPS_OFF)
                .build();
        return new Key(shape, validators, Thread.currentThread().getContextClassLoader());
    }

    /**
     * Takes a parked application of this key off the pool, started over; null when none is parked.
     */
    StubApplication take(Key key) {
        StubApplication taken = null;
        synchronized (this) {
            for (Iterator<Parked> it = parked.descendingIterator(); it.hasNext(); ) {
                Parked candidate = it.next();
                if (candidate.key().equals(key)) {
                    it.remove();
                    taken = candidate.application();
                    break;
                }
            }
        }
        if (taken != null) {
            // Again, although it was started over when parked: a closed stub's handle (its records, its rules)
            // may have been used since.
            taken.startOver();
        }
        return taken;
    }

    /**
     * Parks the application of a closed stub, on which nothing runs any more; it is started over first, so that
     * no request's data stays behind. Shuts down the one parked longest ago when over capacity.
     */
    void park(Key key, StubApplication application) {
        application.startOver();
        Parked evicted = null;
        synchronized (this) {
            parked.addLast(new Parked(key, application));
            if (parked.size() > capacity) {
                evicted = parked.removeFirst();
            }
        }
        if (evicted != null) {
            evicted.application().destroy();
        }
    }

    /**
     * @param shape      the configuration, its host and ports set aside; fixtures compare by value (never
     *                   hashed: the pool compares keys one by one)
     * @param validators the specs the application checks against, by identity (they have no equals)
     * @param loader     the context class loader the application was built under (StubServer.workerPool)
     */
    record Key(StubConfig shape, SpecValidators validators, ClassLoader loader) {}

    private record Parked(Key key, StubApplication application) {}
}
