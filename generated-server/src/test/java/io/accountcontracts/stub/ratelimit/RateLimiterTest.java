package io.accountcontracts.stub.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.errors.Vendor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The limiter on a clock the test moves: counts, windows, scopes, arming and resetting, and bounds. */
class RateLimiterTest {

    // 2026-12-02T10:00:00.250Z: a quarter second past a whole second, to show that reset rounds up.
    private static final Instant START = Instant.ofEpochMilli(1_796_205_600_250L);
    private static final RateLimit VANTAGE_3_A_MINUTE = new RateLimit(Vendor.VANTAGE, 3, Duration.ofMinutes(1));
    private static final RateLimit EP_2_A_SECOND = new RateLimit(Vendor.ELASTIC_PATH, 2, Duration.ofSeconds(1));

    private final SteppingClock clock = new SteppingClock(START);

    private RateLimiter limiter(RateLimit... atStart) {
        return new RateLimiter(clock, Set.of(), List.of(atStart));
    }

    @Test
    void offCountsNothing() {
        RateLimiter limiter = limiter();

        assertTrue(limiter.isOff());
        assertNull(limiter.count(Vendor.VANTAGE, "t"));
        assertNull(limiter.count(Vendor.ELASTIC_PATH, "t"));
        assertEquals(List.of(), limiter.limits());
    }

    @Test
    void remainingCountsDownExactlyAndTheRequestOverTheLimitIsLimited() {
        RateLimiter limiter = limiter(VANTAGE_3_A_MINUTE);
        long reset = START.plusSeconds(60).getEpochSecond() + 1;

        List<Counted> counted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            counted.add(limiter.count(Vendor.VANTAGE, "t"));
        }

        assertEquals(
                List.of(
                        new Counted(Vendor.VANTAGE, false, 3, 2, reset),
                        new Counted(Vendor.VANTAGE, false, 3, 1, reset),
                        new Counted(Vendor.VANTAGE, false, 3, 0, reset),
                        new Counted(Vendor.VANTAGE, true, 3, 0, reset)),
                counted);
    }

    @Test
    void theWindowStartsWithItsFirstRequestAndRequestsPassAgainOnceItEnds() {
        RateLimiter limiter = limiter(EP_2_A_SECOND);
        clock.advance(Duration.ofMillis(400));
        limiter.count(Vendor.ELASTIC_PATH, "t");
        limiter.count(Vendor.ELASTIC_PATH, "t");

        clock.advance(Duration.ofMillis(999));
        assertTrue(limiter.count(Vendor.ELASTIC_PATH, "t").limited(), "one millisecond before the window ends");
        clock.advance(Duration.ofMillis(1));
        Counted next = limiter.count(Vendor.ELASTIC_PATH, "t");

        assertFalse(next.limited());
        assertEquals(1, next.remaining());
    }

    @Test
    void aRequestOverTheLimitNeitherUsesNorMovesTheWindow() {
        RateLimiter limiter = limiter(EP_2_A_SECOND);
        long reset = limiter.count(Vendor.ELASTIC_PATH, "t").resetSeconds();
        limiter.count(Vendor.ELASTIC_PATH, "t");

        clock.advance(Duration.ofMillis(500));
        Counted limited = limiter.count(Vendor.ELASTIC_PATH, "t");

        assertEquals(reset, limited.resetSeconds());
        assertEquals(0, limited.remaining());
        clock.advance(Duration.ofMillis(500));
        assertFalse(limiter.count(Vendor.ELASTIC_PATH, "t").limited());
    }

    @Test
    void resetIsTheWindowsEndInUnixSecondsRoundedUp() {
        Counted counted = limiter(EP_2_A_SECOND).count(Vendor.ELASTIC_PATH, "t");

        // The window ends at START + 1 s, a quarter second past a whole second: the next whole second.
        assertEquals(START.getEpochSecond() + 2, counted.resetSeconds());
    }

    @Test
    void vantageCountsEachAccessTokenApart() {
        RateLimiter limiter = limiter(new RateLimit(Vendor.VANTAGE, 1, Duration.ofMinutes(1)));

        assertFalse(limiter.count(Vendor.VANTAGE, "first").limited());
        assertTrue(limiter.count(Vendor.VANTAGE, "first").limited());
        assertFalse(limiter.count(Vendor.VANTAGE, "second").limited());
    }

    @Test
    void elasticPathCountsTheWholeStubAsOneStore() {
        RateLimiter limiter = limiter(new RateLimit(Vendor.ELASTIC_PATH, 1, Duration.ofMinutes(1)));

        assertFalse(limiter.count(Vendor.ELASTIC_PATH, "first").limited());
        assertTrue(limiter.count(Vendor.ELASTIC_PATH, "second").limited());
    }

    @Test
    void eachVendorHasItsOwnLimit() {
        RateLimiter limiter = limiter(new RateLimit(Vendor.ELASTIC_PATH, 1, Duration.ofMinutes(1)));
        limiter.count(Vendor.ELASTIC_PATH, "t");

        assertNull(limiter.count(Vendor.VANTAGE, "t"), "Vantage has no limit armed");
        assertTrue(limiter.count(Vendor.ELASTIC_PATH, "t").limited());
    }

    @Test
    void armingReplacesTheVendorsLimitWithAFreshWindow() {
        RateLimiter limiter = limiter(new RateLimit(Vendor.VANTAGE, 1, Duration.ofMinutes(1)));
        limiter.count(Vendor.VANTAGE, "t");

        limiter.arm(VANTAGE_3_A_MINUTE);

        assertEquals(List.of(VANTAGE_3_A_MINUTE), limiter.limits());
        assertEquals(2, limiter.count(Vendor.VANTAGE, "t").remaining());
    }

    @Test
    void clearDisarmsEveryLimitAndResetPutsBackThoseOfTheStartWithFreshWindows() {
        RateLimiter limiter = limiter(EP_2_A_SECOND);
        limiter.arm(VANTAGE_3_A_MINUTE);
        limiter.count(Vendor.ELASTIC_PATH, "t");
        limiter.count(Vendor.ELASTIC_PATH, "t");

        limiter.clear();
        assertTrue(limiter.isOff());
        assertNull(limiter.count(Vendor.ELASTIC_PATH, "t"));

        limiter.reset();
        assertEquals(List.of(EP_2_A_SECOND), limiter.limits(), "the armed Vantage limit went with the reset");
        assertEquals(1, limiter.count(Vendor.ELASTIC_PATH, "t").remaining());
    }

    @Test
    void aProxiedVendorCannotBeLimitedAndAVendorHasOneLimitAtTheStart() {
        RateLimiter limiter = new RateLimiter(clock, Set.of(Vendor.VANTAGE), List.of());

        IllegalArgumentException proxied =
                assertThrows(IllegalArgumentException.class, () -> limiter.arm(VANTAGE_3_A_MINUTE));
        IllegalArgumentException twice =
                assertThrows(IllegalArgumentException.class, () -> limiter(EP_2_A_SECOND, EP_2_A_SECOND));

        assertTrue(proxied.getMessage().contains("vantage is proxied"), proxied.getMessage());
        assertTrue(twice.getMessage().contains("two rate limits for elasticpath"), twice.getMessage());
        assertTrue(limiter.isOff());
    }

    @Test
    void tokensPastTheTrackedNumberShareOneWindowSoMemoryStaysBounded() {
        RateLimiter limiter = limiter(new RateLimit(Vendor.VANTAGE, 1, Duration.ofMinutes(1)));
        for (int i = 0; i < RateLimiter.MAX_TRACKED_TOKENS; i++) {
            assertFalse(limiter.count(Vendor.VANTAGE, "token-" + i).limited());
        }

        assertFalse(limiter.count(Vendor.VANTAGE, "one-more").limited());
        assertTrue(limiter.count(Vendor.VANTAGE, "and-another").limited(), "shares the window one-more used");
        assertTrue(limiter.count(Vendor.VANTAGE, "token-0").limited(), "a tracked token keeps its own window");
    }

    @Test
    void concurrentRequestsGetExactlyTheLimit() throws Exception {
        RateLimiter limiter = limiter(new RateLimit(Vendor.ELASTIC_PATH, 5_000, Duration.ofMinutes(1)));
        AtomicInteger passed = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 1_000; i++) {
                        if (!limiter.count(Vendor.ELASTIC_PATH, "t").limited()) {
                            passed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }

        assertEquals(5_000, passed.get());
    }
}
