package io.accountcontracts.contract.programmed;

import static io.accountcontracts.contract.programmed.DocumentedExamples.ELASTIC_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code "delay"} in {@code next-responses}: a wait drawn afresh for each answer from a uniform or a log-normal
 * distribution, journaled with what was drawn; and the refusals of a bad delay or dribble, naming the field.
 */
class RandomDelaysTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final String RULES = "/__admin/next-responses";
    // What a loaded 2-core machine may add to an answer on top of its delay.
    private static final long SLACK_MS = 500;

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    private static final ProgrammedCalls CALLS = new ProgrammedCalls(stub);

    @Test
    void aUniformDelayFallsWithinItsBoundsAndTheJournalShowsEachDraw() throws Exception {
        JsonNode rule = program(
                "{\"operationId\":\"updateAccount\",\"delay\":{\"uniform\":{\"minMs\":100,\"maxMs\":250}},\"count\":3}");
        assertEquals(JSON.readTree("{\"uniform\":{\"minMs\":100,\"maxMs\":250}}"), rule.get("delay"));
        assertFalse(rule.has("delayMs"), rule.toString());

        long[] took = new long[3];
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertEquals(200, update("uniform " + i).statusCode());
            took[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }

        JsonNode entries = journal();
        for (int i = 0; i < 3; i++) {
            JsonNode programmed = entries.get(i).get("programmed");
            int drawn = programmed.get("delayMs").asInt();
            assertTrue(drawn >= 100 && drawn <= 250, "drew " + drawn);
            assertTrue(took[i] >= drawn && took[i] <= 250 + SLACK_MS, "drew " + drawn + ", took " + took[i]);
            assertEquals(rule.get("delay"), programmed.get("delay"));
        }
    }

    @Test
    void aLogNormalDelayIsDrawnBelowItsCapAndJournaledWithItsDistribution() throws Exception {
        program("{\"delay\":{\"lognormal\":{\"medianMs\":60,\"sigma\":0.5,\"maxMs\":200}},\"persistent\":true}");

        long slowest = 0;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            assertEquals(200, update("lognormal " + i).statusCode());
            slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }

        assertTrue(slowest <= 200 + SLACK_MS, "slowest answer took " + slowest + " ms");
        for (JsonNode entry : journal()) {
            JsonNode programmed = entry.get("programmed");
            assertTrue(programmed.get("delayMs").asInt() <= 200, programmed.toString());
            assertEquals(
                    JSON.readTree("{\"lognormal\":{\"medianMs\":60,\"sigma\":0.5,\"maxMs\":200}}"),
                    programmed.get("delay"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "delay and delayMs     | {\"delayMs\":50,\"delay\":{\"uniform\":{\"minMs\":1,\"maxMs\":2}}} | 'delay' and 'delayMs' exclude each other",
                "delay not an object   | {\"delay\":50}                                                      | 'delay' must be an object",
                "unknown distribution  | {\"delay\":{\"normal\":{\"meanMs\":5}}}                              | 'delay.normal' is not a distribution",
                "min above max         | {\"delay\":{\"uniform\":{\"minMs\":90,\"maxMs\":10}}}                | 'delay.uniform.minMs' (90) must not be above 'delay.uniform.maxMs' (10)",
                "max too long          | {\"delay\":{\"uniform\":{\"minMs\":0,\"maxMs\":600001}}}             | 'delay.uniform.maxMs' must be a whole number of milliseconds from 0 to 600000",
                "sigma zero            | {\"delay\":{\"lognormal\":{\"medianMs\":80,\"sigma\":0}}}            | 'delay.lognormal.sigma' must be a finite number above 0",
                "sigma missing         | {\"delay\":{\"lognormal\":{\"medianMs\":80}}}                        | 'delay.lognormal.sigma' is missing",
                "dribble with fault    | {\"fault\":\"EMPTY_RESPONSE\",\"dribble\":{\"chunks\":2,\"durationMs\":10}} | 'dribble' and 'fault' exclude each other",
                "dribble no chunks     | {\"dribble\":{\"chunks\":0,\"durationMs\":10}}                       | 'dribble.chunks' must be a whole number from 1 to 10000",
                "dribble too long      | {\"dribble\":{\"chunks\":2,\"durationMs\":600001}}                   | 'dribble.durationMs' must be a whole number of milliseconds from 0 to 600000",
                "dribble unknown field | {\"dribble\":{\"chunks\":2,\"durationMs\":10,\"pieces\":3}}          | 'dribble.pieces' is not known",
            })
    void aBadDelayOrDribbleIsRefusedWith400NamingTheFieldAndChangesNothing(String what, String body, String fragment)
            throws Exception {
        program("{\"operationId\":\"updateAccount\",\"status\":404}");
        JsonNode before = pending();

        HttpResponse<String> refused = admin("POST", RULES, body);

        assertEquals(400, refused.statusCode(), what + ": " + refused.body());
        String detail = JSON.readTree(refused.body()).at("/errors/0/detail").asText();
        assertTrue(detail.contains(fragment.strip()), what + ": '" + fragment + "' is not in: " + detail);
        assertFalse(detail.matches("(?s).*(Exception|Jackson|Jersey|JDK|java\\.|io\\.accountcontracts).*"), detail);
        assertEquals(before, pending());
        assertEquals(404, update("x").statusCode());
    }

    // --- helpers ---

    private static HttpResponse<String> update(String name) {
        return CALLS.updateAccount(ACCOUNT, name);
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        return CALLS.admin(method, path, body);
    }

    private static JsonNode program(String rule) {
        return CALLS.program(rule);
    }

    private static JsonNode pending() {
        return CALLS.pending();
    }

    private static JsonNode journal() throws Exception {
        JsonNode requests = CALLS.journal();
        assertTrue(requests.size() > 0);
        for (JsonNode entry : requests) {
            assertEquals(ELASTIC_PATH, entry.get("operationId").asText());
        }
        return requests;
    }
}
