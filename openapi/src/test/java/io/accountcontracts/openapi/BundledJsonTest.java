package io.accountcontracts.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled JSON packaged beside each YAML spec describes exactly the same API: the whole documents
 * are compared, modulo only what the generator legitimately changes (see {@link SpecComparison}).
 */
class BundledJsonTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SPECS = List.of("vantage-managed-accounts", "elasticpath-accounts");

    @ParameterizedTest
    @ValueSource(strings = {"vantage-managed-accounts", "elasticpath-accounts"})
    void bundledJsonDescribesExactlyTheApiOfTheYaml(String name) throws Exception {
        assertEquals(List.of(), SpecComparison.differences(yaml(name), json(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maxLength", "nullable", "example", "description", "format", "minItems", "enum"})
    void schemaKeywordDroppedFromTheBundleIsReported(String keyword) throws Exception {
        for (String name : SPECS) {
            JsonNode json = json(name);
            String dropped = removeFromFirstSchema(json.at("/components/schemas"), keyword, "/components/schemas");
            if (dropped != null) {
                List<String> differences = SpecComparison.differences(yaml(name), json);
                assertTrue(differences.contains(dropped + ": only in the YAML"), dropped + " not in " + differences);
                return;
            }
        }
        throw new AssertionError("no schema of either spec has " + keyword + " any more; pick another keyword");
    }

    @Test
    void changedMaxLengthInTheBundleIsReported() throws Exception {
        JsonNode json = json("elasticpath-accounts");
        // Found by removing it, then put back one longer.
        String at = removeFromFirstSchema(json.at("/components/schemas"), "maxLength", "/components/schemas");
        assertNotNull(at, "no schema has a maxLength any more");
        ObjectNode schema = (ObjectNode) json.at(at.substring(0, at.lastIndexOf('/')));
        schema.set(
                "maxLength", IntNode.valueOf(yaml("elasticpath-accounts").at(at).intValue() + 1));

        List<String> differences = SpecComparison.differences(yaml("elasticpath-accounts"), json);
        assertTrue(differences.stream().anyMatch(d -> d.startsWith(at + ": ")), at + " not in " + differences);
    }

    /**
     * Removes {@code keyword} from the first schema of {@code schemas} (a map of them) or nested in one
     * that has it, and says where it was; null when none has it. Property names and example values are
     * not keywords, so are not touched.
     */
    private static String removeFromFirstSchema(JsonNode schemas, String keyword, String at) {
        for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
            String found = removeFirst(entry.getValue(), keyword, at + "/" + SpecComparison.escape(entry.getKey()));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String removeFirst(JsonNode node, String keyword, String at) {
        if (node.isArray()) { // allOf, oneOf, anyOf
            for (int i = 0; i < node.size(); i++) {
                String found = removeFirst(node.get(i), keyword, at + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        if (!(node instanceof ObjectNode schema)) {
            return null;
        }
        if (schema.remove(keyword) != null) {
            return at + "/" + keyword;
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String key = field.getKey();
            String here = at + "/" + SpecComparison.escape(key);
            String found = key.equals("example") || key.equals("default") || key.equals("enum")
                    ? null
                    : key.equals("properties")
                            ? removeFromFirstSchema(field.getValue(), keyword, here)
                            : removeFirst(field.getValue(), keyword, here);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode yaml(String name) throws Exception {
        return read(YAML, "/openapi/" + name + ".yaml");
    }

    private static JsonNode json(String name) throws Exception {
        return read(JSON, "/openapi/" + name + ".json");
    }

    private static JsonNode read(ObjectMapper mapper, String resource) throws Exception {
        try (InputStream in = BundledJsonTest.class.getResourceAsStream(resource)) {
            return mapper.readTree(in);
        }
    }
}
