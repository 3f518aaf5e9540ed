package io.accountcontracts.stub.delay;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How long to hold an answer back: a fixed time, or a time drawn for each answer from a distribution, as
 * WireMock's {@code UniformDistribution} and {@code LogNormal} draw theirs. Checked as it is made: a
 * message names the setting as the admin API's JSON field ({@code delayMs}, {@code delay.uniform.minMs},
 * ...) and says what is wrong with it.
 */
public sealed interface Delay permits Delay.Fixed, Delay.Uniform, Delay.LogNormal {

    /** The longest any delay may be, or draw: ten minutes, beyond any client's patience. */
    int MAX_MS = 600_000;

    /** A delay of this long every time. */
    static Delay fixed(Duration delay) {
        return new Fixed(millis(delay));
    }

    /** A delay drawn evenly from {@code min} to {@code max}, both included. */
    static Delay uniform(Duration min, Duration max) {
        return new Uniform(millis(min), millis(max));
    }

    /**
     * A delay drawn from a log-normal distribution: half the draws are shorter than {@code median}, and
     * {@code sigma} (0.1 to 1 is usual) says how long the long tail is. Draws are capped at {@link #MAX_MS};
     * {@link LogNormal#cappedAt(Duration)} caps them sooner.
     */
    static Delay lognormal(Duration median, double sigma) {
        return new LogNormal(millis(median), sigma, MAX_MS);
    }

    /** A delay for one answer, in milliseconds, from 0 to {@link #MAX_MS}. */
    int drawMs(RandomGenerator random);

    /** The form {@code --latency} takes: {@code 50ms}, {@code uniform:20-80ms}, {@code lognormal:80ms,0.4}. */
    String text();

    /**
     * As the admin API shows it, in the fields it accepts: {@code {"delayMs": 50}},
     * {@code {"delay": {"uniform": {"minMs": 20, "maxMs": 80}}}}, ... As a field of its own, JSON shows a
     * distribution by what is in {@code delay}, and a fixed delay as its milliseconds.
     */
    Map<String, Object> fields();

    /** Reads the {@code --latency} form; see {@link DelayText}. */
    static Delay parse(String text) {
        return DelayText.parse(text);
    }

    /** The same delay every time. */
    record Fixed(@JsonValue int ms) implements Delay {
        public Fixed {
            DelayChecks.millis(ms, "delayMs");
        }

        @Override
        public int drawMs(RandomGenerator random) {
            return ms;
        }

        @Override
        public String text() {
            return ms + "ms";
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("delayMs", ms);
        }
    }

    /** Evenly from {@code minMs} to {@code maxMs}, both included. */
    record Uniform(int minMs, int maxMs) implements Delay {
        public Uniform {
            DelayChecks.millis(minMs, "delay.uniform.minMs");
            DelayChecks.millis(maxMs, "delay.uniform.maxMs");
            DelayChecks.notAbove(minMs, "delay.uniform.minMs", maxMs, "delay.uniform.maxMs");
        }

        @Override
        public int drawMs(RandomGenerator random) {
            return minMs == maxMs ? minMs : random.nextInt(minMs, maxMs + 1);
        }

        @Override
        public String text() {
            return "uniform:" + minMs + "-" + maxMs + "ms";
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("delay", shape());
        }

        /** The admin API's {@code delay} field: {@code {"uniform": {"minMs": 20, "maxMs": 80}}}. */
        @JsonValue
        public Map<String, Object> shape() {
            Map<String, Object> bounds = new LinkedHashMap<>();
            bounds.put("minMs", minMs);
            bounds.put("maxMs", maxMs);
            return Map.of("uniform", bounds);
        }
    }

    /**
     * {@code medianMs} times e to the power of a normal draw times {@code sigma}, rounded, and capped at
     * {@code maxMs}.
     */
    record LogNormal(int medianMs, double sigma, int maxMs) implements Delay {
        public LogNormal {
            DelayChecks.millis(medianMs, "delay.lognormal.medianMs");
            DelayChecks.sigma(sigma, "delay.lognormal.sigma");
            DelayChecks.millis(maxMs, "delay.lognormal.maxMs");
            DelayChecks.notAbove(medianMs, "delay.lognormal.medianMs", maxMs, "delay.lognormal.maxMs");
        }

        /** The same distribution with its draws capped at {@code max} instead. */
        public LogNormal cappedAt(Duration max) {
            return new LogNormal(medianMs, sigma, millis(max));
        }

        @Override
        public int drawMs(RandomGenerator random) {
            double drawn = medianMs * Math.exp(sigma * random.nextGaussian());
            // A huge sigma can overflow to infinity (capped) but never to NaN: the exponent is finite or infinite.
            return (int) Math.min(maxMs, Math.round(drawn));
        }

        @Override
        public String text() {
            return "lognormal:" + medianMs + "ms," + sigma + (maxMs == MAX_MS ? "" : "," + maxMs + "ms");
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("delay", shape());
        }

        /** The admin API's {@code delay} field: {@code {"lognormal": {"medianMs": 80, "sigma": 0.4}}}. */
        @JsonValue
        public Map<String, Object> shape() {
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("medianMs", medianMs);
            shape.put("sigma", sigma);
            if (maxMs != MAX_MS) {
                shape.put("maxMs", maxMs);
            }
            return Map.of("lognormal", shape);
        }
    }

    // Whole milliseconds; a negative or an over-long duration becomes a value the checks refuse, not a wrapped one.
    private static int millis(Duration duration) {
        if (duration == null) {
            throw new IllegalArgumentException("a delay needs a duration; got none");
        }
        if (duration.isNegative()) {
            return -1;
        }
        return duration.compareTo(Duration.ofMillis(MAX_MS)) > 0 ? MAX_MS + 1 : (int) duration.toMillis();
    }
}
