package io.accountcontracts.contract.programmed;

import static io.accountcontracts.contract.programmed.DocumentedExamples.ELASTIC_PATH;
import static io.accountcontracts.contract.programmed.DocumentedExamples.VANTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.programmed.Fault;
import io.accountcontracts.stub.programmed.NextResponse;
import io.accountcontracts.stub.programmed.ProgrammedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /__admin/next-responses} and the {@code Prefer} header: any documented response on demand, in
 * the vendor's shape and conforming to the spec (the extension validates every vendor exchange), with
 * no change to stored records; delays; a dropped connection. Driven over HTTP only, so it runs against
 * the jar as well ({@code -Dcontract.stubUrl}).
 */
class NextResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;
    private static final String RULES = "/__admin/next-responses";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    private static final ProgrammedCalls CALLS = new ProgrammedCalls(stub);

    @Test
    void aProgrammed409OnUpdateAccountComesOnceChangesNothingThenTheStubAnswersAsUsual() throws Exception {
        JsonNode before = stub.records();
        program("{\"operationId\":\"updateAccount\",\"status\":409,\"count\":1}");

        var conflict = assertThrows(
                io.accountcontracts.client.elasticpath.ApiException.class,
                () -> stub.elasticPath()
                        .updateAccount(ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("lost"))));

        assertEquals(409, conflict.getCode());
        assertEquals(DocumentedExamples.firstExample(ELASTIC_PATH, "409"), JSON.readTree(conflict.getResponseBody()));
        assertEquals(before, stub.records());
        assertEquals(
                "kept",
                stub.elasticPath()
                        .updateAccount(ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("kept")))
                        .getData()
                        .getName());
        assertEquals("kept", accountName(stub.records()));
    }

    @Test
    void aProgrammed404OnUpdateManagedAccountComesOnceThenTheStubAnswersAsUsual() throws Exception {
        JsonNode before = stub.records();
        program("{\"operationId\":\"updateManagedAccount\",\"status\":404}");

        var notFound = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> stub.vantage().updateManagedAccount(MANAGED, new UpdateManagedAccount().name("lost")));

        assertEquals(404, notFound.getCode());
        assertEquals(
                JSON.readTree("{\"errors\":[\"Managed Account not found\"]}"),
                JSON.readTree(notFound.getResponseBody()));
        assertEquals(before, stub.records());
        assertEquals(
                "kept",
                stub.vantage()
                        .updateManagedAccount(MANAGED, new UpdateManagedAccount().name("kept"))
                        .getName());
    }

    static Stream<Arguments> everyDocumentedStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (String operation : List.of(VANTAGE, ELASTIC_PATH)) {
            for (String key : DocumentedExamples.statuses(operation)) {
                cases.add(Arguments.of(operation, key));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDocumentedStatus")
    void everyDocumentedStatusOnDemandWithItsFirstExampleAndNoChange(String operation, String key) throws Exception {
        int status = key.equals("default") ? 500 : Integer.parseInt(key);
        JsonNode before = stub.records();
        program("{\"operationId\":\"" + operation + "\",\"status\":" + status + "}");

        HttpResponse<String> answer = update(operation, "programmed");

        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals(
                "application/json", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals(DocumentedExamples.firstExample(operation, key), JSON.readTree(answer.body()));
        if (status == 401) {
            String realm = operation.equals(VANTAGE) ? "vantage" : "elasticpath";
            assertEquals(
                    "Bearer realm=\"" + realm + "\", error=\"invalid_token\"",
                    answer.headers().firstValue("WWW-Authenticate").orElse(""));
        }
        assertEquals(before, stub.records());
        assertEquals(200, update(operation, "as usual").statusCode());
    }

    @Test
    void theDefaultResponseStandsForAnyOtherErrorStatusAndSaysWhichInItsBody() throws Exception {
        program("{\"operationId\":\"updateAccount\",\"status\":503}");

        HttpResponse<String> answer = update(ELASTIC_PATH, "x");

        assertEquals(503, answer.statusCode());
        JsonNode error = JSON.readTree(answer.body()).at("/errors/0");
        assertEquals("503", error.get("status").asText());
        assertEquals("Service Unavailable", error.get("title").asText());
    }

    @Test
    void aCountAppliesToThatManyRequestsCountingDownThenTheRuleIsGone() throws Exception {
        long id = program("{\"status\":500,\"count\":3}").get("id").asLong();

        for (int left = 2; left >= 0; left--) {
            assertEquals(
                    500,
                    update(left % 2 == 0 ? VANTAGE : ELASTIC_PATH, "failing").statusCode());
            JsonNode pending = pending();
            if (left > 0) {
                assertEquals(id, pending.at("/0/id").asLong());
                assertEquals(left, pending.at("/0/remaining").asInt());
            } else {
                assertEquals(0, pending.size(), pending.toString());
            }
        }
        assertEquals(200, update(ELASTIC_PATH, "back").statusCode());
    }

    @Test
    void aPersistentRuleHoldsUntilTheRulesAreCleared() throws Exception {
        program("{\"operationId\":\"updateManagedAccount\",\"status\":404,\"persistent\":true}");

        for (int i = 0; i < 4; i++) {
            assertEquals(404, update(VANTAGE, "n" + i).statusCode());
        }
        assertEquals(200, update(ELASTIC_PATH, "other operation").statusCode());
        assertEquals(1, pending().size());
        assertTrue(pending().at("/0/persistent").asBoolean());

        assertEquals(204, admin("DELETE", RULES, null).statusCode());

        assertEquals(200, update(VANTAGE, "cleared").statusCode());
    }

    @Test
    void rulesApplyInTheOrderTheyCameAndSkipOtherOperations() throws Exception {
        program("{\"operationId\":\"updateAccount\",\"status\":409}");
        program("{\"operationId\":\"updateManagedAccount\",\"status\":400}");
        program("{\"operationId\":\"updateAccount\",\"status\":404}");

        JsonNode listed = pending();
        assertEquals(
                List.of(409, 400, 404),
                List.of(
                        listed.at("/0/status").asInt(),
                        listed.at("/1/status").asInt(),
                        listed.at("/2/status").asInt()));
        assertEquals(400, update(VANTAGE, "x").statusCode());
        assertEquals(409, update(ELASTIC_PATH, "x").statusCode());
        assertEquals(404, update(ELASTIC_PATH, "x").statusCode());
        assertEquals(200, update(ELASTIC_PATH, "x").statusCode());
    }

    @Test
    void aDelayHoldsTheAnswerBackAndTheStubThenAnswersAsUsual() throws Exception {
        program("{\"operationId\":\"updateAccount\",\"delayMs\":400}");

        long start = System.nanoTime();
        HttpResponse<String> answer = update(ELASTIC_PATH, "slow");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(tookMs >= 400, "answered after " + tookMs + " ms");
        assertEquals(200, answer.statusCode());
        assertEquals("slow", accountName(stub.records()));
        start = System.nanoTime();
        update(ELASTIC_PATH, "fast");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 400, "the delay applied once");
    }

    @Test
    void aDelayWithAStatusDelaysTheProgrammedAnswer() throws Exception {
        program("{\"operationId\":\"updateManagedAccount\",\"status\":500,\"delayMs\":300}");

        long start = System.nanoTime();
        HttpResponse<String> answer = update(VANTAGE, "x");

        assertTrue((System.nanoTime() - start) / 1_000_000 >= 300);
        assertEquals(500, answer.statusCode());
    }

    @Test
    void anEmptyResponseGivesTheClientAnIoErrorChangesNothingAndTheNextRequestIsFine() throws Exception {
        JsonNode before = stub.records();
        program("{\"operationId\":\"updateAccount\",\"fault\":\"EMPTY_RESPONSE\"}");

        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> update(ELASTIC_PATH, "dropped"));

        assertTrue(failure.getCause() instanceof IOException);
        assertEquals(before, stub.records());
        assertEquals(200, update(ELASTIC_PATH, "fine").statusCode());
    }

    @Test
    void anEmptyResponseSendsNotOneByte() throws Exception {
        program("{\"operationId\":\"updateManagedAccount\",\"fault\":\"EMPTY_RESPONSE\"}");
        byte[] body = "{\"name\":\"dropped\"}".getBytes(StandardCharsets.UTF_8);
        String request = "PUT /v2/managed_accounts/" + MANAGED + " HTTP/1.1\r\nHost: "
                + stub.baseUri().getAuthority()
                + "\r\nAuthorization: " + AUTH + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n";

        byte[] received;
        try (Socket socket = new Socket(stub.baseUri().getHost(), stub.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            received = in.readAllBytes();
        }

        assertEquals("", new String(received, StandardCharsets.ISO_8859_1));
        assertEquals(200, update(VANTAGE, "fine").statusCode());
    }

    /**
     * Worth knowing: HttpURLConnection, which the generated clients send through, quietly sends a request
     * again when the connection closes before any answer, so a single dropped answer never reaches them.
     * Dropping two does; the journal shows both attempts.
     */
    @Test
    void theGeneratedClientsRetryOnceSoTheySeeAnEmptyResponseOnlyWhenTwoAreDropped() throws Exception {
        program("{\"operationId\":\"updateAccount\",\"fault\":\"EMPTY_RESPONSE\"}");
        assertEquals(
                200,
                stub.elasticPath()
                        .updateAccountWithHttpInfo(
                                ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("retried")))
                        .getStatusCode());
        assertEquals(0, pending().size());
        assertEquals(204, admin("DELETE", "/__admin/journal", null).statusCode());

        program("{\"operationId\":\"updateAccount\",\"fault\":\"EMPTY_RESPONSE\",\"count\":2}");
        Exception failure = assertThrows(
                Exception.class,
                () -> stub.elasticPath()
                        .updateAccount(
                                ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("dropped twice"))));

        assertTrue(causes(failure).stream().anyMatch(IOException.class::isInstance), failure.toString());
        assertEquals("retried", accountName(stub.records()));
        JsonNode journal = journal();
        assertEquals(2, journal.size(), journal.toString());
        for (JsonNode entry : journal) {
            assertEquals(0, entry.get("status").asInt());
            assertEquals("EMPTY_RESPONSE", entry.at("/programmed/fault").asText());
        }
    }

    @Test
    void preferCode404AnswersTheDocumented404AndChangesNothing() throws Exception {
        JsonNode before = stub.records();

        HttpResponse<String> answer = update(ELASTIC_PATH, "x", "Prefer", "code=404");

        assertEquals(404, answer.statusCode());
        assertEquals(DocumentedExamples.firstExample(ELASTIC_PATH, "404"), JSON.readTree(answer.body()));
        assertEquals(before, stub.records());
        assertEquals(200, update(ELASTIC_PATH, "x").statusCode(), "a Prefer header applies to its own request only");
    }

    @Test
    void preferExamplePicksANamedExampleWithOrWithoutACode() throws Exception {
        HttpResponse<String> byName = update(VANTAGE, "x", "Prefer", "example=mspAccountWithBlankDetails");
        HttpResponse<String> both = update(VANTAGE, "x", "Prefer", "code=200, example=nonMspAccount");

        assertEquals(200, byName.statusCode());
        assertEquals(
                DocumentedExamples.example(VANTAGE, "200", "mspAccountWithBlankDetails"), JSON.readTree(byName.body()));
        assertEquals(DocumentedExamples.example(VANTAGE, "200", "nonMspAccount"), JSON.readTree(both.body()));
        assertEquals("New Name", stub.records().at("/managed_accounts/0/name").asText());
    }

    @Test
    void preferAnUndocumentedCodeGetsTheVendors400NamingTheDocumentedStatuses() throws Exception {
        HttpResponse<String> answer = update(VANTAGE, "x", "Prefer", "code=409");

        assertEquals(400, answer.statusCode());
        String message = JSON.readTree(answer.body()).at("/errors/0").asText();
        assertTrue(
                message.contains("409") && message.contains("200, 400, 401, 404, 406, 413, 415, 429 and 500"), message);
    }

    @Test
    void preferWithoutCodeOrExampleIsIgnored() throws Exception {
        HttpResponse<String> answer = update(ELASTIC_PATH, "minimal", "Prefer", "return=minimal");

        assertEquals(200, answer.statusCode());
        assertEquals("minimal", accountName(stub.records()));
    }

    @Test
    void aRequestThatBreaksTheContractGetsItsRefusalAndUsesUpNoRule() throws Exception {
        program("{\"operationId\":\"updateAccount\",\"status\":409}");

        HttpResponse<String> invalid = stub.raw()
                .put(
                        "/v2/accounts/" + ACCOUNT,
                        "{\"data\":{\"name\":7}}",
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
        stub.expectRequestViolation("validation.request.body.schema.type");
        HttpResponse<String> unauthenticated = stub.raw()
                .put("/v2/accounts/" + ACCOUNT, "{\"data\":{\"name\":\"x\"}}", "Content-Type", "application/json");
        stub.expectRequestViolation("validation.request.security.missing");
        HttpResponse<String> preferredButInvalid = stub.raw()
                .put(
                        "/v2/accounts/" + ACCOUNT,
                        "{\"data\":{\"name\":\"\"}}",
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json",
                        "Prefer",
                        "code=200");
        stub.expectRequestViolation("validation.request.body.schema.minLength");

        assertEquals(400, invalid.statusCode());
        assertEquals(401, unauthenticated.statusCode());
        assertEquals(400, preferredButInvalid.statusCode());
        assertEquals(1, pending().size());
        assertEquals(409, update(ELASTIC_PATH, "x").statusCode());
    }

    @Test
    void theJournalMarksProgrammedAnswersAndNamesEachOperation() throws Exception {
        long id = program("{\"operationId\":\"updateAccount\",\"status\":409,\"delayMs\":10}")
                .get("id")
                .asLong();
        update(ELASTIC_PATH, "ruled");
        update(ELASTIC_PATH, "preferred", "Prefer", "code=404");
        update(VANTAGE, "plain");

        JsonNode entries = journal();

        assertEquals(3, entries.size(), entries.toString());
        assertEquals("updateAccount", entries.at("/0/operationId").asText());
        assertEquals(409, entries.at("/0/status").asInt());
        assertEquals("valid", entries.at("/0/verdict").asText());
        assertEquals(
                JSON.readTree("{\"by\":\"next-responses\",\"id\":" + id
                        + ",\"status\":409,\"example\":\"duplicateRegistrationId\",\"delayMs\":10}"),
                entries.at("/0/programmed"));
        assertEquals(
                JSON.readTree("{\"by\":\"prefer-header\",\"status\":404,\"example\":\"accountNotFound\"}"),
                entries.at("/1/programmed"));
        assertEquals("updateManagedAccount", entries.at("/2/operationId").asText());
        assertFalse(entries.get(2).has("programmed"), entries.get(2).toString());
    }

    @Test
    void theJournalShowsNoStatusForADroppedAnswerAndNullForNoOperation() throws Exception {
        program("{\"fault\":\"EMPTY_RESPONSE\"}");
        assertThrows(UncheckedIOException.class, () -> update(VANTAGE, "dropped"));
        stub.raw().send("PATCH", "/v2/accounts/" + ACCOUNT, null, "Authorization", AUTH);
        stub.expectOutsideSpec();

        JsonNode entries = journal();

        assertEquals(0, entries.at("/0/status").asInt());
        assertEquals("EMPTY_RESPONSE", entries.at("/0/programmed/fault").asText());
        assertTrue(
                entries.get(1).has("operationId")
                        && entries.get(1).get("operationId").isNull(),
                entries.toString());
    }

    @Test
    void getListsThePendingRulesInOrderAndResetClearsThem() throws Exception {
        JsonNode first = program("{\"operationId\":\"updateAccount\",\"status\":409,\"count\":2}");
        JsonNode second = program("{\"delayMs\":5,\"persistent\":true}");

        JsonNode listed = pending();

        assertEquals(
                JSON.readTree("{\"id\":" + first.get("id") + ",\"operationId\":\"updateAccount\",\"status\":409,"
                        + "\"remaining\":2,\"persistent\":false}"),
                listed.get(0));
        assertEquals(
                JSON.readTree("{\"id\":" + second.get("id") + ",\"delayMs\":5,\"persistent\":true}"), listed.get(1));
        assertEquals(first, listed.get(0));

        assertEquals(204, admin("POST", "/__admin/reset", null).statusCode());

        assertEquals(0, pending().size());
        assertEquals(200, update(ELASTIC_PATH, "x").statusCode());
    }

    @Test
    void theRulesNeedTheToken() {
        for (String method : List.of("GET", "POST", "DELETE")) {
            assertEquals(
                    401,
                    stub.raw()
                            .send(
                                    method,
                                    RULES,
                                    method.equals("POST") ? "{\"status\":500}".getBytes(StandardCharsets.UTF_8) : null)
                            .statusCode(),
                    method);
        }
        assertEquals(0, pending().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "not JSON                   | {status: 409}                                                   | not valid JSON",
                "JSON but no object         | [1]                                                             | JSON object",
                "empty                      | ``                                                              | empty",
                "unknown field              | {\"status\":500,\"colour\":\"red\"}                            | 'colour'",
                "unknown operation          | {\"operationId\":\"patchAccount\",\"status\":500}              | 'patchAccount'; updateManagedAccount, deleteManagedAccount",
                "operationId not a string   | {\"operationId\":7,\"status\":500}                             | 'operationId'",
                "status undocumented        | {\"operationId\":\"updateManagedAccount\",\"status\":409}      | 409; 200, 400, 401, 404, 406, 413, 415, 429 and 500",
                "status for any, not all    | {\"status\":409}                                                | every operation; listManagedAccounts documents 200, 400",
                "status not a number        | {\"operationId\":\"updateAccount\",\"status\":\"409\"}         | 'status'",
                "status not HTTP            | {\"operationId\":\"updateAccount\",\"status\":1000}            | 1000; default (any other 4xx or 5xx status)",
                "status with fault          | {\"operationId\":\"updateAccount\",\"status\":409,\"fault\":\"EMPTY_RESPONSE\"} | 'status' and 'fault'",
                "count zero                 | {\"status\":500,\"count\":0}                                   | 'count'; from 1",
                "count negative             | {\"status\":500,\"count\":-3}                                  | 'count'; from 1",
                "count fraction             | {\"status\":500,\"count\":1.5}                                 | 'count'; whole number",
                "count text                 | {\"status\":500,\"count\":\"2\"}                               | 'count'; whole number",
                "count huge                 | {\"status\":500,\"count\":99999999999}                         | 'count'; 2147483647",
                "count with persistent      | {\"status\":500,\"count\":2,\"persistent\":true}              | 'count' and 'persistent'",
                "persistent not boolean     | {\"status\":500,\"persistent\":\"yes\"}                        | 'persistent'",
                "delay negative             | {\"delayMs\":-1}                                                | 'delayMs'; from 0 to 600000",
                "delay too long             | {\"delayMs\":600001}                                            | 'delayMs'; from 0 to 600000",
                "delay beyond a long        | {\"delayMs\":123456789012345678901234567890}                   | 'delayMs'",
                "unknown fault              | {\"fault\":\"TIMEOUT\"}                                         | 'TIMEOUT'; EMPTY_RESPONSE; CONNECTION_RESET; TRUNCATED_BODY",
                "reset with status          | {\"status\":500,\"fault\":\"CONNECTION_RESET\"}                   | 'status' and 'fault' CONNECTION_RESET; Only TRUNCATED_BODY",
                "nothing to do              | {\"operationId\":\"updateAccount\",\"count\":2}                | none of 'status', 'body', 'headers', 'delayMs', 'delay', 'dribble' and 'fault'"
            })
    void aBadRuleIsRefusedWith400NamingTheFieldAndChangesNothing(String what, String body, String fragments)
            throws Exception {
        program("{\"operationId\":\"updateAccount\",\"status\":404}");
        JsonNode before = pending();

        HttpResponse<String> refused = admin("POST", RULES, body);

        assertEquals(400, refused.statusCode(), what + ": " + refused.body());
        assertEquals(
                "application/json", refused.headers().firstValue("Content-Type").orElse(""));
        JsonNode error = JSON.readTree(refused.body()).at("/errors/0");
        assertEquals("400", error.get("status").asText());
        String detail = error.get("detail").asText();
        for (String fragment : fragments.split("; ")) {
            assertTrue(detail.contains(fragment.strip()), what + ": '" + fragment + "' is not in: " + detail);
        }
        assertFalse(
                detail.matches("(?s).*([a-z]+\\.){2,}[A-Za-z]+.*|.*Exception.*|.*(Jackson|Jersey|JDK|java).*"),
                "names something of the stub's insides: " + detail);
        assertEquals(before, pending());
        assertEquals(404, update(ELASTIC_PATH, "x").statusCode());
        assertEquals(200, update(ELASTIC_PATH, "x").statusCode());
    }

    @Test
    void theJavaApiInstallsTheSameRules() throws Exception {
        StubServer server = stub.server();
        assertEquals(DocumentedExamples.statuses(ELASTIC_PATH), server.documentedStatuses(ELASTIC_PATH));
        assertEquals(DocumentedExamples.statuses(VANTAGE), server.documentedStatuses(VANTAGE));

        NextResponse next = server.nextResponse(ELASTIC_PATH).status(409).times(2);

        assertEquals(
                List.of(new ProgrammedResponse(next.id(), ELASTIC_PATH, 409, 0, null, 2, false)),
                server.pendingResponses());
        assertEquals(409, update(ELASTIC_PATH, "x").statusCode());
        next.status(404);
        assertEquals(404, update(ELASTIC_PATH, "x").statusCode());
        assertEquals(404, update(ELASTIC_PATH, "x").statusCode());
        assertEquals(200, update(ELASTIC_PATH, "x").statusCode());

        String refused = assertThrows(
                        IllegalArgumentException.class,
                        () -> server.nextResponse(VANTAGE).status(409))
                .getMessage();
        assertTrue(refused.contains("200, 400, 401, 404, 406, 413, 415, 429 and 500"), refused);
        assertThrows(IllegalArgumentException.class, () -> server.nextResponse("patchAccount"));
        assertThrows(
                IllegalArgumentException.class,
                () -> server.nextResponse(null).status(500).fault(Fault.CONNECTION_RESET));
        server.nextResponse(null).status(500);
        server.clearPendingResponses();
        assertEquals(List.of(), server.pendingResponses());
        server.nextResponse(VANTAGE).delay(Duration.ofMillis(1)).persistent();
        server.reset();
        assertEquals(List.of(), server.pendingResponses());
    }

    // --- helpers ---

    private static HttpResponse<String> update(String operation, String name, String... headers) {
        return operation.equals(VANTAGE)
                ? CALLS.updateManagedAccount(MANAGED, name, headers)
                : CALLS.updateAccount(ACCOUNT, name, headers);
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        return CALLS.admin(method, path, body);
    }

    /** Installs a rule, which must be accepted, and returns it as the stub answered. */
    private static JsonNode program(String rule) {
        return CALLS.program(rule);
    }

    private static JsonNode pending() {
        return CALLS.pending();
    }

    private static JsonNode journal() {
        return CALLS.journal();
    }

    private static String accountName(JsonNode records) {
        for (JsonNode account : records.get("accounts")) {
            if (account.get("id").asText().equals(ACCOUNT)) {
                return account.get("name").asText();
            }
        }
        throw new AssertionError("no account " + ACCOUNT + " in " + records);
    }

    private static List<Throwable> causes(Throwable failure) {
        return ProgrammedCalls.causes(failure);
    }
}
