package io.accountcontracts.contract.programmed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.accountcontracts.contract.support.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the specs say each operation answers, read from the spec files as plain YAML: the tests' own
 * reading, sharing no code with the stub's, of the statuses in spec order and each one's named examples.
 */
public final class DocumentedExamples {

    public static final String VANTAGE = "updateManagedAccount";
    public static final String ELASTIC_PATH = "updateAccount";
    private static final Map<String, String> SPECS = Map.of(
            VANTAGE, "/openapi/vantage-managed-accounts.yaml",
            ELASTIC_PATH, "/openapi/elasticpath-accounts.yaml");
    private static final ObjectMapper YAML = new YAMLMapper();

    private DocumentedExamples() {}

    /** The response keys of the operation in spec order: "200", ..., and "default" where there is one. */
    static List<String> statuses(String operationId) {
        List<String> keys = new ArrayList<>();
        responses(operationId).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The name of the first named example of the response documented under {@code key}. */
    static String firstExampleName(String operationId, String key) {
        return examples(operationId, key).fieldNames().next();
    }

    /** The value of a named example of the response documented under {@code key}. */
    static JsonNode example(String operationId, String key, String name) {
        return examples(operationId, key).get(name).get("value");
    }

    public static JsonNode firstExample(String operationId, String key) {
        return example(operationId, key, firstExampleName(operationId, key));
    }

    private static JsonNode spec(String operationId) {
        try {
            return YAML.readTree(Resources.text(SPECS.get(operationId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode responses(String operationId) {
        return spec(operationId).get("paths").elements().next().get("put").get("responses");
    }

    // Every response of these specs is either written in place or a $ref to components/responses.
    private static JsonNode examples(String operationId, String key) {
        JsonNode response = responses(operationId).get(key);
        if (response.has("$ref")) {
            String ref = response.get("$ref").asText();
            response = spec(operationId).at("/components/responses/" + ref.substring(ref.lastIndexOf('/') + 1));
        }
        return response.at("/content/application~1json/examples");
    }
}
