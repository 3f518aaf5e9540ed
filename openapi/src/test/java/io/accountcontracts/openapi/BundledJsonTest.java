package io.accountcontracts.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled JSON packaged beside each YAML spec describes the same API (refs inlined, nothing lost). */
class BundledJsonTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"vantage-managed-accounts", "elasticpath-accounts"})
    void bundledJsonHasTheSameInfoPathsStatusesAndSchemas(String name) throws Exception {
        JsonNode yaml = read(YAML, "/openapi/" + name + ".yaml");
        JsonNode json = read(JSON, "/openapi/" + name + ".json");

        assertEquals(yaml.get("info"), json.get("info"));
        assertEquals(yaml.get("servers"), json.get("servers"));
        assertEquals(names(yaml.get("paths")), names(json.get("paths")));
        String path = names(yaml.get("paths")).get(0);
        assertEquals(names(yaml.at("/paths/" + path.replace("/", "~1") + "/put/responses")),
                names(json.at("/paths/" + path.replace("/", "~1") + "/put/responses")));
        assertEquals(names(yaml.at("/components/schemas")), names(json.at("/components/schemas")));
        assertEquals(yaml.at("/components/securitySchemes"), json.at("/components/securitySchemes"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    private static JsonNode read(ObjectMapper mapper, String resource) throws Exception {
        try (InputStream in = BundledJsonTest.class.getResourceAsStream(resource)) {
            return mapper.readTree(in);
        }
    }
}
