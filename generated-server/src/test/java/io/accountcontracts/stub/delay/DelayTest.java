package io.accountcontracts.stub.delay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What each distribution draws, with a seeded random, and what it refuses to be made with. */
class DelayTest {

    private static final int DRAWS = 20_000;

    @Test
    void aFixedDelayIsTheSameEveryTime() {
        Delay fixed = Delay.fixed(Duration.ofMillis(50));

        assertEquals(50, fixed.drawMs(new Random(1)));
        assertEquals("50ms", fixed.text());
    }

    @Test
    void uniformDrawsStayWithinItsBoundsAndReachBoth() {
        Delay uniform = Delay.uniform(Duration.ofMillis(20), Duration.ofMillis(30));
        Random random = new Random(42);

        int[] draws = new int[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = uniform.drawMs(random);
        }

        assertEquals(20, Arrays.stream(draws).min().orElseThrow());
        assertEquals(30, Arrays.stream(draws).max().orElseThrow());
        // Eleven values, evenly: each about DRAWS / 11 times.
        for (int value = 20; value <= 30; value++) {
            int v = value;
            long times = Arrays.stream(draws).filter(d -> d == v).count();
            assertTrue(Math.abs(times - DRAWS / 11.0) < DRAWS / 11.0 * 0.15, value + " drawn " + times + " times");
        }
    }

    @Test
    void aUniformOfOneValueDrawsThatValue() {
        assertEquals(
                70, Delay.uniform(Duration.ofMillis(70), Duration.ofMillis(70)).drawMs(new Random(3)));
    }

    @Test
    void logNormalDrawsHaveRoughlyTheirMedianAndALongTail() {
        Delay lognormal = Delay.lognormal(Duration.ofMillis(80), 0.4);
        Random random = new Random(7);

        int[] draws = new int[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = lognormal.drawMs(random);
        }
        Arrays.sort(draws);

        int median = draws[DRAWS / 2];
        assertTrue(Math.abs(median - 80) <= 3, "median " + median);
        // e^(0.4 * 1.645) = 1.93: one draw in twenty is above 154 ms or so, and one in twenty below 41 ms.
        int p95 = draws[DRAWS * 95 / 100];
        int p5 = draws[DRAWS * 5 / 100];
        assertTrue(p95 >= 145 && p95 <= 165, "95th percentile " + p95);
        assertTrue(p5 >= 38 && p5 <= 45, "5th percentile " + p5);
        assertTrue(draws[0] >= 0);
    }

    @Test
    void logNormalDrawsNeverExceedTheCap() {
        Delay.LogNormal capped =
                ((Delay.LogNormal) Delay.lognormal(Duration.ofMillis(80), 2.0)).cappedAt(Duration.ofMillis(200));
        Delay wild = Delay.lognormal(Duration.ofMillis(1000), 1e300);
        Random random = new Random(11);

        int cappedMax = 0;
        int wildMax = 0;
        for (int i = 0; i < DRAWS; i++) {
            cappedMax = Math.max(cappedMax, capped.drawMs(random));
            wildMax = Math.max(wildMax, wild.drawMs(random));
        }

        assertEquals(200, cappedMax);
        assertEquals(Delay.MAX_MS, wildMax);
        assertEquals("lognormal:80ms,2.0,200ms", capped.text());
    }

    @Test
    void eachBadSettingIsRefusedNamingItsField() {
        assertRefused(() -> Delay.fixed(Duration.ofMillis(-1)), "'delayMs' must be a whole number of milliseconds");
        assertRefused(() -> Delay.fixed(Duration.ofMinutes(11)), "'delayMs'", "from 0 to 600000");
        assertRefused(
                () -> Delay.uniform(Duration.ofMillis(-5), Duration.ofMillis(5)), "'delay.uniform.minMs'", "from 0");
        assertRefused(() -> Delay.uniform(Duration.ofMillis(5), Duration.ofDays(1)), "'delay.uniform.maxMs'", "600000");
        assertRefused(
                () -> Delay.uniform(Duration.ofMillis(90), Duration.ofMillis(10)),
                "'delay.uniform.minMs' (90) must not be above 'delay.uniform.maxMs' (10)");
        assertRefused(
                () -> Delay.lognormal(Duration.ofMillis(-1), 0.4), "'delay.lognormal.medianMs'", "from 0 to 600000");
        for (double sigma : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRefused(
                    () -> Delay.lognormal(Duration.ofMillis(80), sigma),
                    "'delay.lognormal.sigma' must be a finite number above 0");
        }
        assertRefused(
                () -> ((Delay.LogNormal) Delay.lognormal(Duration.ofMillis(80), 0.4)).cappedAt(Duration.ofMillis(50)),
                "'delay.lognormal.medianMs' (80) must not be above 'delay.lognormal.maxMs' (50)");
        assertRefused(() -> Dribble.of(0, Duration.ofSeconds(1)), "'dribble.chunks'", "from 1 to 10000");
        assertRefused(() -> Dribble.of(10_001, Duration.ofSeconds(1)), "'dribble.chunks'", "from 1 to 10000");
        assertRefused(() -> Dribble.of(3, Duration.ofMillis(-1)), "'dribble.durationMs'", "from 0 to 600000");
        assertRefused(() -> Dribble.of(3, Duration.ofDays(400_000)), "'dribble.durationMs'", "600000");
    }

    static void assertRefused(Supplier<?> make, String... fragments) {
        String message = assertThrows(IllegalArgumentException.class, make::get).getMessage();
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "'" + fragment + "' is not in: " + message);
        }
    }
}
