package io.accountcontracts.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Closing the stub lets requests in flight finish, but never waits out a programmed delay. */
class StubServerCloseTest {

    @Test
    void closeCutsAProgrammedDelayShortAfterTheGracePeriod() throws Exception {
        StubServer server = StubServer.start(StubConfig.forTests("close-test"));
        server.nextResponse("updateManagedAccount").delay(Duration.ofMinutes(10));
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(
                                        URI.create(server.baseUri() + "/v2/managed_accounts/acct_dd2fdf6564b60319"))
                                .header("Authorization", "Bearer close-test")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"late\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!server.pendingResponses().isEmpty()) { // taken: the request now sleeps on a worker
            assertTrue(System.nanoTime() < deadline, "the request never took the rule");
            Thread.sleep(10);
        }

        long start = System.nanoTime();
        server.close();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(tookMs < 5_000, "close took " + tookMs + " ms");
        // Interrupted, the worker stops waiting and answers as it would have.
        assertEquals(200, answer.get(5, TimeUnit.SECONDS).statusCode());
    }
}
