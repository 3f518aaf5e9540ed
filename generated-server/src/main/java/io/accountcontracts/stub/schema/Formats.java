package io.accountcontracts.stub.schema;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The string formats the screen checks itself, each as a strict subset of what the full validator takes,
 * so that a value passing here passes there too. What lies outside the subset is not called invalid: the
 * screen only defers it.
 */
final class Formats {

    private Formats() {}

    /**
     * {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or {@code ±HH:MM}, all
     * ASCII, a real calendar date. The full validator (json-schema-validator's Joda-Time pattern) takes all of
     * these, and more that is left to it: lower-case {@code t} and {@code z}, fractions of up to 12 digits,
     * offsets written {@code +0100} or {@code +01}. It refuses a leap second and hour 24, as this does.
     */
    static boolean dateTime(String text) {
        int length = text.length();
        if (length < 20
                || !digits(text, 0, 4)
                || text.charAt(4) != '-'
                || !digits(text, 5, 2)
                || text.charAt(7) != '-'
                || !digits(text, 8, 2)
                || text.charAt(10) != 'T'
                || !digits(text, 11, 2)
                || text.charAt(13) != ':'
                || !digits(text, 14, 2)
                || text.charAt(16) != ':'
                || !digits(text, 17, 2)) {
            return false;
        }
        int at = 19;
        if (text.charAt(at) == '.') {
            int fraction = 0;
            while (at + 1 + fraction < length && isDigit(text.charAt(at + 1 + fraction))) {
                fraction++;
            }
            if (fraction < 1 || fraction > 9) {
                return false;
            }
            at += 1 + fraction;
        }
        if (!offset(text, at) || number(text, 11, 2) > 23 || number(text, 14, 2) > 59 || number(text, 17, 2) > 59) {
            return false;
        }
        try {
            LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    // "Z", or "+HH:MM" / "-HH:MM" within a day, and nothing after it.
    private static boolean offset(String text, int at) {
        if (at == text.length() - 1) {
            return text.charAt(at) == 'Z';
        }
        return at == text.length() - 6
                && (text.charAt(at) == '+' || text.charAt(at) == '-')
                && digits(text, at + 1, 2)
                && text.charAt(at + 3) == ':'
                && digits(text, at + 4, 2)
                && number(text, at + 1, 2) <= 23
                && number(text, at + 4, 2) <= 59;
    }

    /**
     * {@code local@domain}: the local part dot-separated runs of RFC 5322 atom characters, the domain
     * dot-separated runs of ASCII letters, digits and hyphens. JavaMail's strict {@code InternetAddress}
     * parse, the full validator's test, takes every such address (it takes quoted local parts, display names,
     * comments and non-ASCII letters too, which are left to it).
     */
    static boolean email(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@')) {
            return false;
        }
        return dotted(text, 0, at, true) && dotted(text, at + 1, text.length(), false);
    }

    private static boolean dotted(String text, int from, int to, boolean local) {
        if (from >= to || text.charAt(from) == '.' || text.charAt(to - 1) == '.') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (text.charAt(i - 1) == '.') {
                    return false;
                }
            } else if (!(isAsciiLetterOrDigit(c) || (local ? "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0 : c == '-'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count) {
        return Integer.parseInt(text, from, from + count, 10);
    }
}
