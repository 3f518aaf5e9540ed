package io.accountcontracts.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
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
 * bounds, enums, emails, integers and lists. Only the keywords these specs use are understood; any
 * other is refused loudly rather than ignored.
 */
final class SchemaArbitraries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> UNDERSTOOD_FORMATS = Set.of("email", "int32", "int64");

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
                valid(((ArraySchema) schema).getItems()).list().ofMaxSize(4).map(items -> {
                    ArrayNode array = NODES.arrayNode();
                    items.forEach(array::add);
                    return (JsonNode) array;
                });
            case "integer" ->
                "int32".equals(schema.getFormat())
                        ? Arbitraries.integers().map(NODES::numberNode)
                        : Arbitraries.longs().map(NODES::numberNode);
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            case "string" -> "email".equals(schema.getFormat()) ? email() : text(schema);
            default -> throw new IllegalArgumentException("no generator for type " + typeOf(schema));
        };
    }

    /** A value of some JSON type other than the schema's. */
    static Arbitrary<JsonNode> wrongType(Schema<?> schema) {
        List<JsonNode> others = new ArrayList<>(List.of(
                NODES.numberNode(42),
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
