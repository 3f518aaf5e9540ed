package io.accountcontracts.stub.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in a client's words what is wrong with a request body that could not be read, and where.
 *
 * <p>The parser's own messages name its classes, its feature flags and its input source, none of
 * which means anything to a vendor's client; so only facts are taken from them (the offending
 * character, the position, the field), and the wording is ours.
 */
public final class JsonProblem {

    // The parser names a character by its code: "(code 34)", or above U+00FF "(code 256 / 0x100)".
    private static final Pattern CHARACTER_CODE = Pattern.compile("\\(?code (\\d+)(?: / 0x\\p{XDigit}+)?\\)");
    private static final int BYTE_ORDER_MARK = 0xFEFF;
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'", Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final int LONGEST_ECHO = 40;

    private JsonProblem() {}

    /**
     * For a body that is not JSON, {@code Request body is not valid JSON: <problem> at line L, column C.};
     * for JSON whose value could not be taken as the field it stands for,
     * {@code Request body field '<path>' cannot be read: <problem>.}
     */
    public static String of(JsonProcessingException e) {
        if (e instanceof JsonMappingException binding) {
            return "Request body field '" + path(binding) + "' cannot be read: " + bindingProblem(e) + ".";
        }
        if (e instanceof InputCoercionException) {
            return "Request body has a number out of range" + where(e.getLocation()) + ".";
        }
        return "Request body is not valid JSON: " + syntax(e, null) + ".";
    }

    /** What is wrong with text that is not JSON, and where: {@code <problem> at line L, column C}. */
    public static String syntax(JsonProcessingException e) {
        return syntax(e, null);
    }

    /**
     * As {@link #syntax(JsonProcessingException)}, for text parsed from {@code source}: a character outside the
     * Basic Multilingual Plane (an emoji), which the parser names by its first half only, is then named whole.
     */
    public static String syntax(JsonProcessingException e, CharSequence source) {
        return parseProblem(e, source) + where(e.getLocation());
    }

    /** {@code unexpected content after the JSON value at line L, column C}. */
    public static String afterTheValue(JsonLocation location) {
        return "unexpected content after the JSON value" + where(location);
    }

    private static String parseProblem(JsonProcessingException e, CharSequence source) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input";
        }
        if (e instanceof StreamConstraintsException) {
            return original.contains("nesting depth")
                    ? "objects and arrays are nested too deeply"
                    : original.startsWith("Number")
                            ? "a number is too long"
                            : original.startsWith("String") ? "a string is too long" : "the body is too large to read";
        }
        Matcher token = TOKEN.matcher(original);
        if (token.find()) {
            return "unrecognized word " + quoted(token.group(1))
                    + " (strings need double quotes; the other words are true, false and null)";
        }
        Matcher close = CLOSE_MARKER.matcher(original);
        if (close.find()) {
            return "unexpected '" + close.group(1) + "'";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "control character " + character(e, source) + " inside a string must be escaped";
        }
        if (original.startsWith("Unrecognized character escape")) {
            return "invalid escape sequence " + character(e, source) + " in a string";
        }
        if (original.startsWith("Invalid numeric value")
                || original.startsWith("Non-standard token")
                || original.contains("in numeric value")) {
            return "invalid number";
        }
        if (original.startsWith("Illegal character") || original.startsWith("Invalid white space")) {
            return "unexpected character " + character(e, source) + " between values";
        }
        if (original.startsWith("Unexpected character")) {
            return "unexpected character " + character(e, source) + expectation(original);
        }
        return "malformed JSON";
    }

    private static String expectation(String original) {
        if (original.contains("comment")) {
            return " (comments are not allowed)";
        }
        if (original.contains("start field name")) {
            return ", expected a field name in double quotes";
        }
        if (original.contains("separate Object entries")) {
            return ", expected ',' or '}'";
        }
        if (original.contains("separate Array entries")) {
            return ", expected ',' or ']'";
        }
        if (original.contains("colon")) {
            return ", expected ':'";
        }
        if (original.contains("expected a value") || original.contains("expected a valid value")) {
            return ", expected a value";
        }
        return "";
    }

    private static String bindingProblem(JsonProcessingException e) {
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            return "the number is out of range";
        }
        return "the value does not have the expected type";
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "(the whole body)" : path;
    }

    // The character the parser stopped at, told by its code so nothing unprintable is echoed.
    private static String character(JsonProcessingException e, CharSequence source) {
        Matcher code = CHARACTER_CODE.matcher(e.getOriginalMessage());
        if (!code.find()) {
            return "here"; // the parser names every character it stops at; this only keeps the sentence whole
        }
        int c = wholeCodePoint(Integer.parseInt(code.group(1)), e.getLocation(), source);
        if (c > 32 && c < 127) {
            return "'" + (char) c + "'";
        }
        String named = String.format("U+%04X", c);
        return c == BYTE_ORDER_MARK ? named + " (a byte order mark)" : named;
    }

    // The parser reads text as UTF-16 and names the first half of a surrogate pair; the source, where known,
    // holds the second half at the next position.
    private static int wholeCodePoint(int c, JsonLocation location, CharSequence source) {
        if (!Character.isHighSurrogate((char) c) || source == null || location == null) {
            return c;
        }
        long at = location.getCharOffset();
        if (at < 0 || at + 1 >= source.length() || source.charAt((int) at) != c) {
            return c;
        }
        char low = source.charAt((int) at + 1);
        return Character.isLowSurrogate(low) ? Character.toCodePoint((char) c, low) : c;
    }

    private static String quoted(String text) {
        String shown = text.length() > LONGEST_ECHO ? text.substring(0, LONGEST_ECHO) + "..." : text;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
