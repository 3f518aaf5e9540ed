package io.accountcontracts.stub.http;

import java.nio.charset.StandardCharsets;

/**
 * A request target that is not a valid URI ({@code /v2/accounts/%ZZ}, a raw space or brace): Jersey cannot
 * build its request from one, and the server would answer in HTML. {@link ConnectionHook} escapes it so the
 * request reaches the stub's filters, which answer in the vendor's shape, and keeps what was wrong with it.
 *
 * @param problem what is wrong and where, in the client's terms
 */
public record RequestTarget(String problem) {

    /** The request property that holds the {@link RequestTarget} of a request whose target was escaped. */
    public static final String PROPERTY = RequestTarget.class.getName();

    private static final String HEX = "0123456789ABCDEF";

    /** The part escaped so that it is a valid URI part; the same string when it is one already. */
    static String escaped(String part) {
        int first = firstInvalid(part);
        if (first < 0) {
            return part;
        }
        StringBuilder out = new StringBuilder(part.length() + 16).append(part, 0, first);
        for (int i = first; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%' && isPercentEncoded(part, i) || isAllowed(c)) {
                out.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
        }
        return out.toString();
    }

    /** What is wrong with the part, naming the first offending character and its place; null when nothing. */
    static String problem(String name, String part) {
        int at = firstInvalid(part);
        if (at < 0) {
            return null;
        }
        char c = part.charAt(at);
        String what = c == '%'
                ? "'%' not followed by two hexadecimal digits"
                : c < 0x20 || c > 0x7E
                        ? String.format("the character U+%04X", (int) c)
                        : "the character '" + c + "', which must be percent-encoded";
        return "The request " + name + " is not a valid URI: " + what + " at character " + (at + 1) + ".";
    }

    private static int firstInvalid(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%' ? !isPercentEncoded(part, i) : !isAllowed(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPercentEncoded(String part, int at) {
        return at + 2 < part.length() && isHex(part.charAt(at + 1)) && isHex(part.charAt(at + 2));
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    // RFC 3986's unreserved and reserved characters, which a path or query may hold as they are.
    private static boolean isAllowed(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
    }
}
