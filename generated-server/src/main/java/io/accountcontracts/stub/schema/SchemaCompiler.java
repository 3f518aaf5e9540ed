package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compiles a spec's schema (its JSON tree, references followed) into a {@link Checker} that takes only what
 * the stub's full validator (swagger-request-validator, with the stub's levels) takes.
 *
 * <p>It knows the keywords the specs use and nothing else: {@code type} (object, array, string, integer,
 * boolean), {@code properties}, {@code required}, {@code additionalProperties} (a boolean), {@code nullable},
 * {@code enum} (of strings), {@code minLength}, {@code maxLength}, {@code minItems}, {@code items},
 * {@code minimum} (an integer), {@code format} (date-time, email, int32, int64) and the annotations that
 * change nothing ({@code description}, {@code example}, {@code examples}, {@code default}, {@code title}).
 * A schema with any other keyword, or a value of a known one it does not expect, compiles to
 * {@link Checker#DEFER}: a request or answer that reaches it is left to the full validator. Deferring one
 * property's schema is safe because only an object's own keywords decide about an absent property.
 */
public final class SchemaCompiler {

    private static final Set<String> ANNOTATIONS = Set.of("description", "example", "examples", "default", "title");
    private static final Set<String> KEYWORDS = Set.of(
            "type",
            "properties",
            "required",
            "additionalProperties",
            "nullable",
            "enum",
            "minLength",
            "maxLength",
            "minItems",
            "items",
            "minimum",
            "format");

    private final SpecDocument spec;
    // References being compiled: a schema that contains itself is deferred rather than unrolled.
    private final Set<JsonNode> compiling = Collections.newSetFromMap(new IdentityHashMap<>());

    public SchemaCompiler(SpecDocument spec) {
        this.spec = spec;
    }

    public Checker compile(JsonNode schema) {
        JsonNode resolved = schema == null ? null : spec.resolve(schema);
        if (resolved == null || !resolved.isObject() || !compiling.add(resolved)) {
            return Checker.DEFER;
        }
        try {
            Checker checker = compileResolved(resolved);
            return checker != Checker.DEFER && resolved.path("nullable").booleanValue() ? nullOr(checker) : checker;
        } finally {
            compiling.remove(resolved);
        }
    }

    private Checker compileResolved(JsonNode schema) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYWORDS.contains(name) && !ANNOTATIONS.contains(name)) {
                return Checker.DEFER;
            }
        }
        if (schema.has("nullable") && !schema.get("nullable").isBoolean()) {
            return Checker.DEFER;
        }
        String type = schema.path("type").textValue();
        if (type == null || !onlyFor(schema, type)) {
            return Checker.DEFER;
        }
        return switch (type) {
            case "object" -> object(schema);
            case "array" -> array(schema);
            case "string" -> string(schema);
            case "integer" -> integer(schema);
            case "boolean" -> schema.has("format") ? Checker.DEFER : JsonNode::isBoolean;
            default -> Checker.DEFER;
        };
    }

    // Each keyword only with the type it is written for here: anything else is a spec this was not built for.
    private static boolean onlyFor(JsonNode schema, String type) {
        return (type.equals("object")
                        || !(schema.has("properties") || schema.has("required") || schema.has("additionalProperties")))
                && (type.equals("array") || !(schema.has("items") || schema.has("minItems")))
                && (type.equals("string")
                        || !(schema.has("minLength") || schema.has("maxLength") || schema.has("enum")))
                && (type.equals("integer") || !schema.has("minimum"));
    }

    private Checker object(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        if (schema.has("format") || !additional.isMissingNode() && !additional.isBoolean()) {
            return Checker.DEFER;
        }
        List<String> required = new ArrayList<>();
        if (schema.has("required")) {
            // JSON Schema draft 4, the full validator's, wants at least one name and no name twice.
            if (!schema.get("required").isArray() || schema.get("required").isEmpty()) {
                return Checker.DEFER;
            }
            for (JsonNode name : schema.get("required")) {
                if (!name.isTextual() || required.contains(name.textValue())) {
                    return Checker.DEFER;
                }
                required.add(name.textValue());
            }
        }
        Map<String, Checker> properties = new HashMap<>();
        JsonNode declared = schema.path("properties");
        if (!declared.isMissingNode() && !declared.isObject()) {
            return Checker.DEFER;
        }
        declared.fields().forEachRemaining(p -> properties.put(p.getKey(), compile(p.getValue())));
        return new ObjectChecker(
                Map.copyOf(properties), List.copyOf(required), additional.isBoolean() && !additional.booleanValue());
    }

    private Checker array(JsonNode schema) {
        if (!schema.has("items") || schema.has("format")) {
            return Checker.DEFER;
        }
        int minItems = count(schema, "minItems", 0);
        Checker items = compile(schema.get("items"));
        return minItems < 0 || items == Checker.DEFER ? Checker.DEFER : new ArrayChecker(items, minItems);
    }

    private Checker string(JsonNode schema) {
        int minLength = count(schema, "minLength", 0);
        int maxLength = count(schema, "maxLength", Integer.MAX_VALUE);
        Set<String> values = null;
        if (schema.has("enum")) {
            values = new HashSet<>();
            // Draft 4 again: at least one value, none twice.
            if (!schema.get("enum").isArray() || schema.get("enum").isEmpty()) {
                return Checker.DEFER;
            }
            for (JsonNode value : schema.get("enum")) {
                // A null among the values adds nothing: a null is no string, and only nullable takes it.
                if (!value.isTextual() && !value.isNull()) {
                    return Checker.DEFER;
                }
                if (value.isTextual() && !values.add(value.textValue())) {
                    return Checker.DEFER;
                }
            }
        }
        Predicate<String> format = null;
        if (schema.has("format")) {
            format = switch (schema.get("format").asText()) {
                case "date-time" -> Formats::dateTime;
                case "email" -> Formats::email;
                default -> null;
            };
            if (format == null || !schema.get("format").isTextual()) {
                return Checker.DEFER;
            }
        }
        if (minLength < 0 || maxLength < 0) {
            return Checker.DEFER;
        }
        return new StringChecker(minLength, maxLength, values == null ? null : Set.copyOf(values), format);
    }

    private static Checker integer(JsonNode schema) {
        int bits = 0;
        if (schema.has("format")) {
            bits = switch (schema.get("format").asText()) {
                case "int32" -> 32;
                case "int64" -> 64;
                default -> -1;
            };
            if (bits < 0 || !schema.get("format").isTextual()) {
                return Checker.DEFER;
            }
        }
        JsonNode minimum = schema.path("minimum");
        if (minimum.isMissingNode()) {
            return new IntegerChecker(false, 0, bits);
        }
        if (!minimum.isIntegralNumber() || !minimum.canConvertToLong()) {
            return Checker.DEFER;
        }
        return new IntegerChecker(true, minimum.longValue(), bits);
    }

    /** A non-negative integer keyword's value; the default when absent, -1 when it is anything but such. */
    private static int count(JsonNode schema, String keyword, int absent) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return absent;
        }
        return value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0 ? value.intValue() : -1;
    }

    private static Checker nullOr(Checker checker) {
        return value -> value.isNull() || checker.accepts(value);
    }
}
