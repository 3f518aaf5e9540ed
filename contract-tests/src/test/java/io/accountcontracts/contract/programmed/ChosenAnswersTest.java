package io.accountcontracts.contract.programmed;

import static io.accountcontracts.contract.programmed.ProgrammedCalls.ACCOUNT;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.MANAGED;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.MARK;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.RULES;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.stub.StubServer;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Programmed answers with a body and headers the test chooses, held to the spec: what the status's schema
 * accepts and the headers it documents are sent as chosen; anything else is refused when the rule is made,
 * naming each problem. Every exchange is checked against the spec (and the stub runs with strict responses).
 */
class ChosenAnswersTest {

    private static final String CONFLICT =
            "{\"errors\":[{\"status\":\"409\",\"title\":\"Conflict\"," + "\"detail\":\"Write conflict detected\"}]}";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    private final ProgrammedCalls calls = new ProgrammedCalls(stub);

    @Test
    void aChosen409BodyComesBackAsChosenOnceAndChangesNothing() throws Exception {
        JsonNode before = stub.records();
        JsonNode rule = calls.program("{\"operationId\":\"updateAccount\",\"status\":409,\"body\":" + CONFLICT + "}");

        assertEquals(json(CONFLICT), rule.get("body"));
        assertEquals(json(CONFLICT), calls.pending().at("/0/body"));

        HttpResponse<String> answer = calls.updateAccount(ACCOUNT, "lost");

        assertEquals(409, answer.statusCode());
        assertEquals(
                "Write conflict detected",
                json(answer.body()).at("/errors/0/detail").asText());
        assertEquals(json(CONFLICT), json(answer.body()));
        assertEquals("next-responses", answer.headers().firstValue(MARK).orElse(""));
        assertEquals(before, stub.records());
        assertEquals(200, calls.updateAccount(ACCOUNT, "kept").statusCode());
        JsonNode programmed = calls.journal().at("/0/programmed");
        assertEquals("chosen", programmed.get("body").asText(), programmed.toString());
        assertFalse(programmed.has("example"), programmed.toString());
    }

    @Test
    void aChosenHeaderIsSentAndReplacesTheDocumentedOne() {
        String challenge = "Bearer realm=\"elasticpath\", error=\"invalid_token\", error_description=\"expired\"";
        calls.program("{\"operationId\":\"updateAccount\",\"status\":401,\"headers\":{\"www-authenticate\":"
                + quoted(challenge) + "}}");
        calls.program("{\"operationId\":\"updateManagedAccount\",\"headers\":{\"X-Rate-Limit-Remaining\":\"0\"}}");
        // Pending, each under the spec's spelling of its name.
        assertEquals(
                json("{\"WWW-Authenticate\":" + quoted(challenge) + "}"),
                calls.pending().at("/0/headers"));
        assertEquals(json("{\"x-rate-limit-remaining\":\"0\"}"), calls.pending().at("/1/headers"));

        HttpResponse<String> unauthorized = calls.updateAccount(ACCOUNT, "x");
        HttpResponse<String> ok = calls.updateManagedAccount(MANAGED, "x");

        assertEquals(401, unauthorized.statusCode());
        assertEquals(List.of(challenge), unauthorized.headers().allValues("WWW-Authenticate"));
        assertEquals(200, ok.statusCode());
        assertEquals("0", ok.headers().firstValue("x-rate-limit-remaining").orElse(""));
        assertEquals(
                "WWW-Authenticate",
                calls.journal().at("/0/programmed/headers/0").asText());
    }

    @Test
    void aBodyWithoutAStatusIsTheSuccessAnswer() throws Exception {
        String account = "{\"data\":{\"id\":\"" + ACCOUNT + "\",\"type\":\"account\",\"name\":\"Chosen Ltd\"}}";
        JsonNode rule = calls.program("{\"operationId\":\"updateAccount\",\"body\":" + account + "}");

        HttpResponse<String> answer = calls.updateAccount(ACCOUNT, "sent");

        assertEquals(200, rule.get("status").asInt(), rule.toString());
        assertEquals(200, answer.statusCode());
        assertEquals(json(account), json(answer.body()));
        assertEquals("acc-name", stub.records().at("/accounts/0/name").asText(), "a programmed answer stores nothing");
    }

    @Test
    void aChosenBodyIsDribbledAsAnyAnswer() {
        calls.program("{\"operationId\":\"updateAccount\",\"status\":409,\"body\":" + CONFLICT
                + ",\"dribble\":{\"chunks\":3,\"durationMs\":300}}");

        long start = System.nanoTime();
        HttpResponse<String> answer = calls.updateAccount(ACCOUNT, "x");
        long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        // Three chunks over 300 ms: two waits between them.
        assertTrue(tookMs >= 190, "answered in " + tookMs + " ms");
        assertEquals(json(CONFLICT), json(answer.body()));
    }

    @Test
    void aTruncatedChosenBodySendsItsFullLengthAndHalfOfIt() throws Exception {
        calls.program("{\"operationId\":\"updateAccount\",\"status\":409,\"fault\":\"TRUNCATED_BODY\",\"body\":"
                + CONFLICT + "}");
        String body = "{\"data\":{\"name\":\"cut\"}}";
        String request = "PUT /v2/accounts/" + ACCOUNT + " HTTP/1.1\r\nHost: "
                + stub.baseUri().getAuthority()
                + "\r\nAuthorization: Bearer " + ContractStub.TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;

        String answer;
        try (Socket socket = new Socket(stub.baseUri().getHost(), stub.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }

        assertTrue(answer.startsWith("HTTP/1.1 409 "), answer);
        String whole = json(CONFLICT).toString();
        assertTrue(answer.contains("\r\nContent-Length: " + whole.length() + "\r\n"), answer);
        assertTrue(answer.endsWith("\r\n\r\n" + whole.substring(0, whole.length() / 2)), answer);
    }

    @Test
    void aBodyThatBreaksTheSchemaIsRefusedNamingEachViolation() {
        HttpResponse<String> one = calls.admin(
                "POST",
                RULES,
                "{\"operationId\":\"updateAccount\",\"status\":409,\"body\":{\"errors\":\"Write conflict\"}}");
        HttpResponse<String> several = calls.admin(
                "POST",
                RULES,
                "{\"operationId\":\"updateAccount\",\"status\":409,"
                        + "\"body\":{\"errors\":[{\"status\":409,\"detail\":\"Write conflict\"}]}}");

        assertRefused(one, "409", "'body': /errors must be an array, not a string");
        assertRefused(
                several,
                "'body': /errors/0 must have the field \"title\"",
                "'body': /errors/0/status must be a string, not an integer");
        assertEquals(0, calls.pending().size());
        assertEquals(200, calls.updateAccount(ACCOUNT, "x").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "undocumented header   | {\"operationId\":\"updateAccount\",\"status\":409,\"headers\":{\"X-Foo\":\"1\"}}  | 'X-Foo'; updateAccount's 409; documents none",
                "header for other code | {\"operationId\":\"updateManagedAccount\",\"headers\":{\"WWW-Authenticate\":\"x\"}} | 'WWW-Authenticate'; x-rate-limit-limit, x-rate-limit-remaining and x-rate-limit-reset",
                "content type          | {\"operationId\":\"updateAccount\",\"headers\":{\"content-type\":\"text/plain\"}} | Content-Type; application/json",
                "header breaks schema  | {\"operationId\":\"updateManagedAccount\",\"headers\":{\"x-rate-limit-reset\":\"soon\"}} | 'headers': x-rate-limit-reset must be an integer, not a string",
                "header not a string   | {\"operationId\":\"updateManagedAccount\",\"headers\":{\"x-rate-limit-reset\":5}} | 'headers'; 'x-rate-limit-reset' must be a string",
                "headers not an object | {\"operationId\":\"updateAccount\",\"headers\":[\"X-Foo\"]}                   | 'headers' must be an object",
                "body without operation| {\"status\":500,\"body\":{\"errors\":[]}}                                       | need an operationId",
                "headers without one   | {\"headers\":{\"x-rate-limit-reset\":\"5\"}}                                 | need an operationId",
                "body with dropped line| {\"operationId\":\"updateAccount\",\"fault\":\"CONNECTION_RESET\",\"body\":{}} | 'fault' CONNECTION_RESET; Only TRUNCATED_BODY",
                "body as a string      | {\"operationId\":\"updateAccount\",\"status\":409,\"body\":\"{}\"}            | the body must be an object, not a string; not as a string",
                "empty errors          | {\"operationId\":\"updateAccount\",\"status\":404,\"body\":{\"errors\":[]}}   | /errors"
            })
    void aBadChoiceIsRefusedWith400NamingItAndChangesNothing(String what, String body, String fragments) {
        HttpResponse<String> refused = calls.admin("POST", RULES, body);

        assertRefused(refused, fragments.split("; "));
        assertEquals(0, calls.pending().size(), what);
        assertEquals(200, calls.updateAccount(ACCOUNT, "x").statusCode());
    }

    @Test
    void theJavaApiChoosesTheSameAndRefusesTheSame() {
        StubServer server = stub.server();
        assumeTrue(server != null, "needs the stub in-process");

        server.nextResponse("updateAccount").status(409).body(CONFLICT);
        server.nextResponse("updateManagedAccount").header("x-rate-limit-limit", "10");

        assertEquals(json(CONFLICT), json(calls.updateAccount(ACCOUNT, "x").body()));
        assertEquals(
                "10",
                calls.updateManagedAccount(MANAGED, "x")
                        .headers()
                        .firstValue("x-rate-limit-limit")
                        .orElse(""));
        String refused = assertThrows(
                        IllegalArgumentException.class,
                        () -> server.nextResponse("updateAccount").status(409).body("{\"errors\":\"x\"}"))
                .getMessage();
        assertTrue(refused.contains("'body': /errors must be an array, not a string"), refused);
        assertThrows(
                IllegalArgumentException.class,
                () -> server.nextResponse("updateAccount").body("{not json"));
        assertThrows(
                IllegalArgumentException.class,
                () -> server.nextResponse("updateAccount").header("X-Foo", "1"));
    }

    private static void assertRefused(HttpResponse<String> refused, String... fragments) {
        assertEquals(400, refused.statusCode(), refused.body());
        String detail = json(refused.body()).at("/errors/0/detail").asText();
        for (String fragment : fragments) {
            assertTrue(detail.contains(fragment.strip()), "'" + fragment + "' is not in: " + detail);
        }
        assertFalse(
                detail.matches("(?s).*([a-z]+\\.){2,}[A-Za-z]+.*|.*Exception.*|.*(Jackson|Jersey|JDK|java).*"),
                "names something of the stub's insides: " + detail);
    }

    private static String quoted(String text) {
        return ProgrammedCalls.JSON.valueToTree(text).toString();
    }
}
