package io.accountcontracts.contract.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.contract.support.HostileVendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One marker secret sent down every path a credential can take through the packaged jar (proxied and stubbed,
 * valid and refused, in every header that names a credential, in the query, in the vendor's answer headers, in
 * a header value the HTTP client refuses), and the stub's own token sent where it must not go: afterwards no
 * answer the stub made, no log line, journal entry, tally example, shutdown summary or HAR field holds either,
 * and the vendor never saw the stub's token or a path outside its API.
 */
class MarkerSecretTest {

    private static final String MARKER = "mark" + UUID.randomUUID().toString().replace("-", "");
    private static final String STUB_TOKEN =
            "stub" + UUID.randomUUID().toString().replace("-", "");
    private static final String VANTAGE = "/v2/managed_accounts/";
    private static final String EP_PATH = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path recordings;

    @Test
    void noSecretSentThroughAnyPathIsEchoedLoggedJournaledTalliedOrRecorded() throws Exception {
        Map<String, String> stubAnswers = new LinkedHashMap<>();
        String output;
        String journal;
        String violations;
        try (HostileVendor vendor = new HostileVendor(MARKER);
                StubJar jar = StubJar.start(
                        List.of(),
                        List.of(
                                "--token",
                                STUB_TOKEN,
                                "--proxy",
                                "vantage=" + vendor.baseUri(),
                                "--record",
                                recordings.toString()))) {
            URI base = jar.baseUri();

            // A header value the JDK's client refuses to forward: the 502 must not quote it.
            stubAnswers.put(
                    "unsendable header",
                    raw(
                            base,
                            "PUT " + VANTAGE + "acct_1 HTTP/1.1\r\n"
                                    + "Host: x\r\nAuthorization: Bearer " + MARKER + "\u0001x\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
                                    + "{\"name\":\"x\"}"));
            // Forwarded with credentials everywhere, and answered with credentials in the vendor's headers
            // (passed on to the caller as the vendor sent them: that answer is the vendor's, not the stub's).
            HttpResponse<String> leaky = send(
                    base,
                    VANTAGE + "leaky?access_key=" + MARKER + "&api_key=" + MARKER,
                    "{\"name\":\"x\"}",
                    credentialHeaders("Bearer " + MARKER));
            assertEquals(200, leaky.statusCode(), leaky.body());
            // The stub's own token, on a proxied path, in Authorization and in another header.
            stubAnswers.put(
                    "stub token in Authorization",
                    body(send(base, VANTAGE + "acct_1", "{\"name\":\"x\"}", "Authorization", "Bearer " + STUB_TOKEN)));
            stubAnswers.put(
                    "stub token in X-Api-Key",
                    body(send(
                            base,
                            VANTAGE + "acct_1",
                            "{\"name\":\"x\"}",
                            "Authorization",
                            "Bearer " + MARKER,
                            "X-Api-Key",
                            STUB_TOKEN)));
            // Dot-segments that would leave the vendor's API with the caller's credentials.
            stubAnswers.put(
                    "dot-segments",
                    raw(
                            base,
                            "PUT " + VANTAGE + "../../../internal/secret HTTP/1.1\r\n"
                                    + "Host: x\r\nAuthorization: Bearer " + MARKER
                                    + "\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 12\r\nConnection: close\r\n\r\n{\"name\":\"x\"}"));
            stubAnswers.put(
                    "encoded dot-segments",
                    body(send(
                            base,
                            VANTAGE + "%2e%2e/%2E%2e/internal",
                            "{\"name\":\"x\"}",
                            "Authorization",
                            "Bearer " + MARKER)));
            // Stubbed: valid, invalid, with a query credential, unauthenticated, and on the admin API.
            stubAnswers.put(
                    "stubbed valid",
                    body(send(
                            base,
                            EP_PATH,
                            "{\"data\":{\"type\":\"account\",\"name\":\"n\"}}",
                            credentialHeaders("Bearer " + STUB_TOKEN))));
            stubAnswers.put(
                    "stubbed with a query credential",
                    body(send(
                            base,
                            EP_PATH + "?access_key=" + MARKER,
                            "{\"data\":{\"type\":\"account\",\"name\":\"n\"}}",
                            "Authorization",
                            "Bearer " + STUB_TOKEN)));
            stubAnswers.put(
                    "stubbed invalid",
                    body(send(
                            base,
                            EP_PATH,
                            "{\"data\":{\"type\":\"account\",\"name\":\"\"}}",
                            credentialHeaders("Bearer " + STUB_TOKEN))));
            stubAnswers.put(
                    "stubbed, wrong token",
                    body(send(
                            base, EP_PATH, "{\"data\":{\"type\":\"account\"}}", "Authorization", "Bearer " + MARKER)));
            stubAnswers.put(
                    "admin, wrong token",
                    body(HTTP.send(
                            HttpRequest.newBuilder(base.resolve("/__admin/journal"))
                                    .header("Authorization", "Bearer " + MARKER)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())));

            journal = admin(base, "/__admin/journal");
            violations = admin(base, "/__admin/violations");
            output = jar.stop();

            for (HostileVendor.Received received : vendor.received()) {
                assertTrue(
                        received.rawPath().matches("/v2/managed_accounts/[A-Za-z0-9_]+"),
                        "the vendor was sent " + received.rawPath());
                assertFalse(received.headers().toString().contains(STUB_TOKEN), "the vendor got the stub's token");
            }
            assertEquals(1, vendor.received().size(), "only the leaky exchange may reach the vendor");
        }

        for (var answer : stubAnswers.entrySet()) {
            assertClean("the stub's answer to '" + answer.getKey() + "'", answer.getValue());
            assertNotEquals("", answer.getValue(), answer.getKey() + " got no answer");
        }
        assertClean("GET /__admin/journal", journal);
        assertClean("GET /__admin/violations", violations);
        assertClean("the jar's log and shutdown summary", output);
        assertTrue(output.contains("vantage"), "no shutdown summary was printed:\n" + output);
        List<Path> hars = new ArrayList<>();
        try (var files = Files.list(recordings)) {
            files.filter(f -> f.toString().endsWith(".har")).forEach(hars::add);
        }
        assertFalse(hars.isEmpty(), "nothing was recorded");
        for (Path har : hars) {
            String text = Files.readString(har);
            assertClean(har.getFileName().toString(), text);
            if (har.getFileName().toString().startsWith("vantage")) {
                assertTrue(text.contains("/v2/managed_accounts/leaky"), "the leaky exchange was not recorded");
            }
        }
    }

    /** Every header that names a credential, each holding the marker. */
    private static String[] credentialHeaders(String authorization) {
        return new String[] {
            "Authorization", authorization,
            "X-Api-Key", MARKER,
            "X-Access-Key", MARKER,
            "Private-Key", MARKER,
            "X-Auth-Token", MARKER,
            "X-Session-Id", MARKER,
            "X-Signature", MARKER,
            "X-Client-Secret", MARKER,
            "X-Password", MARKER,
            "Cookie", "session=" + MARKER,
            "Proxy-Authorization", "Basic " + MARKER
        };
    }

    private static void assertClean(String where, String text) {
        assertFalse(text.contains(MARKER), where + " holds the marker secret:\n" + text);
        assertFalse(text.contains(STUB_TOKEN), where + " holds the stub's token:\n" + text);
    }

    private static HttpResponse<String> send(URI base, String rawPath, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + rawPath))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Status line, headers and body: all of what the stub answered. */
    private static String body(HttpResponse<String> response) {
        return response.statusCode() + " " + response.headers().map() + " " + response.body();
    }

    /** Bytes no HTTP client would send; the whole answer as text. */
    private static String raw(URI base, String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String admin(URI base, String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + STUB_TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }
}
