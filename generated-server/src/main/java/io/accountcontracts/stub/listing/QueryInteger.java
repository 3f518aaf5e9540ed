package io.accountcontracts.stub.listing;

import java.util.regex.Pattern;

/** Reads a whole-number query parameter within bounds, refusing anything else in the client's words. */
final class QueryInteger {

    // Digits only: a query value such as "+5", "5.0" or "1e2" is not an integer to the vendors' documentation.
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    // More digits than this cannot be within any bound used here, and would overflow a long.
    private static final int LONGEST = 18;
    private static final int LONGEST_ECHO = 40;

    private QueryInteger() {}

    /** The value of {@code raw}, or {@code absent} when the parameter was not sent (null). */
    static long parse(String parameter, String raw, long min, long max, long absent) {
        if (raw == null) {
            return absent;
        }
        String digits = raw.startsWith("-") ? raw.substring(1) : raw;
        if (INTEGER.matcher(raw).matches()
                && digits.replaceFirst("^0+(?=.)", "").length() <= LONGEST) {
            long value = Long.parseLong(raw);
            if (value >= min && value <= max) {
                return value;
            }
        }
        throw new ListParameterProblem(
                parameter, parameter + " must be an integer from " + min + " to " + max + ", not '" + echo(raw) + "'");
    }

    // A client's value is quoted back whole unless it is long enough to swamp the message.
    static String echo(String raw) {
        return raw.length() <= LONGEST_ECHO ? raw : raw.substring(0, LONGEST_ECHO) + "…";
    }
}
