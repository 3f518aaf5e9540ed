package io.accountcontracts.contract.programmed;

import static io.accountcontracts.contract.programmed.ProgrammedCalls.ACCOUNT;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.MANAGED;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.MARK;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.RULES;
import static io.accountcontracts.contract.programmed.ProgrammedCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.matching.RequestMatch;
import io.accountcontracts.stub.programmed.NextResponse;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Programmed answers for matching requests only: by path id, by values in the request body (JSON pointer),
 * by header. A rule a request does not match is skipped and keeps its uses; rules still apply first in, first
 * out. Every exchange is checked against the spec.
 */
class MatchedAnswersTest {

    /** An account id no record has: the stub's own answer to it is its usual 404. */
    private static final String OTHER = "0a1b2c3d-0000-4000-8000-000000000000";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    private final ProgrammedCalls calls = new ProgrammedCalls(stub);

    @Test
    void aRuleForOneIdAnswersThatIdOnlyAndOthersAsUsual() {
        calls.program("{\"operationId\":\"updateAccount\",\"status\":409,\"match\":{\"id\":\"" + ACCOUNT + "\"}}");

        HttpResponse<String> other = calls.updateAccount(OTHER, "x");
        JsonNode stillPending = calls.pending();
        HttpResponse<String> matched = calls.updateAccount(ACCOUNT, "x");
        HttpResponse<String> after = calls.updateAccount(ACCOUNT, "x");

        assertEquals(404, other.statusCode(), other.body());
        assertFalse(other.headers().firstValue(MARK).isPresent(), "answered by the stub itself");
        assertEquals(1, stillPending.size(), "skipped, the rule keeps its use");
        assertEquals(409, matched.statusCode());
        assertEquals(200, after.statusCode());
        assertEquals(0, calls.pending().size());
    }

    @Test
    void aPercentEncodedIdMatchesDecoded() {
        calls.program("{\"operationId\":\"updateAccount\",\"status\":409,\"match\":{\"id\":\"a b\"}}");

        assertEquals(409, calls.updateAccount("a%20b", "x").statusCode());
    }

    @Test
    void aBodyValueMatchesByPointerAndOtherValuesPassBy() {
        calls.program("{\"operationId\":\"updateAccount\",\"status\":409,"
                + "\"match\":{\"body\":{\"/data/name\":\"Acme\",\"/data/type\":\"account\"}}}");

        assertEquals(200, calls.updateAccount(ACCOUNT, "Acme Ltd").statusCode());
        assertEquals(1, calls.pending().size());
        HttpResponse<String> typed = stub.raw()
                .put(
                        "/v2/accounts/" + ACCOUNT,
                        "{\"data\":{\"type\":\"account\",\"name\":\"Acme\"}}",
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");
        assertEquals(409, typed.statusCode(), "both values hold");
    }

    @Test
    void aHeaderMatchesInAnyCaseOfItsName() {
        calls.program("{\"operationId\":\"updateAccount\",\"status\":409,"
                + "\"match\":{\"headers\":{\"X-Correlation-Id\":\"run-7\"}}}");

        assertEquals(
                200,
                calls.updateAccount(ACCOUNT, "x", "x-correlation-id", "run-8").statusCode());
        assertEquals(200, calls.updateAccount(ACCOUNT, "x").statusCode());
        assertEquals(
                409,
                calls.updateAccount(ACCOUNT, "x", "X-CORRELATION-ID", "run-7").statusCode());
    }

    @Test
    void rulesStayFirstInFirstOutAndOneThatDoesNotMatchIsSkipped() {
        calls.program("{\"operationId\":\"updateAccount\",\"status\":404,\"match\":{\"id\":\"" + OTHER + "\"}}");
        calls.program("{\"operationId\":\"updateAccount\",\"status\":409}");
        calls.program("{\"operationId\":\"updateAccount\",\"status\":400}");

        assertEquals(409, calls.updateAccount(ACCOUNT, "x").statusCode(), "the first rule does not match");
        assertEquals(404, calls.updateAccount(OTHER, "x").statusCode(), "and kept its use");
        assertEquals(400, calls.updateAccount(OTHER, "x").statusCode());
        assertEquals(0, calls.pending().size());
    }

    @Test
    void theMatchIsShownAsSentWhenInstalledAndWhilePending() {
        String match = "{\"id\":\"" + ACCOUNT + "\",\"body\":{\"/data/name\":\"Acme\",\"/data/n\":1.5},"
                + "\"headers\":{\"X-Correlation-Id\":\"run-7\"}}";
        JsonNode installed = calls.program(
                "{\"operationId\":\"updateAccount\",\"status\":409,\"persistent\":true,\"match\":" + match + "}");

        assertEquals(json(match), installed.get("match"));
        assertEquals(json(match), calls.pending().at("/0/match"));
        assertEquals(200, calls.updateAccount(ACCOUNT, "Acme").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "match not an object  | {\"status\":409,\"operationId\":\"updateAccount\",\"match\":\"acct\"}            | 'match' must be an object",
                "unknown match field  | {\"status\":409,\"operationId\":\"updateAccount\",\"match\":{\"path\":\"/x\"}}   | 'match.path'; id, body and headers",
                "id not a string      | {\"status\":409,\"operationId\":\"updateAccount\",\"match\":{\"id\":7}}         | 'match.id'",
                "id empty             | {\"status\":409,\"operationId\":\"updateAccount\",\"match\":{\"id\":\"\"}}      | 'match.id'",
                "not a pointer        | {\"status\":409,\"operationId\":\"updateAccount\",\"match\":{\"body\":{\"data/name\":\"A\"}}} | 'match.body'; 'data/name'; JSON pointer",
                "body not an object   | {\"status\":409,\"operationId\":\"updateAccount\",\"match\":{\"body\":[\"/a\"]}} | 'match.body' must be an object",
                "header not a string  | {\"status\":409,\"operationId\":\"updateAccount\",\"match\":{\"headers\":{\"X-A\":1}}} | 'match.headers'; 'X-A' must be a string",
                "match alone          | {\"operationId\":\"updateAccount\",\"match\":{\"id\":\"x\"}}                    | would change nothing"
            })
    void aBadMatchIsRefusedWith400NamingItAndChangesNothing(String what, String body, String fragments) {
        HttpResponse<String> refused = calls.admin("POST", RULES, body);

        assertEquals(400, refused.statusCode(), what + ": " + refused.body());
        String detail = json(refused.body()).at("/errors/0/detail").asText();
        for (String fragment : fragments.split("; ")) {
            assertTrue(detail.contains(fragment.strip()), what + ": '" + fragment + "' is not in: " + detail);
        }
        assertEquals(0, calls.pending().size(), what);
        assertEquals(200, calls.updateAccount(ACCOUNT, "x").statusCode());
    }

    @Test
    void theJavaApiMatchesTheSame() {
        StubServer server = stub.server();
        assumeTrue(server != null, "needs the stub in-process");

        NextResponse rule = server.nextResponse("updateAccount")
                .status(409)
                .forId(ACCOUNT)
                .whenBody("/data/name", "Acme")
                .whenHeader("X-Correlation-Id", "run-7");

        assertEquals(
                RequestMatch.any()
                        .withId(ACCOUNT)
                        .withBody("/data/name", json("\"Acme\""))
                        .withHeader("X-Correlation-Id", "run-7"),
                server.pendingResponses().get(0).match());
        assertEquals(200, calls.updateAccount(ACCOUNT, "Acme").statusCode(), "no header");
        assertEquals(
                200,
                calls.updateAccount(ACCOUNT, "Other", "X-Correlation-Id", "run-7")
                        .statusCode());
        assertEquals(
                409,
                calls.updateAccount(ACCOUNT, "Acme", "X-Correlation-Id", "run-7")
                        .statusCode());
        assertEquals(List.of(), server.pendingResponses());
        assertTrue(rule.id() > 0);
    }

    @Test
    void bothOperationsHaveAnId() {
        calls.program(
                "{\"operationId\":\"updateManagedAccount\",\"status\":404,\"match\":{\"id\":\"" + MANAGED + "\"}}");

        assertEquals(404, calls.updateManagedAccount(MANAGED, "x").statusCode());
    }
}
