package io.accountcontracts.contract.programmed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.accountcontracts.contract.support.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the specs say each operation answers, read from the spec files as plain YAML: the tests' own
 * reading, sharing no code with the stub's, of the statuses in spec order and each one's named examples.
 */
public final class DocumentedExamples {

    public static final String VANTAGE = "updateManagedAccount";
    public static final String ELASTIC_PATH = "updateAccount";
    // Vantage's first.
    private static final List<String> SPECS =
            List.of("/openapi/vantage-managed-accounts.yaml", "/openapi/elasticpath-accounts.yaml");
    private static final ObjectMapper YAML = new YAMLMapper();

    private DocumentedExamples() {}

    /** Every operation of both specs, Vantage's first, each spec's in the order it lists them. */
    public static List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        for (String file : SPECS) {
            operations(specFile(file))
                    .forEach(op -> ids.add(op.get("operationId").asText()));
        }
        return ids;
    }

    /** True when the response documented under {@code key} has a body, and so named examples. */
    static boolean hasBody(String operationId, String key) {
        return !examples(operationId, key).isMissingNode();
    }

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

    private static JsonNode specFile(String file) {
        try {
            return YAML.readTree(Resources.text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> operations(JsonNode spec) {
        List<JsonNode> operations = new ArrayList<>();
        spec.get("paths")
                .forEach(path -> path.forEach(operation -> {
                    if (operation.has("operationId")) {
                        operations.add(operation);
                    }
                }));
        return operations;
    }

    private static JsonNode operation(String operationId) {
        for (String file : SPECS) {
            for (JsonNode operation : operations(specFile(file))) {
                if (operation.get("operationId").asText().equals(operationId)) {
                    return operation;
                }
            }
        }
        throw new IllegalArgumentException("no operation " + operationId + " in the specs");
    }

    private static JsonNode spec(String operationId) {
        for (String file : SPECS) {
            JsonNode spec = specFile(file);
            if (operations(spec).stream()
                    .anyMatch(op -> op.get("operationId").asText().equals(operationId))) {
                return spec;
            }
        }
        throw new IllegalArgumentException("no operation " + operationId + " in the specs");
    }

    private static JsonNode responses(String operationId) {
        return operation(operationId).get("responses");
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
