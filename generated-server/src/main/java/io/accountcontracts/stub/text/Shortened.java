package io.accountcontracts.stub.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Long texts and long lists cut to a fixed size where they are made, saying how much was cut, so that
 * whatever keeps them (the journal, the violations tally, an error body) holds a bounded amount per request.
 * A validator message quotes the offending value in full: a 900 kB field would otherwise be kept 900 kB long.
 */
public final class Shortened {

    /** The most characters a kept text has, the note on what was cut included. */
    public static final int MAX_CHARS = 500;

    /** The most items a kept list has (problems of one request, header values of one request). */
    public static final int MAX_ITEMS = 20;

    /** The most header values one journaled request keeps. */
    public static final int MAX_HEADER_VALUES = 50;

    /**
     * The header name under which a shortened header map says how many values it left out: it has a space,
     * which no real header name may have.
     */
    public static final String HEADERS_LEFT_OUT = "left out";

    private Shortened() {}

    /**
     * The text itself when it is at most {@link #MAX_CHARS} long; else its start and its end, with the middle
     * replaced by {@code " ... [899,500 more characters] ... "}. The end is kept because a validator message
     * closes with what was wrong ({@code is too long (900000 chars), maximum 200}). Cutting a cut text again
     * changes nothing.
     */
    public static String text(String text) {
        return text(text, MAX_CHARS);
    }

    /** As {@link #text(String)}, to at most {@code maxChars} characters (at least 100), the note included. */
    public static String text(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        // The note's length depends on the count it states, which depends on the note's length: take the
        // longest note the count could need, so that the result never exceeds maxChars.
        int noteLength = note(text.length()).length();
        int kept = maxChars - noteLength;
        int headEnd = kept * 2 / 3;
        int tailStart = text.length() - (kept - headEnd);
        if (splitsPair(text, headEnd)) {
            headEnd--;
        }
        if (splitsPair(text, tailStart)) {
            tailStart++;
        }
        return text.substring(0, headEnd) + note(tailStart - headEnd) + text.substring(tailStart);
    }

    /** The first {@link #MAX_ITEMS} texts, each {@linkplain #text cut}, and a last one saying how many were left out. */
    public static List<String> texts(List<String> texts) {
        if (texts == null) {
            return null;
        }
        int size = texts.size();
        List<String> kept = new ArrayList<>(Math.min(size, MAX_ITEMS) + 1);
        for (int i = 0; i < size && i < MAX_ITEMS; i++) {
            kept.add(text(texts.get(i)));
        }
        if (size > MAX_ITEMS) {
            kept.add(String.format(Locale.ROOT, "... and %,d more left out", size - MAX_ITEMS));
        }
        return List.copyOf(kept);
    }

    /**
     * Header names and values, each {@linkplain #text cut}, the first {@link #MAX_HEADER_VALUES} values in all;
     * when some were left out, a last entry named {@link #HEADERS_LEFT_OUT} says how many.
     */
    public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        if (headers == null || isWithinBounds(headers)) {
            // The everyday request: nothing to cut, and no second copy on the hot path.
            return headers;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        int room = MAX_HEADER_VALUES;
        int leftOut = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            List<String> values = header.getValue() == null ? List.of() : header.getValue();
            int taking = Math.min(room, values.size());
            leftOut += values.size() - taking;
            if (taking == 0 && !values.isEmpty()) {
                continue;
            }
            List<String> cut = new ArrayList<>(taking);
            for (int i = 0; i < taking; i++) {
                cut.add(text(values.get(i)));
            }
            kept.merge(text(header.getKey()), cut, Shortened::joined);
            room -= taking;
        }
        if (leftOut > 0) {
            kept.put(HEADERS_LEFT_OUT, List.of(String.format(Locale.ROOT, "%,d more header values", leftOut)));
        }
        return kept;
    }

    private static boolean isWithinBounds(Map<String, List<String>> headers) {
        int values = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getValue() == null || header.getKey().length() > MAX_CHARS) {
                return false;
            }
            for (String value : header.getValue()) {
                if (value == null || value.length() > MAX_CHARS || ++values > MAX_HEADER_VALUES) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> joined(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static String note(int cut) {
        return String.format(Locale.ROOT, " ... [%,d more characters] ... ", cut);
    }

    // A cut between the two halves of a surrogate pair would leave half a character on each side.
    private static boolean splitsPair(String text, int index) {
        return index > 0
                && index < text.length()
                && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1));
    }
}
