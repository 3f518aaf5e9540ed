package io.accountcontracts.contract.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.delay.Delay;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stub started with a latency ({@code --latency}, {@link StubConfig.Builder#latency}) holds back every vendor
 * answer by it, refusals too, but not the admin API; the admin API shows, changes and deletes it; a reset
 * puts back the one the stub started with and cuts a wait short.
 */
class StubWideLatencyTest {

    private static final String TOKEN = "latency-test";
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LATENCY_MS = 200;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private StubServer server;

    @BeforeEach
    void start() {
        server = StubServer.start(StubConfig.forTests(TOKEN).toBuilder()
                .latency(Delay.fixed(Duration.ofMillis(LATENCY_MS)))
                .build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyVendorAnswerWaitsTheLatencyRefusalsTooButNotTheAdminApi() throws Exception {
        long updated = timed(() -> assertEquals(200, update(TOKEN, "late").statusCode()));
        long refused =
                timed(() -> assertEquals(401, update("wrong-token", "refused").statusCode()));
        long health = timed(
                () -> assertEquals(200, send("GET", "/__admin/health", null).statusCode()));

        // No upper bound: a loaded machine stretches any answer; the journal says the latency was drawn once each.
        assertTrue(updated >= LATENCY_MS, "update took " + updated + " ms");
        assertTrue(refused >= LATENCY_MS, "refusal took " + refused + " ms");
        assertTrue(health < LATENCY_MS, "health took " + health + " ms");
        JsonNode journal = journal();
        assertEquals(2, journal.size(), journal.toString());
        for (JsonNode entry : journal) {
            assertEquals(LATENCY_MS, entry.get("latencyMs").asLong(), entry.toString());
            assertFalse(entry.has("programmed"), entry.toString());
        }
    }

    @Test
    void theLatencyAddsToAProgrammedDelay() throws Exception {
        server.nextResponse("updateManagedAccount").delay(Duration.ofMillis(200));

        long took = timed(() -> assertEquals(200, update(TOKEN, "later still").statusCode()));

        assertTrue(took >= LATENCY_MS + 200, "took " + took + " ms");
        JsonNode entry = journal().get(0);
        assertEquals(200, entry.at("/programmed/delayMs").asInt());
        assertEquals(LATENCY_MS, entry.get("latencyMs").asLong());
    }

    @Test
    void theAdminApiShowsChangesAndDeletesTheLatencyAndAResetPutsTheStartingOneBack() throws Exception {
        assertEquals(JSON.readTree("{\"latency\":\"200ms\",\"delayMs\":200}"), latency());

        HttpResponse<String> set =
                send("POST", "/__admin/latency", "{\"delay\":{\"uniform\":{\"minMs\":0,\"maxMs\":20}}}");
        assertEquals(200, set.statusCode(), set.body());
        JsonNode uniform =
                JSON.readTree("{\"latency\":\"uniform:0-20ms\",\"delay\":{\"uniform\":{\"minMs\":0,\"maxMs\":20}}}");
        assertEquals(uniform, JSON.readTree(set.body()));
        assertEquals(uniform, latency());
        long quick = timed(() -> assertEquals(200, update(TOKEN, "quick").statusCode()));
        assertTrue(quick < LATENCY_MS, "took " + quick + " ms");
        int drawn = journal().get(0).get("latencyMs").asInt();
        assertTrue(drawn >= 0 && drawn <= 20, "drew " + drawn);

        HttpResponse<String> refused = send("POST", "/__admin/latency", "{\"delayMs\":5,\"delay\":{}}");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("'delay' and 'delayMs' exclude each other"), refused.body());
        assertEquals(uniform, latency(), "a refused call changed the latency");

        assertEquals(204, send("DELETE", "/__admin/latency", null).statusCode());
        assertEquals(JSON.readTree("{\"latency\":\"none\"}"), latency());
        send("DELETE", "/__admin/journal", null);
        update(TOKEN, "no latency");
        assertFalse(journal().get(0).has("latencyMs"), journal().toString());

        assertEquals(204, send("POST", "/__admin/reset", null).statusCode());
        assertEquals(JSON.readTree("{\"latency\":\"200ms\",\"delayMs\":200}"), latency());
    }

    @Test
    void aResetCutsALatencyWaitShortAndTheAnswerIsNotJournaledAfterIt() throws Exception {
        server.latency(Delay.fixed(Duration.ofMinutes(1)));
        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(
                request("PUT", "/v2/managed_accounts/" + MANAGED, TOKEN, "{\"name\":\"waiting\"}")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "the answer did not wait");

        long reset = timed(
                () -> assertEquals(204, send("POST", "/__admin/reset", null).statusCode()));
        long answeredAfter = timed(() -> {
            try {
                assertNotEquals(0, waiting.get(5, TimeUnit.SECONDS).statusCode());
            } catch (ExecutionException e) {
                throw new AssertionError("the waiting request failed", e);
            }
        });

        assertTrue(reset < 1_000, "reset took " + reset + " ms");
        assertTrue(answeredAfter < 2_000, "answered " + answeredAfter + " ms after the reset");
        assertEquals(0, journal().size(), journal().toString());
        assertEquals(Delay.fixed(Duration.ofMillis(LATENCY_MS)), server.latency());
    }

    // --- helpers ---

    private interface Step {
        void run() throws Exception;
    }

    private static long timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private HttpResponse<String> update(String token, String name) throws Exception {
        return http.send(
                request("PUT", "/v2/managed_accounts/" + MANAGED, token, "{\"name\":\"" + name + "\"}")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode latency() throws Exception {
        HttpResponse<String> shown = send("GET", "/__admin/latency", null);
        assertEquals(200, shown.statusCode(), shown.body());
        return JSON.readTree(shown.body());
    }

    private JsonNode journal() throws Exception {
        return JSON.readTree(send("GET", "/__admin/journal", null).body()).get("requests");
    }

    // Gives up after a few seconds: an admin call that waits out the latency fails the test, not hangs it.
    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(
                request(method, path, TOKEN, body)
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }
}
