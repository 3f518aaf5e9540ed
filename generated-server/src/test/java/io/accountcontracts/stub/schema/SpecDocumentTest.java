package io.accountcontracts.stub.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The screens read the build's JSON copy of each spec: it must be there, and be the YAML's very tree. */
class SpecDocumentTest {

    static final java.util.List<String> SPECS = SpecDocument.SPECS;

    @ParameterizedTest
    @FieldSource("SPECS")
    void theBuildsJsonCopyIsTheSpecsOwnTree(String spec) throws IOException {
        JsonNode yaml;
        try (InputStream in = SpecDocument.class.getResourceAsStream(spec)) {
            yaml = new YAMLMapper().readTree(in);
        }
        try (InputStream json = SpecDocument.class.getResourceAsStream(SpecDocument.jsonName(spec))) {
            assertNotNull(json, "the build wrote no JSON copy of " + spec);
            assertEquals(yaml, new ObjectMapper().readTree(json));
        }
        assertEquals(yaml, SpecDocument.read(spec).root());
    }
}
