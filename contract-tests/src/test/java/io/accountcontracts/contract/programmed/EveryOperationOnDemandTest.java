package io.accountcontracts.contract.programmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programmed answers and {@code Prefer} cover every operation of both specs alike, with no special case: each
 * documented status of each operation on demand, with its first named example (or no body, for a 204), changing
 * nothing, and then the stub answers as usual. Driven over HTTP only.
 */
class EveryOperationOnDemandTest {

    private static final String MANAGED = ProgrammedCalls.MANAGED;
    private static final String ACCOUNT = ProgrammedCalls.ACCOUNT;
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;

    // A valid request of each operation, and the status it gets when nothing is programmed.
    private record Call(String method, String path, String body, int usual) {}

    private static final Map<String, Call> CALLS = Map.of(
            "listManagedAccounts", new Call("GET", "/v2/managed_accounts", null, 200),
            "createManagedAccount",
                    new Call(
                            "POST",
                            "/v2/managed_accounts",
                            "{\"name\":\"On demand\",\"contact_email\":\"ops@acme.example\"}",
                            201),
            "getManagedAccount", new Call("GET", "/v2/managed_accounts/" + MANAGED, null, 200),
            "updateManagedAccount", new Call("PUT", "/v2/managed_accounts/" + MANAGED, "{\"name\":\"x\"}", 200),
            "deleteManagedAccount", new Call("DELETE", "/v2/managed_accounts/" + MANAGED, null, 204),
            "listAccounts", new Call("GET", "/v2/accounts", null, 200),
            "createAccount",
                    new Call("POST", "/v2/accounts", "{\"data\":{\"type\":\"account\",\"name\":\"On demand\"}}", 201),
            "getAccount", new Call("GET", "/v2/accounts/" + ACCOUNT, null, 200),
            "updateAccount", new Call("PUT", "/v2/accounts/" + ACCOUNT, "{\"data\":{\"name\":\"x\"}}", 200),
            "deleteAccount", new Call("DELETE", "/v2/accounts/" + ACCOUNT, null, 204));

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    private static final ProgrammedCalls PROGRAMMED = new ProgrammedCalls(stub);

    static Stream<Arguments> everyDocumentedStatusOfEveryOperation() {
        List<Arguments> cases = new ArrayList<>();
        for (String operation : DocumentedExamples.operationIds()) {
            for (String key : DocumentedExamples.statuses(operation)) {
                cases.add(Arguments.of(operation, key));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDocumentedStatusOfEveryOperation")
    void aProgrammedStatusAnswersWithItsFirstExampleChangesNothingThenTheStubAnswersAsUsual(
            String operation, String key) throws Exception {
        int status = key.equals("default") ? 500 : Integer.parseInt(key);
        JsonNode before = stub.records();
        PROGRAMMED.program("{\"operationId\":\"" + operation + "\",\"status\":" + status + "}");

        HttpResponse<String> answer = call(operation);

        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue(ProgrammedCalls.MARK).isPresent(), "not marked as programmed");
        assertDocumentedBody(operation, key, answer);
        assertEquals(before, stub.records());
        assertEquals(CALLS.get(operation).usual(), call(operation).statusCode());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDocumentedStatusOfEveryOperation")
    void preferWithADocumentedCodeAnswersItOnThatRequestOnly(String operation, String key) throws Exception {
        int status = key.equals("default") ? 500 : Integer.parseInt(key);
        JsonNode before = stub.records();

        HttpResponse<String> answer = call(operation, "Prefer", "code=" + status);

        assertEquals(status, answer.statusCode(), answer.body());
        assertDocumentedBody(operation, key, answer);
        assertEquals(before, stub.records());
        assertEquals(CALLS.get(operation).usual(), call(operation).statusCode());
    }

    private static void assertDocumentedBody(String operation, String key, HttpResponse<String> answer)
            throws Exception {
        if (DocumentedExamples.hasBody(operation, key)) {
            assertEquals(DocumentedExamples.firstExample(operation, key), ProgrammedCalls.JSON.readTree(answer.body()));
        } else {
            assertTrue(answer.body().isEmpty(), answer.body());
        }
    }

    // The cases come from the specs' operations, so an operation missing here fails its cases by name.
    private static HttpResponse<String> call(String operation, String... headers) {
        Call call = java.util.Objects.requireNonNull(CALLS.get(operation), "no request for " + operation);
        List<String> pairs = new ArrayList<>(List.of("Authorization", AUTH));
        if (call.body() != null) {
            pairs.addAll(List.of("Content-Type", "application/json"));
        }
        pairs.addAll(List.of(headers));
        byte[] body = call.body() == null ? null : call.body().getBytes(StandardCharsets.UTF_8);
        return stub.raw().send(call.method(), call.path(), body, pairs.toArray(String[]::new));
    }
}
