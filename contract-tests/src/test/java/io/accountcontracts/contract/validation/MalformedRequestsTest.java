package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the container lets through but that Jersey, left alone, would answer in its own way (an
 * empty 400, a 500, or an update of another record than the one validated). Each gets the vendor's
 * documented 4xx in the vendor's shape, with a message that names what is wrong, leaves every record as
 * it was, and is journaled with a verdict that agrees with the status.
 */
class MalformedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VANTAGE = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String EP = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    static Stream<Arguments> malformed() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of(VANTAGE, EP)) {
            String body = path.equals(VANTAGE) ? "{\"name\":\"x\"}" : "{\"data\":{\"name\":\"x\"}}";
            cases.add(Arguments.of(
                    path,
                    body + " {}",
                    "application/json",
                    "application/json",
                    400,
                    "unexpected content after the JSON value at line 1, column " + (body.length() + 2)));
            cases.add(Arguments.of(
                    path,
                    body + "x",
                    "application/json",
                    "application/json",
                    400,
                    "unexpected content after the JSON value"));
            cases.add(Arguments.of(path, body, ";;;", "application/json", 400, "Content-Type header"));
            cases.add(Arguments.of(path, body, "application/json", "a/b;q=x", 400, "Accept header"));
            // (An unknown charset gets the same 415, but the validator this suite checks requests with cannot
            // even read such a request; the smoke run against the jar covers it.)
            cases.add(Arguments.of(
                    path, body, "application/json; charset=utf-16", "application/json", 415, "charset 'utf-16'"));
            cases.add(
                    Arguments.of(path, body, "application/json; charset=iso-8859-1", "application/json", 415, "UTF-8"));
            // Refused by Jersey's own matching rather than by a filter of the stub's: still journaled as invalid.
            cases.add(Arguments.of(path, body, "text/plain", "application/json", 415, "application/json"));
            cases.add(Arguments.of(path, body, "application/json", "text/html", 406, "application/json"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} Content-Type [{2}] Accept [{3}]: {1}")
    @MethodSource("malformed")
    void malformedRequestGetsTheVendorsErrorNamingTheProblem(
            String path, String body, String contentType, String accept, int status, String named) throws Exception {
        JsonNode before = stub.records();

        HttpResponse<String> response = stub.raw()
                .send(
                        "PUT",
                        path,
                        body.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        contentType,
                        "Accept",
                        accept);
        stub.expectRequestBrokenBelowTheSchema();

        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElse(""));
        BadInputMatrixTest.assertVendorErrorShape(path, status, response.body());
        assertTrue(response.body().contains(named), response.body());
        assertEquals(before, stub.records(), "a refused request changed stored state");
        JsonNode entry = lastJournalEntry();
        assertEquals(status, entry.get("status").asInt());
        assertEquals("invalid", entry.get("verdict").asText(), entry.toString());
    }

    static Stream<Arguments> unknownMethods() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of(VANTAGE, EP)) {
            for (String method : List.of("FOO", "PROPFIND", "put")) {
                cases.add(Arguments.of(method, path));
            }
        }
        return cases.stream();
    }

    /** The extension's stub checks its answers against the spec (strict responses): none is there to check. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unknownMethods")
    void methodNoSpecKnowsGetsTheVendors405AndIsJournaledInvalid(String method, String path) throws Exception {
        JsonNode before = stub.records();
        String body = path.equals(VANTAGE) ? "{\"name\":\"renamed\"}" : "{\"data\":{\"name\":\"renamed\"}}";

        HttpResponse<String> response = stub.raw()
                .send(
                        method,
                        path,
                        body.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
        stub.expectOutsideSpec();

        assertEquals(405, response.statusCode(), response.body());
        BadInputMatrixTest.assertVendorErrorShape(path, 405, response.body());
        assertTrue(response.body().contains("This method is not allowed here"), response.body());
        assertEquals(before, stub.records(), "a refused request changed stored state");
        JsonNode entry = lastJournalEntry();
        assertEquals(method, entry.get("method").asText(), entry.toString());
        assertEquals(405, entry.get("status").asInt(), entry.toString());
        assertEquals("invalid", entry.get("verdict").asText(), entry.toString());
    }

    static Stream<Arguments> brokenFraming() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of(VANTAGE, EP)) {
            String body = path.equals(VANTAGE) ? "{\"name\":\"renamed\"}" : "{\"data\":{\"name\":\"renamed\"}}";
            String chunk = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n";
            cases.add(Arguments.of(
                    path,
                    "Transfer-Encoding: chunked",
                    "ZZ\r\n" + body + "\r\n0\r\n\r\n",
                    "The request body is not valid chunked encoding"));
        }
        return cases.stream();
    }

    /**
     * A chunk size that is no number: the client still waits, and gets the vendor's 400 from the HTTP layer,
     * which decodes the chunks before the stub reads the body, so the journal never sees it.
     */
    @ParameterizedTest(name = "{0} [{1}] {3}")
    @MethodSource("brokenFraming")
    void bodyThatBreaksItsFramingGetsTheVendors400(String path, String framing, String sent, String named)
            throws Exception {
        JsonNode before = stub.records();
        String head = "PUT " + path + " HTTP/1.1\r\nHost: stub\r\nAuthorization: " + AUTH
                + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n";

        String answer = exchange(head + sent, false);

        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.contains("\r\nConnection: close\r\n"), answer);
        assertTrue(answer.contains("\r\nContent-Type: application/json\r\n"), answer);
        String responseBody = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        BadInputMatrixTest.assertVendorErrorShape(path, 400, responseBody);
        assertTrue(responseBody.contains(named), responseBody);
        assertEquals(before, stub.records(), "a refused request changed stored state");
        HttpResponse<String> journal = stub.raw().send("GET", "/__admin/journal", null, "Authorization", AUTH);
        assertEquals(0, JSON.readTree(journal.body()).get("requests").size(), journal.body());
    }

    static Stream<Arguments> cutShortByTheClient() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of(VANTAGE, EP)) {
            String body = path.equals(VANTAGE) ? "{\"name\":\"renamed\"}" : "{\"data\":{\"name\":\"renamed\"}}";
            String chunk = Integer.toHexString(body.length()) + "\r\n" + body + "\r\n";
            cases.add(Arguments.of(
                    path,
                    "Transfer-Encoding: chunked",
                    chunk + "0\r\n", // the last chunk, then the client stops sending before its line end
                    "The request body "));
            cases.add(Arguments.of(
                    path,
                    "Transfer-Encoding: chunked",
                    chunk.substring(0, chunk.length() - 4), // stops sending inside the first chunk
                    "The request body "));
            cases.add(Arguments.of(
                    path,
                    "Content-Length: " + (body.length() + 10),
                    body,
                    "The request body ended before the length its Content-Length header gives"));
        }
        return cases.stream();
    }

    /**
     * The client sends part of a body and closes its side. The HTTP layer then closes the connection, so no
     * answer can reach the client; the stub still refuses the request, changes nothing and journals why.
     */
    @ParameterizedTest(name = "{0} [{1}] {3}")
    @MethodSource("cutShortByTheClient")
    void bodyTheClientCutsShortIsRefusedAndJournaledInvalid(String path, String framing, String sent, String named)
            throws Exception {
        JsonNode before = stub.records();
        String head = "PUT " + path + " HTTP/1.1\r\nHost: stub\r\nAuthorization: " + AUTH
                + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n";

        assertEquals("", exchange(head + sent, true));

        JsonNode entry = awaitJournalEntry(path);
        assertEquals(400, entry.get("status").asInt(), entry.toString());
        assertEquals("invalid", entry.get("verdict").asText(), entry.toString());
        assertTrue(entry.get("problems").toString().contains(named), entry.toString());
        assertEquals(before, stub.records(), "a refused request changed stored state");
    }

    private static String exchange(String request, boolean thenStopSending) throws Exception {
        try (Socket socket = new Socket(stub.baseUri().getHost(), stub.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (thenStopSending) {
                socket.shutdownOutput();
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // The connection closes as soon as the client stops sending, which may be before the stub journals.
    private static JsonNode awaitJournalEntry(String path) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            HttpResponse<String> journal = stub.raw().send("GET", "/__admin/journal", null, "Authorization", AUTH);
            for (JsonNode entry : JSON.readTree(journal.body()).get("requests")) {
                if (entry.get("path").asText().equals(path)
                        && entry.get("status").asInt() == 400) {
                    return entry;
                }
            }
            assertTrue(System.nanoTime() < deadline, "no 400 for " + path + " in " + journal.body());
            Thread.sleep(20);
        }
    }

    static Stream<Arguments> vendorPaths() {
        return Stream.of(
                Arguments.of(VANTAGE, "{\"name\":\"renamed\"}", "Managed Account not found"),
                Arguments.of(EP, "{\"data\":{\"name\":\"renamed\"}}", "account not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendorPaths")
    void semicolonInTheIdIsPartOfTheIdForValidationJournalAndUpdateAlike(String path, String body, String notFound)
            throws Exception {
        JsonNode before = stub.records();

        HttpResponse<String> response =
                stub.raw().put(path + ";x=1", body, "Authorization", AUTH, "Content-Type", "application/json");

        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.body().contains(notFound), response.body());
        assertEquals(before, stub.records(), "the record without ';x=1' was updated");
        assertEquals(path + "%3Bx=1", lastJournalEntry().get("path").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendorPaths")
    void semicolonInAnEarlierSegmentLeadsNowhereRatherThanAroundValidation(String path, String body, String notFound)
            throws Exception {
        JsonNode before = stub.records();
        String invalid = body.replace("\"renamed\"", "42");
        String detour = path.replaceFirst("^/v2/", "/v2;x=1/");

        HttpResponse<String> response =
                stub.raw().put(detour, invalid, "Authorization", AUTH, "Content-Type", "application/json");
        stub.expectOutsideSpec();

        assertEquals(404, response.statusCode(), response.body());
        assertEquals(before, stub.records(), "a request that skipped validation changed a record");
    }

    private static JsonNode lastJournalEntry() throws Exception {
        HttpResponse<String> journal = stub.raw().send("GET", "/__admin/journal", null, "Authorization", AUTH);
        JsonNode requests = JSON.readTree(journal.body()).get("requests");
        assertFalse(requests.isEmpty(), journal.body());
        return requests.get(requests.size() - 1);
    }
}
