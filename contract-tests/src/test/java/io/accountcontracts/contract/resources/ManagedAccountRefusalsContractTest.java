package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.model.CreateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error answers the spec documents for Vantage's list, get, create and delete, each given by the stub on its
 * own (nothing programmed), in Vantage's error shape, and none changing a stored record: 401 without an accepted
 * token, 406 for an Accept without JSON, 400 for a malformed Accept, and on the create 413 and 415.
 */
class ManagedAccountRefusalsContractTest {

    private static final String SEEDED = "acct_dd2fdf6564b60319";
    private static final String COLLECTION = "/v2/managed_accounts";
    private static final String MEMBER = COLLECTION + "/" + SEEDED;
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;
    private static final String JSON_TYPE = "application/json";
    private static final String CREATE_BODY = "{\"name\":\"Acme Europe\",\"contact_email\":\"ops@acme.example\"}";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    /** One of the four new operations, as raw HTTP: its method, path and a body it takes (null for none). */
    record Operation(String name, String method, String path, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Operation> operations() {
        return Stream.of(
                new Operation("listManagedAccounts", "GET", COLLECTION + "?limit=10&page=1", null),
                new Operation("getManagedAccount", "GET", MEMBER, null),
                new Operation("createManagedAccount", "POST", COLLECTION, CREATE_BODY),
                new Operation("deleteManagedAccount", "DELETE", MEMBER, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void noTokenGets401WithTheBearerChallengeAndChangesNothing(Operation op) throws Exception {
        String before = stub.records().toString();

        HttpResponse<String> answer = send(op, withBody(op, List.of()));
        stub.expectRequestViolation("validation.request.security.missing");

        assertEquals(401, answer.statusCode(), answer.body());
        assertEquals(
                "Bearer realm=\"vantage\"",
                answer.headers().firstValue("WWW-Authenticate").orElse(null));
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(before, stub.records().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void tokenNotAcceptedGets401AndChangesNothing(Operation op) throws Exception {
        String before = stub.records().toString();

        HttpResponse<String> answer = send(op, withBody(op, List.of("Authorization", "Bearer not-the-token")));

        assertEquals(401, answer.statusCode(), answer.body());
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(before, stub.records().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void acceptWithoutJsonGets406InJsonAndChangesNothing(Operation op) throws Exception {
        String before = stub.records().toString();

        HttpResponse<String> answer = send(op, withBody(op, List.of("Authorization", AUTH, "Accept", "text/html")));
        stub.expectRequestViolation("validation.request.accept.notAllowed");

        assertEquals(406, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(JSON_TYPE));
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(before, stub.records().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void malformedAcceptGets400NamingTheHeaderAndChangesNothing(Operation op) throws Exception {
        String before = stub.records().toString();

        HttpResponse<String> answer = send(op, withBody(op, List.of("Authorization", AUTH, "Accept", "a/b;q=x")));
        stub.expectRequestBrokenBelowTheSchema();

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(
                String.join(" ", ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body()))
                        .contains("Accept header"),
                answer.body());
        assertEquals(before, stub.records().toString());
    }

    @Test
    void noTokenThroughTheGeneratedClientGets401() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.vantage(null)
                        .createManagedAccount(
                                new CreateManagedAccount().name("Intruder").contactEmail("i@x.example")));
        stub.expectRequestViolation("validation.request.security.missing");

        assertEquals(401, error.getCode());
        assertEquals(List.of(SEEDED), tokens());
    }

    @Test
    void createBodyOver1MiBGets413AndStoresNothing() throws Exception {
        String body = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\",\"contact_email\":\"ops@acme.example\"}";

        HttpResponse<String> answer = stub.raw()
                .send(
                        "POST",
                        COLLECTION,
                        body.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        JSON_TYPE);
        stub.expectRequestBrokenBelowTheSchema();

        assertEquals(413, answer.statusCode(), answer.body());
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(List.of(SEEDED), tokens());
    }

    @Test
    void createAsTextGets415AndStoresNothing() throws Exception {
        HttpResponse<String> answer = stub.raw()
                .send(
                        "POST",
                        COLLECTION,
                        CREATE_BODY.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "text/plain");
        stub.expectRequestViolation("validation.request.contentType.notAllowed");

        assertEquals(415, answer.statusCode(), answer.body());
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(List.of(SEEDED), tokens());
    }

    @Test
    void createWithoutContentTypeGets415AndStoresNothing() throws Exception {
        HttpResponse<String> answer = stub.raw()
                .send("POST", COLLECTION, CREATE_BODY.getBytes(StandardCharsets.UTF_8), "Authorization", AUTH);

        assertEquals(415, answer.statusCode(), answer.body());
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(List.of(SEEDED), tokens());
    }

    @Test
    void createWithoutBodyGets400AndStoresNothing() throws Exception {
        HttpResponse<String> answer =
                stub.raw().send("POST", COLLECTION, new byte[0], "Authorization", AUTH, "Content-Type", JSON_TYPE);
        stub.expectRequestViolation("validation.request.body.missing");

        assertEquals(400, answer.statusCode(), answer.body());
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(List.of(SEEDED), tokens());
    }

    @Test
    void createWithMalformedJsonGets400AndStoresNothing() throws Exception {
        HttpResponse<String> answer = stub.raw()
                .send(
                        "POST",
                        COLLECTION,
                        "{\"name\":".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        JSON_TYPE);
        stub.expectRequestViolation("validation.request.body.schema.invalidJson");

        assertEquals(400, answer.statusCode(), answer.body());
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(List.of(SEEDED), tokens());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDeleteBodies")
    void deleteWithMalformedBodyGets400AndDeletesNothing(String name, byte[] body, String contentType)
            throws Exception {
        assertDeleteRefusedWith400(body, contentType);
    }

    /**
     * The delete documents no 413 and no 415: a body it does not take is a 400 (the spec: "Any other body is
     * refused with 400"), whatever its type or size, and the account stays.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("deleteBodiesOfAnotherTypeOrSize")
    void deleteWithABodyOfAnotherTypeOrSizeGets400AndDeletesNothing(String name, byte[] body, String contentType)
            throws Exception {
        assertDeleteRefusedWith400(body, contentType);
    }

    private static void assertDeleteRefusedWith400(byte[] body, String contentType) throws Exception {
        HttpResponse<String> answer =
                stub.raw().send("DELETE", MEMBER, body, "Authorization", AUTH, "Content-Type", contentType);
        stub.expectRequestBrokenBelowTheSchema();

        assertEquals(400, answer.statusCode(), answer.body());
        ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(List.of(SEEDED), tokens());
    }

    static Stream<Arguments> malformedDeleteBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{".getBytes(StandardCharsets.UTF_8), JSON_TYPE),
                Arguments.of("{} and more", "{} {}".getBytes(StandardCharsets.UTF_8), JSON_TYPE));
    }

    static Stream<Arguments> deleteBodiesOfAnotherTypeOrSize() {
        return Stream.of(
                Arguments.of("{} as text/plain", "{}".getBytes(StandardCharsets.UTF_8), "text/plain"),
                Arguments.of(
                        "an object of 2 MiB",
                        ("{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                        JSON_TYPE));
    }

    private static List<String> withBody(Operation op, List<String> headers) {
        List<String> all = new ArrayList<>(headers);
        if (op.body() != null) {
            all.addAll(List.of("Content-Type", JSON_TYPE));
        }
        return all;
    }

    private static HttpResponse<String> send(Operation op, List<String> headers) {
        return stub.raw()
                .send(
                        op.method(),
                        op.path(),
                        op.body() == null ? null : op.body().getBytes(StandardCharsets.UTF_8),
                        headers.toArray(String[]::new));
    }

    private static List<String> tokens() throws ApiException {
        return stub.vantage().listManagedAccounts(1, 1000).getManagedAccounts().stream()
                .map(account -> account.getToken())
                .toList();
    }
}
