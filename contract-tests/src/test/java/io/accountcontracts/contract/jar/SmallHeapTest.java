package io.accountcontracts.contract.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.HostileVendor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar in a 64 MB heap, attacked as a hostile upstream and a careless caller would: nothing it is
 * sent may exhaust its memory, every exchange is journaled, and health still answers within a second. An
 * OutOfMemoryError ends the JVM (-XX:+ExitOnOutOfMemoryError), so it cannot hide as a hung worker.
 */
class SmallHeapTest {

    private static final String TOKEN = "small-heap-token";
    private static final String VENDOR_TOKEN = "the-vendors-token";
    private static final String EP_PATH = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final int OVERSIZED_REQUESTS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HostileVendor vendor;
    private static StubJar jar;

    @BeforeAll
    static void start() throws Exception {
        vendor = new HostileVendor("no-secret-here");
        jar = StubJar.start(
                List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
                List.of(
                        "--token",
                        TOKEN,
                        "--proxy",
                        "vantage=" + vendor.baseUri(),
                        "--journal-size",
                        "" + (OVERSIZED_REQUESTS + 10),
                        "--no-access-log"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (jar != null) {
            jar.close();
        }
        if (vendor != null) {
            vendor.close();
        }
    }

    @Test
    void aFourHundredMegabyteAnswerGetsA502NamingTheLimitAndIsJournaled() throws Exception {
        HttpResponse<String> answer = put("/v2/managed_accounts/huge-chunked", "{\"name\":\"x\"}", VENDOR_TOKEN);

        assertEquals(502, answer.statusCode(), answer.body());
        assertTrue(
                JSON.readTree(answer.body()).at("/errors/0").asText().contains("--proxy-max-answer-bytes"),
                answer.body());
        JsonNode entry = onlyEntry("/v2/managed_accounts/huge-chunked");
        assertEquals(502, entry.path("status").asInt(), entry.toString());
        assertTrue(entry.hasNonNull("upstream_error"), entry.toString());
        assertEquals(
                1, violations().at("/vendors/vantage/upstream_failures/count").asInt());
        assertHealthyWithinASecond();
    }

    @Test
    void aGzipBombIsCheckedOnlyUpToTheLimitAndReported() throws Exception {
        HttpResponse<String> answer = put("/v2/managed_accounts/gzip-bomb", "{\"name\":\"x\"}", VENDOR_TOKEN);

        // Observe mode passes the vendor's bytes on as they came, compressed; the check reports what it could not do.
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode entry = onlyEntry("/v2/managed_accounts/gzip-bomb");
        assertEquals("invalid", entry.path("response_verdict").asText(), entry.toString());
        assertTrue(entry.path("response_problems").toString().contains("limit"), entry.toString());
        assertHealthyWithinASecond();
    }

    @Test
    void aThousandInvalidRequestsWith900kBFieldsAreAllJournaledInBoundedSpace() throws Exception {
        String body = "{\"data\":{\"type\":\"account\",\"registration_id\":\"" + "x".repeat(900_000) + "\"}}";
        for (int i = 0; i < OVERSIZED_REQUESTS; i++) {
            HttpResponse<String> answer = put(EP_PATH, body, TOKEN);
            assertEquals(400, answer.statusCode(), "request " + i);
            assertTrue(
                    answer.body().length() < 10_000,
                    "the 400 quotes the whole value: " + answer.body().length());
        }

        List<JsonNode> entries = entries(EP_PATH);
        assertEquals(OVERSIZED_REQUESTS, entries.size());
        for (JsonNode entry : entries) {
            assertEquals("invalid", entry.path("verdict").asText());
            assertTrue(entry.path("problems").toString().length() < 10_000, entry.toString());
        }
        assertEquals(
                OVERSIZED_REQUESTS,
                violations().at("/vendors/elasticpath/invalid_requests/count").asInt());
        assertHealthyWithinASecond();
    }

    private static void assertHealthyWithinASecond() throws Exception {
        assertTrue(jar.isAlive(), "the jar died:\n" + jar.output());
        HttpRequest health = HttpRequest.newBuilder(jar.baseUri().resolve("/__admin/health"))
                .timeout(Duration.ofSeconds(1))
                .build();
        assertEquals(
                200, HTTP.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static HttpResponse<String> put(String path, String body, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(jar.baseUri().resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode onlyEntry(String path) throws Exception {
        List<JsonNode> entries = entries(path);
        assertEquals(1, entries.size(), "journal entries for " + path);
        return entries.get(0);
    }

    private static List<JsonNode> entries(String path) throws Exception {
        return StreamSupport.stream(admin("/__admin/journal").path("requests").spliterator(), false)
                .filter(e -> e.path("path").asText().equals(path))
                .toList();
    }

    private static JsonNode violations() throws Exception {
        return admin("/__admin/violations");
    }

    private static JsonNode admin(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(jar.baseUri() + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }
}
