package io.accountcontracts.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Values that a spec schema allows, generated from the schema itself (a fully resolved swagger-parser
 * model): objects with a random subset of their optional properties, strings within their length
 * bounds, enums, emails, date-times, integers within their format and minimum, and lists of at least their
 * minItems. Only the keywords these specs use are understood; any
 * other is refused loudly rather than ignored.
 */
final class SchemaArbitraries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> UNDERSTOOD_FORMATS = Set.of("email", "int32", "int64", "date-time");

    private SchemaArbitraries() {}

    static Arbitrary<JsonNode> valid(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getNullable())) {
            // An explicit null, which a nullable field takes (and an absent one does not stand for).
            return Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(NODES.nullNode())), Tuple.of(4, notNull(schema)));
        }
        return notNull(schema);
    }

    private static Arbitrary<JsonNode> notNull(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Arbitraries.of(schema.getEnum()).map(value -> (JsonNode) NODES.textNode(value.toString()));
        }
        if (schema.getFormat() != null && !UNDERSTOOD_FORMATS.contains(schema.getFormat())) {
            throw new IllegalArgumentException("no generator for format " + schema.getFormat());
        }
        return switch (typeOf(schema)) {
            case "object" -> object(schema);
            case "array" ->
                valid(((ArraySchema) schema).getItems())
                        .list()
                        .ofMinSize(minItems(schema))
                        .ofMaxSize(Math.max(minItems(schema), 4))
                        .map(items -> {
                            ArrayNode array = NODES.arrayNode();
                            items.forEach(array::add);
                            return (JsonNode) array;
                        });
            case "integer" -> integer(schema);
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            case "string" ->
                "email".equals(schema.getFormat())
                        ? email()
                        : "date-time".equals(schema.getFormat()) ? dateTime() : text(schema);
            default -> throw new IllegalArgumentException("no generator for type " + typeOf(schema));
        };
    }

    /** A value of some JSON type other than the schema's. */
    static Arbitrary<JsonNode> wrongType(Schema<?> schema) {
        List<JsonNode> others = new ArrayList<>(List.of(
                NODES.numberNode(42),
                // A number to the full validator, not an integer, though it is a whole one.
                NODES.numberNode(1.0),
                NODES.numberNode(2.5),
                NODES.textNode("text"),
                NODES.booleanNode(true),
                NODES.arrayNode().add("x"),
                NODES.objectNode().put("x", 1)));
        others.removeIf(node -> switch (typeOf(schema)) {
            case "object" -> node.isObject();
            case "array" -> node.isArray();
            case "integer" -> node.isIntegralNumber();
            case "boolean" -> node.isBoolean();
            default -> node.isTextual();
        });
        return Arbitraries.of(others);
    }

    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    private static Arbitrary<JsonNode> object(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        List<String> names = new ArrayList<>(properties.keySet());
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (String name : names) {
            Arbitrary<JsonNode> value = valid(properties.get(name));
            boolean required =
                    schema.getRequired() != null && schema.getRequired().contains(name);
            values.add(required ? value : value.injectNull(0.4));
        }
        return Combinators.combine(values).as(generated -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (generated.get(i) != null) {
                    object.set(names.get(i), generated.get(i));
                }
            }
            return (JsonNode) object;
        });
    }

    private static Arbitrary<JsonNode> text(Schema<?> schema) {
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Math.max(min, 40) : schema.getMaxLength();
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" -_.'/äöüßéçñ漢字")
                .ofMinLength(min)
                .ofMaxLength(max)
                .map(NODES::textNode);
    }

    static int minItems(Schema<?> schema) {
        return schema.getMinItems() == null ? 0 : schema.getMinItems();
    }

    private static Arbitrary<JsonNode> integer(Schema<?> schema) {
        long min = schema.getMinimum() == null
                ? Long.MIN_VALUE
                : schema.getMinimum().longValueExact();
        return "int32".equals(schema.getFormat())
                ? Arbitraries.integers()
                        .between((int) Math.max(min, Integer.MIN_VALUE), Integer.MAX_VALUE)
                        .map(NODES::numberNode)
                : Arbitraries.longs().between(min, Long.MAX_VALUE).map(NODES::numberNode);
    }

    /** A date-time in the spellings everyone agrees on: a real date, an optional fraction, Z or an offset. */
    static Arbitrary<JsonNode> dateTime() {
        Arbitrary<LocalDateTime> when = Arbitraries.longs()
                .between(
                        LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                        LocalDateTime.of(2199, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
                .map(seconds -> LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
        Arbitrary<String> fraction = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(
                        3,
                        Arbitraries.strings()
                                .numeric()
                                .ofMinLength(1)
                                .ofMaxLength(9)
                                .map(digits -> "." + digits)));
        Arbitrary<String> offset = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("Z")),
                Tuple.of(
                        2,
                        Combinators.combine(
                                        Arbitraries.of("+", "-"),
                                        Arbitraries.integers().between(0, 23),
                                        Arbitraries.integers().between(0, 59))
                                .as((sign, h, m) -> String.format("%s%02d:%02d", sign, h, m))));
        return Combinators.combine(when, fraction, offset)
                .as((w, f, o) ->
                        NODES.textNode(w.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + f + o));
    }

    private static Arbitrary<JsonNode> email() {
        Arbitrary<String> part = Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(12);
        return Combinators.combine(part, part, Arbitraries.of("com", "example", "io"))
                .as((local, domain, tld) -> NODES.textNode(local + "@" + domain + "." + tld));
    }
}
