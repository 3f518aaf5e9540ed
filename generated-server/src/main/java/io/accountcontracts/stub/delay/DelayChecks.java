package io.accountcontracts.stub.delay;

/** The checks a delay and a dribble share; each message names the admin API's JSON field. */
final class DelayChecks {

    private DelayChecks() {}

    static String millisRange(String field) {
        return "'" + field + "' must be a whole number of milliseconds from 0 to " + Delay.MAX_MS + ".";
    }

    static void millis(long value, String field) {
        if (value < 0 || value > Delay.MAX_MS) {
            throw new IllegalArgumentException(millisRange(field) + " Got " + value + ".");
        }
    }

    static void notAbove(long low, String lowField, long high, String highField) {
        if (low > high) {
            throw new IllegalArgumentException(
                    "'" + lowField + "' (" + low + ") must not be above '" + highField + "' (" + high + ").");
        }
    }

    static void sigma(double sigma, String field) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(
                    "'" + field + "' must be a finite number above 0 (0.1 to 1 is usual);" + " got " + sigma + ".");
        }
    }
}
