package io.accountcontracts.stub.programmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two preferences Prism reads from a {@code Prefer} header (RFC 7240): {@code code=404} asks for a
 * documented status, {@code example=name} for a named example; either or both, comma-separated, in one
 * header or several. Other preferences ({@code return=minimal}, Prism's {@code dynamic=true}) and the
 * parameters after a {@code ;} are ignored.
 *
 * @param code    the status asked for, as sent; null when none
 * @param example the example name asked for; null when none
 */
public record PreferHeader(String code, String example) {

    public static final String NAME = "Prefer";
    private static final PreferHeader NONE = new PreferHeader(null, null);

    /** True when it asks for neither a status nor an example, so the stub answers as usual. */
    public boolean isEmpty() {
        return code == null && example == null;
    }

    /** @param value the header's values joined by commas; null when absent */
    public static PreferHeader parse(String value) {
        if (value == null) {
            return NONE;
        }
        String code = null;
        String example = null;
        for (String preference : split(value, ',')) {
            String nameAndValue = split(preference, ';').get(0);
            int equals = nameAndValue.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = nameAndValue.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String token = unquoted(nameAndValue.substring(equals + 1).strip());
            // RFC 7240 section 2: a preference sent twice counts once, the first time.
            if (name.equals("code") && code == null) {
                code = token;
            } else if (name.equals("example") && example == null) {
                example = token;
            }
        }
        return code == null && example == null ? NONE : new PreferHeader(code, example);
    }

    // Splits on the separator outside double quotes, where a backslash escapes the next character.
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquoted(String token) {
        if (token.length() < 2 || token.charAt(0) != '"' || token.charAt(token.length() - 1) != '"') {
            return token;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            value.append(c == '\\' && i + 1 < token.length() - 1 ? token.charAt(++i) : c);
        }
        return value.toString();
    }
}
