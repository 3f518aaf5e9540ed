package io.accountcontracts.stub.ratelimit;

import io.accountcontracts.stub.errors.Vendor;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stub's rate limits: off unless armed, by the command line, the admin API or the Java API. Armed for a
 * vendor, it counts that vendor's requests in {@linkplain FixedWindow fixed windows}: Vantage's per access
 * token, Elastic Path's per store (the stub is one store). Thread-safe. Off, asking costs one volatile read.
 */
public final class RateLimiter {

    /**
     * How many access tokens a vendor's limit keeps a window for; past that, further tokens share one. Only
     * tokens the stub accepts are ever counted, so this is a ceiling the stub's own configuration stays under.
     */
    static final int MAX_TRACKED_TOKENS = 1024;

    /** One armed limit and its windows. */
    private record Armed(RateLimit limit, Map<String, FixedWindow> perToken, FixedWindow shared) {

        Armed(RateLimit limit) {
            this(limit, new ConcurrentHashMap<>(), new FixedWindow(limit));
        }

        FixedWindow window(String token) {
            if (limit.vendor() != Vendor.VANTAGE) {
                return shared;
            }
            FixedWindow window = perToken.get(token);
            if (window != null) {
                return window;
            }
            return perToken.size() >= MAX_TRACKED_TOKENS
                    ? shared
                    : perToken.computeIfAbsent(token, t -> new FixedWindow(limit));
        }
    }

    private final Clock clock;
    private final Set<Vendor> proxied;
    private final List<RateLimit> atStart;
    private volatile Map<Vendor, Armed> armed;

    /**
     * @param clock   what windows are measured by
     * @param proxied vendors forwarded to a real upstream, whose own limits apply: they cannot be armed here
     * @param atStart the limits armed from the start and again at every {@link #reset()}
     * @throws IllegalArgumentException when a vendor has two limits, or is proxied
     */
    public RateLimiter(Clock clock, Set<Vendor> proxied, List<RateLimit> atStart) {
        this.clock = clock;
        this.proxied = Set.copyOf(proxied);
        this.atStart = List.copyOf(atStart);
        Map<Vendor, Armed> first = new EnumMap<>(Vendor.class);
        for (RateLimit limit : this.atStart) {
            requireStubbed(limit.vendor());
            if (first.put(limit.vendor(), new Armed(limit)) != null) {
                throw new IllegalArgumentException(
                        "two rate limits for " + limit.vendor().realm() + "; give one per vendor");
            }
        }
        this.armed = Collections.unmodifiableMap(first);
    }

    /** A limiter on the system clock with nothing armed and no vendor proxied. */
    public static RateLimiter off() {
        return new RateLimiter(Clock.systemUTC(), Set.of(), List.of());
    }

    /** True while no limit is armed: then nothing is counted and no header is added. */
    public boolean isOff() {
        return armed.isEmpty();
    }

    /**
     * Counts one request of the vendor.
     *
     * @param token the accepted bearer token it carried (Vantage counts per token; Elastic Path ignores it)
     * @return what it counted, {@link Counted#limited()} when the request is over the limit; null when the
     *     vendor has no limit armed
     */
    public Counted count(Vendor vendor, String token) {
        Armed limit = armed.get(vendor);
        return limit == null ? null : limit.window(token).take(clock.millis());
    }

    /**
     * Arms a limit for its vendor, replacing the one it had, with fresh windows.
     *
     * @throws IllegalArgumentException when the vendor is proxied
     */
    public synchronized void arm(RateLimit limit) {
        requireStubbed(limit.vendor());
        Map<Vendor, Armed> next = new EnumMap<>(Vendor.class);
        next.putAll(armed);
        next.put(limit.vendor(), new Armed(limit));
        armed = Collections.unmodifiableMap(next);
    }

    /** Disarms every limit, those of the start included, until the next {@link #reset()}. */
    public synchronized void clear() {
        armed = Map.of();
    }

    /** Back to the limits of the start, with fresh windows; limits armed since are gone. */
    public synchronized void reset() {
        Map<Vendor, Armed> fresh = new EnumMap<>(Vendor.class);
        atStart.forEach(limit -> fresh.put(limit.vendor(), new Armed(limit)));
        armed = Collections.unmodifiableMap(fresh);
    }

    /** The armed limits, Vantage's first. */
    public List<RateLimit> limits() {
        return armed.values().stream().map(Armed::limit).toList();
    }

    /** The limits armed at the start, which a reset puts back. */
    public List<RateLimit> atStart() {
        return atStart;
    }

    private void requireStubbed(Vendor vendor) {
        if (proxied.contains(vendor)) {
            throw new IllegalArgumentException(vendor.realm()
                    + " is proxied (--proxy), so its requests go to the vendor, whose own rate limit applies;"
                    + " the stub limits only a vendor it stubs");
        }
    }
}
