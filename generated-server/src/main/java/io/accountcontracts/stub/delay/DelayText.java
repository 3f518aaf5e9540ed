package io.accountcontracts.stub.delay;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-word form of a delay, for {@code --latency} and the JUnit annotation: {@code 50ms} (fixed),
 * {@code uniform:20-80ms} (evenly from 20 to 80 ms), {@code lognormal:80ms,0.4} (median 80 ms, sigma
 * 0.4), {@code lognormal:80ms,0.4,2000ms} (the same, no draw above 2000 ms). Milliseconds only, and the
 * unit is always written, so that no one reads {@code 50} as seconds.
 */
public final class DelayText {

    public static final String FORMS = "50ms, uniform:20-80ms, lognormal:80ms,0.4 or lognormal:80ms,0.4,2000ms";

    private static final Pattern FIXED = Pattern.compile("(\\d{1,9})ms");
    private static final Pattern UNIFORM = Pattern.compile("uniform:(\\d{1,9})(?:ms)?-(\\d{1,9})ms");
    private static final Pattern LOGNORMAL =
            Pattern.compile("lognormal:(\\d{1,9})ms,([0-9]*\\.?[0-9]+(?:[eE][-+]?\\d{1,3})?)(?:,(\\d{1,9})ms)?");

    private DelayText() {}

    /**
     * @throws IllegalArgumentException naming the value and what is wrong with it, with the forms it may take
     */
    public static Delay parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher fixed = FIXED.matcher(value);
        if (fixed.matches()) {
            return checked(value, () -> new Delay.Fixed(Integer.parseInt(fixed.group(1))));
        }
        Matcher uniform = UNIFORM.matcher(value);
        if (uniform.matches()) {
            int min = Integer.parseInt(uniform.group(1));
            int max = Integer.parseInt(uniform.group(2));
            if (min > max) {
                throw new IllegalArgumentException(
                        "'" + value + "': the minimum (" + min + " ms) is above the maximum (" + max + " ms).");
            }
            return checked(value, () -> new Delay.Uniform(min, max));
        }
        Matcher lognormal = LOGNORMAL.matcher(value);
        if (lognormal.matches()) {
            int median = Integer.parseInt(lognormal.group(1));
            double sigma = Double.parseDouble(lognormal.group(2));
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException(
                        "'" + value + "': sigma must be a finite number above 0 (0.1 to 1 is usual).");
            }
            int cap = lognormal.group(3) == null ? Delay.MAX_MS : Integer.parseInt(lognormal.group(3));
            if (cap < median) {
                throw new IllegalArgumentException(
                        "'" + value + "': the cap (" + cap + " ms) is below the median (" + median + " ms).");
            }
            return checked(value, () -> new Delay.LogNormal(median, sigma, cap));
        }
        throw new IllegalArgumentException("'" + value + "' is not a delay; write " + FORMS + ".");
    }

    // What is left to go wrong is a time out of range: say so in this form's words, not the JSON field's.
    private static Delay checked(String value, java.util.function.Supplier<Delay> delay) {
        try {
            return delay.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + value + "': every time must be from 0 to " + Delay.MAX_MS + " ms.", e);
        }
    }
}
