package io.accountcontracts.stub.ratelimit;

import io.accountcontracts.stub.errors.Vendor;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One vendor's rate limit: at most {@code limit} requests a {@code window}. What is counted is the vendor's
 * rule ({@link #countedPer()}): Vantage counts each access token, Elastic Path the store (the whole stub).
 *
 * @param vendor the vendor whose requests are counted
 * @param limit  how many requests a window lets through, from 1
 * @param window how long a window lasts, from 1 ms to {@link #MAX_WINDOW}
 */
public record RateLimit(Vendor vendor, int limit, Duration window) {

    public static final Duration MAX_WINDOW = Duration.ofDays(1);
    public static final String EXAMPLE = "vantage=1000/1h";
    public static final String LIMIT_RANGE = "a whole number from 1 to " + Integer.MAX_VALUE;
    public static final String WINDOW_RANGE = "from 1 ms to " + MAX_WINDOW.toHours() + " h";

    private static final Pattern WINDOW = Pattern.compile("(\\d{1,12})(ms|s|m|h)");

    public RateLimit {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be " + LIMIT_RANGE + ", not " + limit);
        }
        if (window.toMillis() < 1 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(
                    "the window must be " + WINDOW_RANGE + ", not " + window.toMillis() + " ms");
        }
    }

    /**
     * Reads {@code VENDOR=LIMIT/WINDOW}, such as {@code vantage=1000/1h} or {@code elasticpath=25/1s}; the window's
     * unit is {@code ms}, {@code s}, {@code m} or {@code h}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static RateLimit parse(String text) {
        int equals = text.indexOf('=');
        int slash = text.indexOf('/', Math.max(equals, 0));
        if (equals < 0 || slash < 0) {
            throw new IllegalArgumentException(
                    "expected VENDOR=LIMIT/WINDOW, such as " + EXAMPLE + "; got '" + text + "'");
        }
        Vendor vendor = vendor(text.substring(0, equals).strip());
        String limitText = text.substring(equals + 1, slash).strip();
        int limit;
        try {
            limit = Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1) {
            throw new IllegalArgumentException("the limit '" + limitText + "' must be " + LIMIT_RANGE);
        }
        return new RateLimit(vendor, limit, window(text.substring(slash + 1).strip()));
    }

    /** The vendor of this name ({@link Vendor#realm()}: {@code vantage}, {@code elasticpath}), in any case. */
    public static Vendor vendor(String name) {
        return Arrays.stream(Vendor.values())
                .filter(v -> v.realm().equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + name + "' is not a vendor of this stub; use " + vendorNames()));
    }

    /** "vantage or elasticpath", for messages. */
    public static String vendorNames() {
        return Arrays.stream(Vendor.values()).map(Vendor::realm).collect(Collectors.joining(" or "));
    }

    private static Duration window(String text) {
        Matcher m = WINDOW.matcher(text);
        Duration window = null;
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            window = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        if (window == null || window.toMillis() < 1 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("the window '" + text
                    + "' must be a whole number followed by ms, s, m or h, such as 1h, " + WINDOW_RANGE);
        }
        return window;
    }

    /** What one count covers, in words: Vantage counts per access token, Elastic Path per store. */
    public String countedPer() {
        return vendor == Vendor.VANTAGE ? "access token" : "store";
    }

    /** As the command line takes it: {@code vantage=3/60000ms}. */
    @Override
    public String toString() {
        return vendor.realm() + "=" + limit + "/" + window.toMillis() + "ms";
    }
}
