package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.function.Predicate;

/**
 * Compiles the schema of a value sent as text (a header, a path parameter) into a test of that text. The
 * full validator reads such text by the schema's type: a string schema gets the text as it is, an integer
 * schema the text parsed as a JSON number. Here an integer is taken only in its plainest spelling (an
 * optional minus, no leading zero, within the long range), which that parse reads as the same integer; any other
 * type, and any other spelling, is deferred.
 */
public final class TextValueCompiler {

    private static final Predicate<String> DEFER = text -> false;

    private final SpecDocument spec;
    private final SchemaCompiler schemas;

    public TextValueCompiler(SpecDocument spec, SchemaCompiler schemas) {
        this.spec = spec;
        this.schemas = schemas;
    }

    public Predicate<String> compile(JsonNode schema) {
        JsonNode resolved = schema == null ? null : spec.resolve(schema);
        if (resolved == null) {
            return DEFER;
        }
        Checker checker = schemas.compile(resolved);
        if (checker == Checker.DEFER) {
            return DEFER;
        }
        return switch (resolved.path("type").asText()) {
            case "string" -> text -> checker.accepts(TextNode.valueOf(text));
            case "integer" ->
                text -> {
                    JsonNode value = plainInteger(text);
                    return value != null && checker.accepts(value);
                };
            default -> DEFER;
        };
    }

    /** The text as a long, when it is one spelled plainly; null otherwise. */
    static JsonNode plainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 19 || (digits > 1 && text.charAt(start) == '0')) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return LongNode.valueOf(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return null; // past the long range: left to the full validator
        }
    }
}
