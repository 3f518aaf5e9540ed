package io.accountcontracts.stub.programmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.validation.SpecValidators;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of documented responses, checked against the spec files read as plain YAML (an oracle that
 * shares no code with the swagger-parser model the table is built from): every status in spec order,
 * the first named example's body for each, and the documented headers.
 */
class DocumentedResponsesTest {

    private static final String VANTAGE = "updateManagedAccount";
    private static final String ELASTIC_PATH = "updateAccount";
    // Vantage's first, as the table lists them.
    private static final List<String> SPEC_FILES =
            List.of("/openapi/vantage-managed-accounts.yaml", "/openapi/elasticpath-accounts.yaml");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static DocumentedResponses documented;

    @BeforeAll
    static void read() {
        SpecValidators validators = new SpecValidators();
        Map<Vendor, OpenAPI> specs = new EnumMap<>(Vendor.class);
        for (Vendor vendor : Vendor.values()) {
            specs.put(vendor, validators.parsedSpec(vendor));
        }
        documented = DocumentedResponses.from(specs, JsonMapper.create());
    }

    @Test
    void knowsEveryOperationOfBothSpecsVantageFirst() {
        List<String> vantage = operationIds().subList(0, 5);
        List<String> elasticPath = operationIds().subList(5, 10);

        assertEquals(10, documented.operationIds().size());
        assertEquals(Set.copyOf(vantage), Set.copyOf(documented.operationIds().subList(0, 5)));
        assertEquals(
                Set.copyOf(elasticPath), Set.copyOf(documented.operationIds().subList(5, 10)));
    }

    @Test
    void statusesAreTheSpecsInSpecOrder() {
        assertEquals(
                List.of("200", "400", "401", "404", "406", "413", "415", "429", "500"), documented.statuses(VANTAGE));
        assertEquals(
                List.of("200", "400", "401", "404", "406", "409", "413", "415", "429", "default"),
                documented.statuses(ELASTIC_PATH));
        assertEquals(responseKeys(VANTAGE), documented.statuses(VANTAGE));
        assertEquals(responseKeys(ELASTIC_PATH), documented.statuses(ELASTIC_PATH));
    }

    static Stream<Arguments> everyDocumentedResponse() {
        List<Arguments> cases = new ArrayList<>();
        for (String operation : operationIds()) {
            for (String key : responseKeys(operation)) {
                cases.add(Arguments.of(operation, key));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDocumentedResponse")
    void eachStatusAnswersWithTheFirstNamedExampleOfItsResponse(String operation, String key) {
        int status = key.equals("default") ? 500 : Integer.parseInt(key);
        // A response without content (a 204) has no example: it is answered with no body.
        Map.Entry<String, JsonNode> first = examples(operation, key).isMissingNode()
                ? new java.util.AbstractMap.SimpleEntry<>(null, null)
                : firstExample(operation, key);

        DocumentedResponses.Answer answer = documented.answer(operation, status).orElseThrow();

        assertEquals(status, answer.status());
        assertEquals(first.getKey(), answer.example());
        assertEquals(first.getValue(), answer.body());
    }

    @Test
    void a401CarriesTheChallengeTheStubsOwn401SendsForATokenItRefused() {
        assertEquals(
                Map.of("WWW-Authenticate", "Bearer realm=\"vantage\", error=\"invalid_token\""),
                documented.answer(VANTAGE, 401).orElseThrow().headers());
        assertEquals(
                Map.of("WWW-Authenticate", "Bearer realm=\"elasticpath\", error=\"invalid_token\""),
                documented.answer(ELASTIC_PATH, 401).orElseThrow().headers());
        assertEquals(
                Map.of(), documented.answer(ELASTIC_PATH, 404).orElseThrow().headers());
    }

    @Test
    void aStatusNoResponseDocumentsHasNoAnswer() {
        assertTrue(documented.answer(VANTAGE, 409).isEmpty(), "Vantage documents no 409");
        assertTrue(documented.answer(VANTAGE, 503).isEmpty(), "Vantage has no default response");
        assertTrue(documented.answer(ELASTIC_PATH, 201).isEmpty(), "default stands for errors only");
        assertTrue(documented.answer(ELASTIC_PATH, 302).isEmpty(), "default stands for errors only");
    }

    @Test
    void theDefaultResponseAnswersAnyOtherErrorStatusSayingThatStatusInItsBody() {
        DocumentedResponses.Answer answer = documented.answer(ELASTIC_PATH, 503).orElseThrow();

        assertEquals(503, answer.status());
        assertEquals("503", answer.body().at("/errors/0/status").asText());
        assertEquals("Service Unavailable", answer.body().at("/errors/0/title").asText());
        assertEquals(
                firstExample(ELASTIC_PATH, "default").getValue().at("/errors/0/detail"),
                answer.body().at("/errors/0/detail"));
        assertEquals(
                "500",
                documented
                        .answer(ELASTIC_PATH, 500)
                        .orElseThrow()
                        .body()
                        .at("/errors/0/status")
                        .asText(),
                "the table's own example is not changed");
    }

    @Test
    void describeStatusesNamesThemAll() {
        assertEquals("200, 400, 401, 404, 406, 413, 415, 429 and 500", documented.describeStatuses(VANTAGE));
        assertEquals(
                "200, 400, 401, 404, 406, 409, 413, 415, 429 and default (any other 4xx or 5xx status)",
                documented.describeStatuses(ELASTIC_PATH));
    }

    @Test
    void preferredByCodeByExampleOrBoth() {
        assertEquals(
                "accountNotFound",
                documented.preferred(ELASTIC_PATH, "404", null).example());
        DocumentedResponses.Answer byName = documented.preferred(VANTAGE, null, "mspAccountWithBlankDetails");
        assertEquals(200, byName.status());
        assertEquals(example(VANTAGE, "200", "mspAccountWithBlankDetails"), byName.body());
        DocumentedResponses.Answer both = documented.preferred(VANTAGE, "200", "nonMspAccount");
        assertEquals(example(VANTAGE, "200", "nonMspAccount"), both.body());
        assertEquals(
                500,
                documented.preferred(ELASTIC_PATH, null, "internalServerError").status());
    }

    @Test
    void preferredRefusalsNameWhatIsDocumented() {
        String undocumented = assertThrows(
                        IllegalArgumentException.class, () -> documented.preferred(VANTAGE, "409", null))
                .getMessage();
        assertTrue(undocumented.contains("200, 400, 401, 404, 406, 413, 415, 429 and 500"), undocumented);
        String notANumber = assertThrows(
                        IllegalArgumentException.class, () -> documented.preferred(ELASTIC_PATH, "four-oh-four", null))
                .getMessage();
        assertTrue(notANumber.contains("four-oh-four") && notANumber.contains("409"), notANumber);
        String wrongExample = assertThrows(
                        IllegalArgumentException.class,
                        () -> documented.preferred(ELASTIC_PATH, "404", "documentedResponse"))
                .getMessage();
        assertTrue(wrongExample.contains("accountNotFound"), wrongExample);
        String unknownExample = assertThrows(
                        IllegalArgumentException.class, () -> documented.preferred(VANTAGE, null, "nope"))
                .getMessage();
        assertTrue(
                unknownExample.contains("'nope'")
                        && unknownExample.contains("documentedResponse")
                        && unknownExample.contains("internalServerError"),
                unknownExample);
    }

    @Test
    void anUnknownOperationIsRefusedNamingTheKnownOnes() {
        String message = assertThrows(IllegalArgumentException.class, () -> documented.statuses("patchAccount"))
                .getMessage();
        assertTrue(
                message.contains("patchAccount") && message.contains(VANTAGE) && message.contains("deleteAccount"),
                message);
        assertFalse(documented.knows("patchAccount"));
    }

    // The oracle: the spec as plain YAML, with the one kind of $ref the specs use for responses.

    private static JsonNode specFile(String file) {
        try (InputStream in = DocumentedResponsesTest.class.getResourceAsStream(file)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Every operation's YAML, in spec order: each file's paths in order, each path's methods in order.
    private static List<JsonNode> operations(JsonNode spec) {
        List<JsonNode> operations = new ArrayList<>();
        spec.get("paths")
                .forEach(path -> path.fields().forEachRemaining(entry -> {
                    if (entry.getValue().has("operationId")) {
                        operations.add(entry.getValue());
                    }
                }));
        return operations;
    }

    private static List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        for (String file : SPEC_FILES) {
            operations(specFile(file))
                    .forEach(op -> ids.add(op.get("operationId").asText()));
        }
        return ids;
    }

    private static JsonNode spec(String operation) {
        for (String file : SPEC_FILES) {
            JsonNode spec = specFile(file);
            if (operations(spec).stream()
                    .anyMatch(op -> op.get("operationId").asText().equals(operation))) {
                return spec;
            }
        }
        throw new IllegalArgumentException(operation);
    }

    private static JsonNode responses(String operation) {
        return operations(spec(operation)).stream()
                .filter(op -> op.get("operationId").asText().equals(operation))
                .findFirst()
                .orElseThrow()
                .get("responses");
    }

    private static List<String> responseKeys(String operation) {
        List<String> keys = new ArrayList<>();
        responses(operation).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static JsonNode examples(String operation, String key) {
        JsonNode response = responses(operation).get(key);
        if (response.has("$ref")) {
            String ref = response.get("$ref").asText();
            response = spec(operation).at("/components/responses/" + ref.substring(ref.lastIndexOf('/') + 1));
        }
        return response.at("/content/application~1json/examples");
    }

    private static Map.Entry<String, JsonNode> firstExample(String operation, String key) {
        Iterator<Map.Entry<String, JsonNode>> examples =
                examples(operation, key).fields();
        Map.Entry<String, JsonNode> first = examples.next();
        return Map.entry(first.getKey(), first.getValue().get("value"));
    }

    private static JsonNode example(String operation, String key, String name) {
        return examples(operation, key).get(name).get("value");
    }
}
