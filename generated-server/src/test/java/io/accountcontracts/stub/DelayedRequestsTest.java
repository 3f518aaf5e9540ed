package io.accountcontracts.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.programmed.ProgrammedResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Programmed delays wait without holding up the stub: with more delayed requests in flight than the server
 * has workers, health and reset still answer at once, and the reset cuts the delays short.
 */
class DelayedRequestsTest {

    private static final String TOKEN = "delay-test";
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    // As many as StubServer.workerPool() starts with, and more, so that every worker it has would be waiting.
    private static final int WORKERS = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
    private static final int DELAYED = WORKERS + 4;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private StubServer server;

    @BeforeEach
    void start() {
        server = StubServer.start(StubConfig.forTests(TOKEN));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthAndResetOverHttpAnswerAtOnceWhileMoreRequestsThanWorkersWaitOutADelay() throws Exception {
        String name = storedName();
        HttpResponse<String> programmed = admin(
                "POST",
                "/__admin/next-responses",
                "{\"operationId\":\"updateManagedAccount\",\"delayMs\":60000,\"count\":" + DELAYED + "}");
        assertEquals(201, programmed.statusCode(), programmed.body());
        List<CompletableFuture<HttpResponse<String>>> delayed = sendDelayedUpdates();
        List<ProgrammedResponse> left = awaitDelaysTaken();

        long healthMs = timed(
                () -> assertEquals(200, admin("GET", "/__admin/health", null).statusCode()));
        long resetMs = timed(
                () -> assertEquals(204, admin("POST", "/__admin/reset", null).statusCode()));

        assertTrue(healthMs < 1_000, "health took " + healthMs + " ms");
        assertTrue(resetMs < 1_000, "reset took " + resetMs + " ms");
        assertEquals(List.of(), left, "not every delayed request was taken on at once");
        assertCutShort(delayed);
        assertEquals(name, storedName(), "a delayed update went through");
        assertEquals(List.of(), server.journal().entries());
    }

    @Test
    void inProcessResetAnswersAtOnceWhileMoreRequestsThanWorkersWaitOutADelay() throws Exception {
        String name = storedName();
        server.nextResponse("updateManagedAccount").times(DELAYED).delay(Duration.ofMinutes(1));
        List<CompletableFuture<HttpResponse<String>>> delayed = sendDelayedUpdates();
        List<ProgrammedResponse> left = awaitDelaysTaken();

        long resetMs = timed(server::reset);
        long healthMs = timed(
                () -> assertEquals(200, admin("GET", "/__admin/health", null).statusCode()));

        assertTrue(resetMs < 1_000, "reset took " + resetMs + " ms");
        assertTrue(healthMs < 1_000, "health took " + healthMs + " ms");
        assertEquals(List.of(), left, "not every delayed request was taken on at once");
        assertCutShort(delayed);
        assertEquals(name, storedName(), "a delayed update went through");
    }

    private List<CompletableFuture<HttpResponse<String>>> sendDelayedUpdates() {
        List<CompletableFuture<HttpResponse<String>>> delayed = new ArrayList<>();
        for (int i = 0; i < DELAYED; i++) {
            HttpRequest update = request("PUT", "/v2/managed_accounts/" + MANAGED, "{\"name\":\"late\"}")
                    .timeout(Duration.ofSeconds(90))
                    .build();
            delayed.add(http.sendAsync(update, HttpResponse.BodyHandlers.ofString()));
        }
        return delayed;
    }

    // Waits until at least as many requests as the pool has workers wait out the delay, then a moment for the
    // rest to be taken on too (as they are when a waiting worker does not hold the others up).
    private List<ProgrammedResponse> awaitDelaysTaken() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (remaining() > DELAYED - WORKERS) {
            assertTrue(System.nanoTime() < deadline, "the requests never took the rule: " + server.pendingResponses());
            Thread.sleep(10);
        }
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (remaining() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return server.pendingResponses();
    }

    private int remaining() {
        return server.pendingResponses().stream()
                .mapToInt(ProgrammedResponse::remaining)
                .sum();
    }

    // Cut short by the reset, each delayed request ends within moments, its connection dropped or answered
    // with an error: never the update it asked for.
    private static void assertCutShort(List<CompletableFuture<HttpResponse<String>>> delayed) throws Exception {
        for (CompletableFuture<HttpResponse<String>> request : delayed) {
            try {
                HttpResponse<String> answer = request.get(5, TimeUnit.SECONDS);
                assertNotEquals(200, answer.statusCode(), "a delayed update was answered after the reset");
            } catch (ExecutionException dropped) {
                // The connection closed without an answer: what a reset during a delay does.
            }
        }
    }

    private String storedName() {
        return server.stores()
                .managedAccounts()
                .get(MANAGED)
                .orElseThrow()
                .get("name")
                .asText();
    }

    private interface Step {
        void run() throws Exception;
    }

    private static long timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    // Gives up after a few seconds: a stub that makes the admin API wait out a delay fails this test, not hangs it.
    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest request =
                request(method, path, body).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }
}
