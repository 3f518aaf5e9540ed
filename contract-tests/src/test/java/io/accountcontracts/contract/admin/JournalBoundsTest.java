package io.accountcontracts.contract.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A validator message quotes the offending value; the stub keeps it short wherever it goes, and the journal
 * says what it dropped to stay within its limits.
 */
class JournalBoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGED_PATH = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;
    private static final String[] JSON_HEADERS = {"Authorization", AUTH, "Content-Type", "application/json"};

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void anInvalidRequestWithA900KilobyteFieldIsAnsweredAndJournaledWithAShortProblem() throws Exception {
        String body = "{\"contact_email\":\"" + "x".repeat(900_000) + "\"}";

        HttpResponse<String> answer = stub.raw().put(MANAGED_PATH, body, JSON_HEADERS);
        stub.expectRequestViolation("validation.request.body.schema.format.email");

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().length() < 2_000, answer.body().length() + " characters answered");
        assertTrue(answer.body().contains("more characters]"), answer.body());
        JsonNode entry = lastRequest();
        String problem = entry.at("/problems/0").asText();
        assertEquals("invalid", entry.get("verdict").asText());
        assertTrue(problem.length() <= 500, problem.length() + " characters journaled");
        assertTrue(problem.startsWith("[Path '/contact_email']"), problem);
        assertTrue(problem.contains("more characters]"), problem);
    }

    @Test
    void theJournalSaysHowManyRequestsAndBreachesItDroppedSinceItWasCleared() throws Exception {
        stub.server().journal().limit(1, Long.MAX_VALUE);
        try {
            stub.raw().put(MANAGED_PATH, "{\"contact_email\":\"not-an-email\"}", JSON_HEADERS);
            stub.expectRequestViolation("validation.request.body.schema.format.email");
            stub.raw().put(MANAGED_PATH, "{\"name\":\"fine\"}", JSON_HEADERS);
            stub.raw().put(MANAGED_PATH, "{\"name\":\"fine\"}", JSON_HEADERS);

            JsonNode journal = journal();

            assertEquals(1, journal.get("requests").size());
            assertEquals(2, journal.at("/dropped/requests").asLong(), journal.toString());
            assertEquals(1, journal.at("/dropped/breaches").asLong(), journal.toString());
            assertEquals(1, journal.at("/dropped/max_requests").asLong(), journal.toString());
        } finally {
            stub.server().journal().limit(10_000, Long.MAX_VALUE);
        }
    }

    private JsonNode lastRequest() throws Exception {
        JsonNode requests = journal().get("requests");
        return requests.get(requests.size() - 1);
    }

    private static JsonNode journal() throws Exception {
        HttpResponse<String> journal = stub.raw().send("GET", "/__admin/journal", null, "Authorization", AUTH);
        assertEquals(200, journal.statusCode());
        return JSON.readTree(journal.body());
    }
}
