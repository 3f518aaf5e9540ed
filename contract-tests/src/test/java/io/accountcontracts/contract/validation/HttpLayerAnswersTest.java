package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the HTTP layer answers before the stub's code sees a request: the vendor's JSON all the same. */
class HttpLayerAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EP = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final String VANTAGE = "/v2/managed_accounts/acct_dd2fdf6564b60319";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Content-Length that is no number | PUT {path} HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: abc\\r\\n\\r\\n | 400 | the headers exceed 128 KiB",
                "no Host header                   | PUT {path} HTTP/1.1\\r\\nContent-Length: 2\\r\\n\\r\\n{}               | 400 | An HTTP/1.1 request needs a Host header.",
                "an HTTP version never served     | PUT {path} HTTP/9\\r\\nHost: x\\r\\n\\r\\n                             | 505 | Only HTTP/1.0 and HTTP/1.1 requests are served."
            })
    void aRequestTheParserRefusesGetsTheVendorsErrorShape(String what, String request, int status, String detail)
            throws Exception {
        for (String path : new String[] {EP, VANTAGE}) {
            String answer = send(request.strip().replace("{path}", path).replace("\\r\\n", "\r\n"));

            assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), what + ": " + answer);
            assertTrue(answer.contains("\r\nContent-Type: application/json\r\n"), what + ": " + answer);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            BadInputMatrixTest.assertVendorErrorShape(path, status, body);
            JsonNode error = JSON.readTree(body).at("/errors/0");
            String text =
                    error.isTextual() ? error.asText() : error.get("detail").asText();
            assertTrue(text.contains(detail.strip()), what + ": " + body);
        }
        // Recorded through the harness, so that this test's exchanges are checked against the spec too.
        assertEquals(200, stub.raw().send("GET", "/__admin/health", null).statusCode());
    }

    @Test
    void aTargetThatIsNoUriReachesTheStubEscapedAndIsRefusedInTheVendorsShape() throws Exception {
        String answer = send("PUT /v2/accounts/%ZZ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ContractStub.TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        BadInputMatrixTest.assertVendorErrorShape("/v2/accounts/x", 400, body);
        assertEquals(
                "The request path is not a valid URI: '%' not followed by two hexadecimal digits at character 14.",
                JSON.readTree(body).at("/errors/0/detail").asText());
        HttpResponse<String> journal =
                stub.raw().send("GET", "/__admin/journal", null, "Authorization", "Bearer " + ContractStub.TOKEN);
        JsonNode entry = JSON.readTree(journal.body()).at("/requests/0");
        assertEquals("/v2/accounts/%25ZZ", entry.get("path").asText(), journal.body());
        assertEquals("invalid", entry.get("verdict").asText(), journal.body());
    }

    /** Java's client asks for h2c on a first request; the stub answers over HTTP/1.1 instead of hanging. */
    @Test
    void anUpgradeToH2cIsIgnoredAndTheBodyIsReadByItsLength() throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(stub.baseUri() + VANTAGE))
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + ContractStub.TOKEN)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"upgraded\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
        assertEquals("upgraded", JSON.readTree(answer.body()).get("name").asText());
        assertEquals(200, stub.raw().send("GET", "/__admin/health", null).statusCode());
    }

    private static String send(String request) throws Exception {
        try (Socket socket = new Socket(stub.baseUri().getHost(), stub.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
