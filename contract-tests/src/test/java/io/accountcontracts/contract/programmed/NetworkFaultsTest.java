package io.accountcontracts.contract.programmed;

import static io.accountcontracts.contract.programmed.DocumentedExamples.ELASTIC_PATH;
import static io.accountcontracts.contract.programmed.DocumentedExamples.VANTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a client sees of each network fault, on the wire and through java.net.http. */
class NetworkFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void aConnectionResetReachesARawClientAsAResetBeforeAnyByte() throws Exception {
        program("{\"operationId\":\"" + VANTAGE + "\",\"fault\":\"CONNECTION_RESET\"}");
        JsonNode before = stub.records();

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        SocketException reset = assertThrows(SocketException.class, () -> send(vantageUpdate("reset"), received));

        assertTrue(reset.getMessage().contains("reset"), reset.getMessage());
        assertEquals(0, received.size(), received.toString(StandardCharsets.ISO_8859_1));
        assertEquals(before, stub.records());
        assertEquals(
                "CONNECTION_RESET", lastJournalEntry().at("/programmed/fault").asText());
    }

    @Test
    void aConnectionResetIsAnIoExceptionToJavasHttpClient() throws Exception {
        program("{\"operationId\":\"" + ELASTIC_PATH + "\",\"fault\":\"CONNECTION_RESET\"}");

        assertThrows(IOException.class, () -> javaClientUpdate("reset"));

        assertEquals(200, javaClientUpdate("fine").statusCode(), "the next request is answered as usual");
    }

    @Test
    void aTruncatedBodySendsTheWholeLengthButHalfTheBodyThenCloses() throws Exception {
        program("{\"operationId\":\"" + VANTAGE + "\",\"fault\":\"TRUNCATED_BODY\"}");

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        send(vantageUpdate("cut"), received);

        String answer = received.toString(StandardCharsets.ISO_8859_1);
        int headersEnd = answer.indexOf("\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        int length = Integer.parseInt(answer.replaceAll("(?s).*\r\nContent-Length: (\\d+)\r\n.*", "$1"));
        int sent = answer.length() - headersEnd - 4;
        assertEquals(length / 2, sent, answer);
        assertTrue(sent > 0 && sent < length, answer);
        // Without a status the update itself happened: only its answer was cut short.
        assertEquals("cut", managedAccountName(stub.records()));
        assertEquals(
                "TRUNCATED_BODY", lastJournalEntry().at("/programmed/fault").asText());
    }

    @Test
    void aTruncatedDocumentedErrorChangesNothingAndIsAnIoExceptionToJavasHttpClient() throws Exception {
        program("{\"operationId\":\"" + ELASTIC_PATH + "\",\"status\":404,\"fault\":\"TRUNCATED_BODY\"}");
        JsonNode before = stub.records();

        IOException cut = assertThrows(IOException.class, () -> javaClientUpdate("cut"));

        assertTrue(cut.getMessage() != null && !cut.getMessage().isEmpty(), cut.toString());
        assertEquals(before, stub.records());
        assertEquals(404, lastJournalEntry().get("status").asInt());
    }

    private static void program(String rule) {
        HttpResponse<String> installed = stub.raw()
                .send(
                        "POST",
                        "/__admin/next-responses",
                        rule.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");
        assertEquals(201, installed.statusCode(), installed.body());
    }

    private static String vantageUpdate(String name) {
        String body = "{\"name\":\"" + name + "\"}";
        return "PUT /v2/managed_accounts/" + MANAGED + " HTTP/1.1\r\nHost: "
                + stub.baseUri().getAuthority()
                + "\r\nAuthorization: Bearer " + ContractStub.TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    /** Sends the request and collects every byte until the stub closes the connection. */
    private static void send(String request, ByteArrayOutputStream received) throws IOException {
        try (Socket socket = new Socket(stub.baseUri().getHost(), stub.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
            }
        }
    }

    private static HttpResponse<String> javaClientUpdate(String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUri() + "/v2/accounts/" + ACCOUNT))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + ContractStub.TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":{\"name\":\"" + name + "\"}}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String managedAccountName(JsonNode records) {
        for (JsonNode account : records.get("managed_accounts")) {
            if (account.get("token").asText().equals(MANAGED)) {
                return account.get("name").asText();
            }
        }
        throw new AssertionError("no managed account " + MANAGED + " in " + records);
    }

    private static JsonNode lastJournalEntry() throws IOException {
        HttpResponse<String> journal =
                stub.raw().send("GET", "/__admin/journal", null, "Authorization", "Bearer " + ContractStub.TOKEN);
        JsonNode requests = JSON.readTree(journal.body()).get("requests");
        return requests.get(requests.size() - 1);
    }
}
