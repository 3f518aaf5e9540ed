package io.accountcontracts.contract.programmed;

import static io.accountcontracts.contract.programmed.DocumentedExamples.ELASTIC_PATH;
import static io.accountcontracts.contract.programmed.DocumentedExamples.VANTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.vantage.ApiClient;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code "dribble"} in {@code next-responses}: the status line and headers, with the full Content-Length, go
 * out at once, then the body in pieces spread over the duration, so that a client's read timeout fires
 * mid-body; read to the end, it is the whole answer, as the spec has it. A reset sends the rest at once.
 */
class DribbledAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    private static final ProgrammedCalls CALLS = new ProgrammedCalls(stub);

    @Test
    void theHeadersComeAtOnceWithTheFullLengthThenTheBodyInPiecesOverTheDuration() throws Exception {
        program("{\"operationId\":\"updateManagedAccount\",\"dribble\":{\"chunks\":4,\"durationMs\":1200}}");

        Received received = sendOverASocket("dribbled", 10_000);

        assertTrue(received.head.startsWith("HTTP/1.1 200 "), received.head);
        assertEquals(received.body.length, received.contentLength(), received.head);
        // Four pieces, 300 ms apart: the first with the headers, before any pause; the last some 900 ms after it.
        assertTrue(received.headAfterMs < 250, "headers after " + received.headAfterMs + " ms");
        assertTrue(received.firstByteAfterMs() < 250, "body read at " + received.readsAt());
        assertTrue(received.reads.size() >= 4, "body read at " + received.readsAt());
        long spread = received.lastByteAfterMs() - received.firstByteAfterMs();
        assertTrue(spread >= 700 && spread < 3_000, "body read at " + received.readsAt());
        JsonNode body = JSON.readTree(received.body);
        assertEquals("dribbled", body.get("name").asText());
        assertEquals(MANAGED, body.get("token").asText());
        stub.raw().send("GET", "/__admin/health", null);
    }

    @Test
    void readToTheEndADribbledAnswerIsTheWholeAnswerAsTheSpecHasIt() throws Exception {
        program("{\"operationId\":\"updateAccount\",\"dribble\":{\"chunks\":5,\"durationMs\":300}}");

        long start = System.nanoTime();
        HttpResponse<String> answer = update(ELASTIC_PATH, "dribbled whole");
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        // Checked against the spec after the test, as every exchange of this class is.
        assertEquals(200, answer.statusCode());
        assertEquals(
                "dribbled whole", JSON.readTree(answer.body()).at("/data/name").asText());
        assertEquals(
                answer.body().getBytes(StandardCharsets.UTF_8).length,
                answer.headers().firstValueAsLong("Content-Length").orElse(-1));
        assertTrue(tookMs >= 200, "answered in " + tookMs + " ms");
    }

    @Test
    void aDribbleWithAStatusDribblesItsDocumentedExample() throws Exception {
        program(
                "{\"operationId\":\"updateManagedAccount\",\"status\":500,\"dribble\":{\"chunks\":3,\"durationMs\":300}}");
        JsonNode before = stub.records();

        long start = System.nanoTime();
        HttpResponse<String> answer = update(VANTAGE, "x");
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(500, answer.statusCode());
        assertEquals(DocumentedExamples.firstExample(VANTAGE, "500"), JSON.readTree(answer.body()));
        assertTrue(tookMs >= 190, "answered in " + tookMs + " ms");
        assertEquals(before, stub.records());
    }

    @Test
    void aClientWhoseReadTimeoutIsShorterThanThePausesFailsMidBody() throws Exception {
        program("{\"operationId\":\"updateManagedAccount\",\"dribble\":{\"chunks\":3,\"durationMs\":1500}}");
        ApiClient client = new ApiClient();
        client.setBasePath(stub.baseUri().toString());
        client.setBearerToken(ContractStub.TOKEN);
        client.setReadTimeout(200);

        Exception failure = assertThrows(
                Exception.class,
                () -> new ManagedAccountsApi(client)
                        .updateManagedAccount(MANAGED, new UpdateManagedAccount().name("x")));

        assertTrue(
                causes(failure).stream().anyMatch(SocketTimeoutException.class::isInstance),
                causes(failure).toString());
        // The stub shrugs off the client that left: the next answer is as usual.
        assertEquals(200, update(VANTAGE, "after").statusCode());
    }

    /**
     * Worth knowing: java.net.http's request timeout ends when the status line and headers arrive, so a
     * dribbled body does not trip it; such a client sees a slow but whole answer.
     */
    @Test
    void javaNetHttpsRequestTimeoutStopsAtTheHeadersSoItReadsTheWholeDribbledBody() throws Exception {
        program("{\"operationId\":\"updateManagedAccount\",\"dribble\":{\"chunks\":3,\"durationMs\":900}}");
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUri() + "/v2/managed_accounts/" + MANAGED))
                .timeout(java.time.Duration.ofMillis(200))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"patient\"}"))
                .build();

        long start = System.nanoTime();
        HttpResponse<String> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(200, answer.statusCode());
        assertEquals("patient", JSON.readTree(answer.body()).get("name").asText());
        assertTrue(tookMs >= 550, "answered in " + tookMs + " ms");
        stub.raw().send("GET", "/__admin/health", null);
    }

    @Test
    void aResetDuringADribbleSendsTheRestAtOnce() throws Exception {
        program("{\"operationId\":\"updateManagedAccount\",\"dribble\":{\"chunks\":3,\"durationMs\":60000}}");
        long[] resetMs = new long[1];

        Received received = sendOverASocket("cut short", 10_000, () -> {
            long start = System.nanoTime();
            assertEquals(204, admin("POST", "/__admin/reset", null).statusCode());
            resetMs[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        });

        assertTrue(resetMs[0] < 1_000, "reset took " + resetMs[0] + " ms");
        assertEquals(received.body.length, received.contentLength());
        assertTrue(received.lastByteAfterMs() < 5_000, "the rest came after " + received.lastByteAfterMs() + " ms");
        assertEquals("cut short", JSON.readTree(received.body).get("name").asText());
    }

    @Test
    void theJournalShowsTheDribble() throws Exception {
        long id = program("{\"operationId\":\"updateAccount\",\"dribble\":{\"chunks\":2,\"durationMs\":40}}")
                .get("id")
                .asLong();
        update(ELASTIC_PATH, "journaled");

        JsonNode entry =
                JSON.readTree(admin("GET", "/__admin/journal", null).body()).at("/requests/0");

        assertEquals(
                JSON.readTree(
                        "{\"by\":\"next-responses\",\"id\":" + id + ",\"dribble\":{\"chunks\":2,\"durationMs\":40}}"),
                entry.get("programmed"));
    }

    // --- helpers ---

    /** What came back over a plain socket, and when: the head, then each read of the body. */
    private static final class Received {
        String head;
        long headAfterMs;
        byte[] body;
        final List<long[]> reads = new ArrayList<>(); // {after ms, bytes}

        long contentLength() {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return -1;
        }

        String readsAt() {
            return reads.stream()
                    .map(r -> r[1] + " bytes after " + r[0] + " ms")
                    .toList()
                    .toString();
        }

        long firstByteAfterMs() {
            return reads.get(0)[0];
        }

        long lastByteAfterMs() {
            return reads.get(reads.size() - 1)[0];
        }
    }

    private static Received sendOverASocket(String name, int timeoutMs) throws IOException {
        return sendOverASocket(name, timeoutMs, () -> {});
    }

    // Sends a Vantage update; once the first piece of the body is in, runs afterFirstPiece, then reads the rest.
    private static Received sendOverASocket(String name, int timeoutMs, Runnable afterFirstPiece) throws IOException {
        byte[] body = ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
        String request = "PUT /v2/managed_accounts/" + MANAGED + " HTTP/1.1\r\nHost: "
                + stub.baseUri().getAuthority() + "\r\nAuthorization: " + AUTH
                + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        Received received = new Received();
        try (Socket socket = new Socket(stub.baseUri().getHost(), stub.baseUri().getPort())) {
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int headEnd = -1;
            boolean ranAfterFirstPiece = false;
            for (int read; (read = in.read(buffer)) != -1; ) {
                long afterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                int before = all.size();
                all.write(buffer, 0, read);
                if (headEnd < 0) {
                    headEnd = all.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
                    if (headEnd < 0) {
                        continue;
                    }
                    received.headAfterMs = afterMs;
                    int bodyBytes = all.size() - headEnd - 4;
                    if (bodyBytes > 0) {
                        received.reads.add(new long[] {afterMs, bodyBytes});
                    }
                } else {
                    received.reads.add(new long[] {afterMs, all.size() - before});
                }
                if (!ranAfterFirstPiece && !received.reads.isEmpty()) {
                    ranAfterFirstPiece = true;
                    afterFirstPiece.run();
                }
            }
            byte[] bytes = all.toByteArray();
            received.head = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1);
            received.body = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        }
        return received;
    }

    private static HttpResponse<String> update(String operation, String name) {
        return operation.equals(VANTAGE)
                ? CALLS.updateManagedAccount(MANAGED, name)
                : CALLS.updateAccount(ACCOUNT, name);
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        return CALLS.admin(method, path, body);
    }

    private static JsonNode program(String rule) {
        return CALLS.program(rule);
    }

    private static List<Throwable> causes(Throwable failure) {
        return ProgrammedCalls.causes(failure);
    }
}
