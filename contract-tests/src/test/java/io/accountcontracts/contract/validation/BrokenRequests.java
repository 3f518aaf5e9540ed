package io.accountcontracts.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Request bodies that break the schema in exactly one place, somewhere in the object tree: a wrong
 * type, a null, an unknown field, a string past its maxLength, a value outside its enum, an email
 * that is not one, too few items, a near date-time, an integer past its format or below its minimum. (In an
 * answer an unknown field breaks nothing, and some near date-times are taken: "broken" is only likely.) Built by mutating a valid body, so everything else about it is valid.
 */
final class BrokenRequests {

    /** A broken body and what was broken, for the report of a failing case. */
    record Broken(JsonNode body, String what) {
        @Override
        public String toString() {
            return what + ": " + body;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Texts next to a date-time: some the full validator refuses (a 30 February, hour 24, a leap second, a
     * missing part), some it takes in spellings the screen leaves to it (lower-case t and z, an offset without
     * its colon, a 12-digit fraction).
     */
    static final Arbitrary<String> NEAR_DATE_TIMES = Arbitraries.of(
            "2021-02-30T09:40:33Z",
            "2021-02-29T09:40:33Z",
            "2021-04-31T09:40:33.5Z",
            "2021-13-01T09:40:33Z",
            "2021-00-10T09:40:33+01:00",
            "2021-06-00T09:40:33Z",
            "2021-02-23T24:00:00Z",
            "2021-12-31T23:59:60Z",
            "2021-02-23T09:40Z",
            "2021-02-23T09:40:33",
            "2021-02-23 09:40:33Z",
            "2021-02-23T09:40:33.Z",
            "2021-02-23T09:40:33+24:00",
            "2021-02-23T09:40:33.1234567890123Z",
            "2021-02-23t09:40:33z",
            "2021-02-23T09:40:33+0100",
            "2021-02-23T09:40:33+01",
            "2021-02-23T09:40:33.123456789012Z",
            "0000-01-01T00:00:00Z",
            " 2021-02-23T09:40:33Z",
            "");

    private BrokenRequests() {}

    static Arbitrary<Broken> of(Schema<?> root) {
        // Every way anywhere in the tree is drawn as often as any other: a field three objects down (an
        // Elastic Path answer's timestamps) is broken as often as one at the top.
        return SchemaArbitraries.valid(root).flatMap(valid -> {
            List<Arbitrary<Broken>> ways = new ArrayList<>();
            breakSomewhere((ObjectNode) valid, root, (ObjectNode) valid, "", ways);
            return Arbitraries.oneOf(ways);
        });
    }

    /** Adds the ways to break {@code object}, the node at {@code at} inside {@code root}, or something below it. */
    private static void breakSomewhere(
            ObjectNode root, Schema<?> schema, ObjectNode object, String at, List<Arbitrary<Broken>> ways) {
        Map<String, Schema> properties = schema.getProperties();
        ways.add(Arbitraries.strings()
                .alpha()
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(name -> !properties.containsKey(name))
                .map(name -> broken(root, at + "/" + name, NODES.textNode("x"), "unknown field")));
        properties.forEach((name, property) -> {
            String path = at + "/" + name;
            ways.add(SchemaArbitraries.wrongType(property).map(value -> broken(root, path, value, "wrong type")));
            if (!Boolean.TRUE.equals(property.getNullable())) {
                ways.add(Arbitraries.just(broken(root, path, NODES.nullNode(), "null")));
            }
            if (property.getMaxLength() != null) {
                ways.add(Arbitraries.integers()
                        .between(property.getMaxLength() + 1, property.getMaxLength() + 200)
                        .map(n -> broken(root, path, NODES.textNode("x".repeat(n)), "longer than maxLength")));
            }
            if (property.getEnum() != null) {
                ways.add(Arbitraries.strings()
                        .alpha()
                        .ofMinLength(1)
                        .ofMaxLength(10)
                        .filter(v -> !property.getEnum().contains(v))
                        .map(v -> broken(root, path, NODES.textNode(v), "outside enum")));
            }
            if (SchemaArbitraries.minItems(property) > 0) {
                ways.add(Arbitraries.just(broken(root, path, NODES.arrayNode(), "fewer items than minItems")));
            }
            if ("date-time".equals(property.getFormat())) {
                ways.add(NEAR_DATE_TIMES.map(v -> broken(root, path, NODES.textNode(v), "a near date-time")));
            }
            if ("int32".equals(property.getFormat())) {
                ways.add(Arbitraries.of(2147483648L, -2147483649L, Long.MAX_VALUE)
                        .map(v -> broken(root, path, NODES.numberNode(v), "past int32")));
            }
            if ("int64".equals(property.getFormat())) {
                ways.add(Arbitraries.just(
                        broken(root, path, NODES.numberNode(new BigInteger("9223372036854775808")), "past int64")));
            }
            if (property.getMinimum() != null) {
                ways.add(Arbitraries.just(broken(
                        root, path, NODES.numberNode(property.getMinimum().longValueExact() - 1), "below minimum")));
            }
            if ("email".equals(property.getFormat())) {
                ways.add(Arbitraries.strings()
                        .alpha()
                        .ofMinLength(1)
                        .ofMaxLength(20)
                        .map(v -> broken(root, path, NODES.textNode(v), "not an email")));
            }
            if ("object".equals(SchemaArbitraries.typeOf(property)) && object.get(name) instanceof ObjectNode nested) {
                breakSomewhere(root, property, nested, path, ways);
            }
        });
    }

    /** A copy of the valid root with the one value at {@code path} (a JSON pointer) replaced. */
    private static Broken broken(ObjectNode root, String path, JsonNode value, String what) {
        ObjectNode copy = root.deepCopy();
        String parent = path.substring(0, path.lastIndexOf('/'));
        ObjectNode target = parent.isEmpty() ? copy : (ObjectNode) copy.at(parent);
        target.set(path.substring(path.lastIndexOf('/') + 1), value);
        return new Broken(copy, what + " at " + path);
    }
}
