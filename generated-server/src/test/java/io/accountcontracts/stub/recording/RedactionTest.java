package io.accountcontracts.stub.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials never reach the disk, in any spelling; the bearer scheme stays so the specs still pass. */
class RedactionTest {

    // Distinctive, with characters that URL-encoding and base64 both change.
    private static final String SECRET = "s3cr3t+T0k/en=Zq9";

    @TempDir
    Path dir;

    @Test
    void noSpellingOfTheSecretReachesTheFile() throws Exception {
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        requestHeaders.put("Authorization", List.of("Bearer " + SECRET));
        requestHeaders.put("Proxy-Authorization", List.of("Basic " + base64("user:" + SECRET)));
        requestHeaders.put("Cookie", List.of("session=" + SECRET + "; theme=dark"));
        requestHeaders.put("X-Api-Key", List.of(SECRET));
        requestHeaders.put("X-Access-Key", List.of(SECRET));
        requestHeaders.put("Private-Key", List.of(SECRET));
        requestHeaders.put("X-Session-Id", List.of(SECRET));
        requestHeaders.put("Referer", List.of("https://app.example/cb?client_secret=" + urlEncoded(SECRET)));
        requestHeaders.put("Content-Type", List.of("application/json"));
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        responseHeaders.put("Set-Cookie", List.of("sid=" + SECRET + "; HttpOnly", "other=" + base64(SECRET)));
        responseHeaders.put("Content-Type", List.of("application/json"));
        responseHeaders.put(
                "Location",
                List.of("https://me:" + urlEncoded(SECRET) + "@api.vantage.sh/v2/x?access_token="
                        + urlEncoded(SECRET)));
        responseHeaders.put("Content-Location", List.of("/v2/x?Access_Key=" + urlEncoded(SECRET)));
        responseHeaders.put("Link", List.of("</v2/x?page=2&api_key=" + urlEncoded(SECRET) + ">; rel=\"next\""));
        URI uri = URI.create("https://user:" + urlEncoded(SECRET)
                + "@api.vantage.sh/v2/managed_accounts/acct_1?access_token=" + urlEncoded(SECRET) + "&api_key="
                + urlEncoded(SECRET) + "&access_key=" + urlEncoded(SECRET) + "&page=2");
        ProxiedExchange exchange = new ProxiedExchange(
                Vendor.VANTAGE,
                Exchanges.STARTED,
                3,
                "PUT",
                uri,
                requestHeaders,
                "{\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8),
                200,
                responseHeaders,
                "{\"token\":\"acct_1\"}".getBytes(StandardCharsets.UTF_8));

        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(exchange);
        }

        String raw = new String(Files.readAllBytes(dir.resolve("vantage.har")), StandardCharsets.ISO_8859_1);
        for (String spelling : List.of(
                SECRET,
                base64(SECRET),
                base64("user:" + SECRET),
                urlEncoded(SECRET),
                SECRET.replace("/", "\\/"),
                "s3cr3t")) {
            assertFalse(raw.contains(spelling), "the file holds " + spelling + ":\n" + raw);
        }
        assertTrue(raw.contains("\"name\" : \"page\""), "an ordinary query parameter is kept:\n" + raw);
        assertEquals(
                "https://REDACTED@api.vantage.sh/v2/x?access_token=REDACTED",
                Exchanges.entries(dir.resolve("vantage.har"))
                        .get(0)
                        .at("/response/redirectURL")
                        .asText());
    }

    @Test
    void headersAreRedactedKeepingTheSchemeOfAuthorization() {
        JsonNode entry = recordWithHeaders(
                Map.of(
                        "Authorization", List.of("Bearer " + SECRET),
                        "Proxy-Authorization", List.of("Basic " + base64("u:" + SECRET)),
                        "Cookie", List.of("a=" + SECRET)),
                Map.of("Set-Cookie", List.of("b=" + SECRET), "Content-Type", List.of("application/json")));

        JsonNode request = entry.at("/request/headers");
        assertEquals("Bearer REDACTED", value(request, "Authorization"));
        assertEquals("Basic REDACTED", value(request, "Proxy-Authorization"));
        assertEquals("REDACTED", value(request, "Cookie"));
        assertEquals("REDACTED", value(entry.at("/response/headers"), "Set-Cookie"));
        assertEquals("application/json", value(entry.at("/response/headers"), "Content-Type"));
        assertEquals("[]", entry.at("/request/cookies").toString());
        assertEquals("[]", entry.at("/response/cookies").toString());
    }

    @Test
    void credentialQueryParametersAndUserInfoAreRedactedInTheUrlAndTheQueryString() {
        URI uri = URI.create("https://me:pw@api.vantage.sh/v2/managed_accounts/acct_1?token=t&page=2&Client_Secret=c");
        ProxiedExchange exchange = new ProxiedExchange(
                Vendor.VANTAGE, Exchanges.STARTED, 3, "PUT", uri, Map.of(), new byte[0], 200, Map.of(), new byte[0]);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(exchange);
        }

        JsonNode request = Exchanges.entries(dir.resolve("vantage.har")).get(0).path("request");
        assertEquals(
                "https://REDACTED@api.vantage.sh/v2/managed_accounts/acct_1?token=REDACTED&page=2&Client_Secret=REDACTED",
                request.path("url").asText());
        assertEquals(
                "[{\"name\":\"token\",\"value\":\"REDACTED\"},{\"name\":\"page\",\"value\":\"2\"},"
                        + "{\"name\":\"Client_Secret\",\"value\":\"REDACTED\"}]",
                request.path("queryString").toString());
    }

    private JsonNode recordWithHeaders(Map<String, List<String>> request, Map<String, List<String>> response) {
        ProxiedExchange exchange = new ProxiedExchange(
                Vendor.VANTAGE,
                Exchanges.STARTED,
                3,
                "PUT",
                URI.create("https://api.vantage.sh/v2/managed_accounts/acct_1"),
                request,
                new byte[0],
                200,
                response,
                new byte[0]);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(exchange);
        }
        return Exchanges.entries(dir.resolve("vantage.har")).get(0);
    }

    private static String value(JsonNode headers, String name) {
        for (JsonNode header : headers) {
            if (header.path("name").asText().equals(name)) {
                return header.path("value").asText();
            }
        }
        throw new AssertionError("no header " + name + " in " + headers);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
