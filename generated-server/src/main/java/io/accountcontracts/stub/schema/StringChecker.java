package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code type: string}: its length in code points (as the full validator counts it, so a character outside
 * the BMP counts once) within bounds, one of the {@code enum} values when there are some, and of its format.
 *
 * @param values the enum's values; null when the schema has none
 * @param format a format the compiler knows; null when the schema names none
 */
record StringChecker(int minLength, int maxLength, Set<String> values, Predicate<String> format) implements Checker {

    @Override
    public boolean accepts(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        return length >= minLength
                && length <= maxLength
                && (values == null || values.contains(text))
                && (format == null || format.test(text));
    }
}
