package io.accountcontracts.stub.delay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin API's {@code delay} and {@code dribble} fields: read, written back the same, refused by name. */
class DelayJsonTest {

    private static final ObjectMapper JSON = JsonMapper.create();

    @Test
    void readsEachDistributionAndWritesItBackInTheSameShape() throws Exception {
        JsonNode uniform = JSON.readTree("{\"uniform\":{\"minMs\":20,\"maxMs\":80}}");
        JsonNode lognormal = JSON.readTree("{\"lognormal\":{\"medianMs\":80,\"sigma\":0.4}}");
        JsonNode capped = JSON.readTree("{\"lognormal\":{\"medianMs\":80,\"sigma\":0.4,\"maxMs\":900}}");

        assertEquals(new Delay.Uniform(20, 80), DelayJson.delay(uniform));
        assertEquals(new Delay.LogNormal(80, 0.4, Delay.MAX_MS), DelayJson.delay(lognormal));
        assertEquals(new Delay.LogNormal(80, 0.4, 900), DelayJson.delay(capped));
        for (JsonNode shape : new JsonNode[] {uniform, lognormal, capped}) {
            assertEquals(shape, JSON.valueToTree(DelayJson.delay(shape)));
        }
    }

    @Test
    void readsADribbleAndWritesItBack() throws Exception {
        JsonNode dribble = JSON.readTree("{\"chunks\":5,\"durationMs\":1000}");

        assertEquals(new Dribble(5, 1000), DelayJson.dribble(dribble));
        assertEquals(dribble, JSON.valueToTree(DelayJson.dribble(dribble)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not an object        | 50                                                        | 'delay' must be an object",
                "two distributions    | {\"uniform\":{},\"lognormal\":{}}                         | 'delay' must be an object with one distribution",
                "unknown distribution | {\"gaussian\":{\"meanMs\":3}}                              | 'delay.gaussian' is not a distribution",
                "unknown field        | {\"uniform\":{\"minMs\":1,\"maxMs\":2,\"mode\":3}}        | 'delay.uniform.mode' is not known",
                "missing bound        | {\"uniform\":{\"minMs\":1}}                               | 'delay.uniform.maxMs' is missing",
                "text bound           | {\"uniform\":{\"minMs\":\"1\",\"maxMs\":2}}               | 'delay.uniform.minMs' must be a whole number",
                "fraction bound       | {\"uniform\":{\"minMs\":1.5,\"maxMs\":2}}                 | 'delay.uniform.minMs' must be a whole number",
                "huge bound           | {\"uniform\":{\"minMs\":1,\"maxMs\":99999999999}}         | 'delay.uniform.maxMs' must be a whole number",
                "min above max        | {\"uniform\":{\"minMs\":9,\"maxMs\":2}}                   | 'delay.uniform.minMs' (9) must not be above 'delay.uniform.maxMs' (2)",
                "no sigma             | {\"lognormal\":{\"medianMs\":80}}                         | 'delay.lognormal.sigma' is missing",
                "text sigma           | {\"lognormal\":{\"medianMs\":80,\"sigma\":\"0.4\"}}       | 'delay.lognormal.sigma' must be a number",
                "zero sigma           | {\"lognormal\":{\"medianMs\":80,\"sigma\":0}}             | 'delay.lognormal.sigma' must be a finite number above 0",
                "huge sigma           | {\"lognormal\":{\"medianMs\":80,\"sigma\":1e999}}         | 'delay.lognormal.sigma' must be a finite number above 0",
                "cap below median     | {\"lognormal\":{\"medianMs\":80,\"sigma\":1,\"maxMs\":5}} | 'delay.lognormal.medianMs' (80) must not be above 'delay.lognormal.maxMs' (5)",
                "negative median      | {\"lognormal\":{\"medianMs\":-8,\"sigma\":1}}             | 'delay.lognormal.medianMs' must be a whole number of milliseconds from 0",
            })
    void aBadDelayIsRefusedNamingTheField(String what, String json, String fragment) throws Exception {
        JsonNode value = JSON.readTree(json);

        String message = assertThrows(IllegalArgumentException.class, () -> DelayJson.delay(value))
                .getMessage();

        assertTrue(message.contains(fragment.strip()), what + ": '" + fragment + "' is not in: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not an object   | [5,1000]                                | 'dribble' must be an object with 'chunks' and 'durationMs'",
                "unknown field   | {\"chunks\":5,\"durationMs\":9,\"x\":1} | 'dribble.x' is not known",
                "no chunks       | {\"durationMs\":1000}                   | 'dribble.chunks' is missing",
                "zero chunks     | {\"chunks\":0,\"durationMs\":1000}      | 'dribble.chunks' must be a whole number from 1 to 10000",
                "too many chunks | {\"chunks\":10001,\"durationMs\":1000}  | 'dribble.chunks' must be a whole number from 1 to 10000",
                "text chunks     | {\"chunks\":\"5\",\"durationMs\":1000}  | 'dribble.chunks' must be a whole number",
                "no duration     | {\"chunks\":5}                          | 'dribble.durationMs' is missing",
                "long duration   | {\"chunks\":5,\"durationMs\":600001}    | 'dribble.durationMs' must be a whole number of milliseconds from 0 to 600000",
            })
    void aBadDribbleIsRefusedNamingTheField(String what, String json, String fragment) throws Exception {
        JsonNode value = JSON.readTree(json);

        String message = assertThrows(IllegalArgumentException.class, () -> DelayJson.dribble(value))
                .getMessage();

        assertTrue(message.contains(fragment.strip()), what + ": '" + fragment + "' is not in: " + message);
    }
}
