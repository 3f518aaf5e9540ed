package io.accountcontracts.stub.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one entry holds: the exchange as the proxy sent and received it, in the fields HAR 1.2 defines. */
class EntryContentTest {

    @TempDir
    Path dir;

    @Test
    void entryHoldsRequestResponseTimingAndWhereItComesFrom() {
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        requestHeaders.put("Content-Type", List.of("application/json"));
        requestHeaders.put("Accept", List.of("application/json", "text/plain"));
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        responseHeaders.put("Content-Type", List.of("application/json; charset=utf-8"));
        responseHeaders.put("Location", List.of("https://elsewhere.example/v2/accounts/a-1"));
        ProxiedExchange exchange = new ProxiedExchange(
                Vendor.ELASTIC_PATH,
                Exchanges.STARTED,
                1234,
                "PUT",
                URI.create("https://useast.api.elasticpath.com/v2/accounts/a-1?include=x%20y&flag"),
                requestHeaders,
                "{\"data\":{}}".getBytes(StandardCharsets.UTF_8),
                201,
                responseHeaders,
                "{\"data\":{\"name\":\"Zoë\"}}".getBytes(StandardCharsets.UTF_8));

        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(exchange);
        }

        JsonNode log = Exchanges.json(dir.resolve("elasticpath.har")).path("log");
        assertEquals("1.2", log.path("version").asText());
        assertEquals(HarRecorder.CREATOR, log.at("/creator/name").asText());
        assertTrue(!log.at("/creator/version").asText().isEmpty(), log.toString());

        JsonNode entry = log.path("entries").get(0);
        assertEquals("2024-05-06T07:08:09.123Z", entry.path("startedDateTime").asText());
        assertEquals(1234, entry.path("time").asInt());
        assertEquals(1234, entry.at("/timings/wait").asInt());
        assertEquals(0, entry.at("/timings/send").asInt());
        assertEquals(0, entry.at("/timings/receive").asInt());
        assertEquals(-1, entry.at("/timings/dns").asInt());
        assertTrue(
                entry.path("comment").asText().contains("recorded by the account-contracts stub's proxy"),
                entry.toString());

        JsonNode request = entry.path("request");
        assertEquals("PUT", request.path("method").asText());
        assertEquals(
                "https://useast.api.elasticpath.com/v2/accounts/a-1?include=x%20y&flag",
                request.path("url").asText());
        assertEquals("HTTP/1.1", request.path("httpVersion").asText());
        assertEquals(
                "[{\"name\":\"Content-Type\",\"value\":\"application/json\"},"
                        + "{\"name\":\"Accept\",\"value\":\"application/json\"},{\"name\":\"Accept\",\"value\":\"text/plain\"}]",
                request.path("headers").toString());
        assertEquals(
                "[{\"name\":\"include\",\"value\":\"x y\"},{\"name\":\"flag\",\"value\":\"\"}]",
                request.path("queryString").toString());
        assertEquals("application/json", request.at("/postData/mimeType").asText());
        assertEquals("{\"data\":{}}", request.at("/postData/text").asText());
        assertEquals(11, request.path("bodySize").asInt());
        assertEquals("[]", request.path("cookies").toString());

        JsonNode response = entry.path("response");
        assertEquals(201, response.path("status").asInt());
        assertEquals("Created", response.path("statusText").asText());
        assertEquals(
                "application/json; charset=utf-8",
                response.at("/content/mimeType").asText());
        assertEquals(
                "{\"data\":{\"name\":\"Zoë\"}}", response.at("/content/text").asText());
        assertEquals(24, response.at("/content/size").asInt(), "size counts bytes, not characters");
        assertTrue(response.at("/content/encoding").isMissingNode());
        assertEquals(
                "https://elsewhere.example/v2/accounts/a-1",
                response.path("redirectURL").asText());
        assertEquals("[]", response.path("cookies").toString());
    }

    @Test
    void exchangeWithoutBodiesHasNoPostDataTextAndAnEmptyContent() {
        ProxiedExchange exchange = new ProxiedExchange(
                Vendor.VANTAGE,
                Exchanges.STARTED,
                0,
                "PUT",
                URI.create("https://api.vantage.sh/v2/managed_accounts/acct_1"),
                Map.of(),
                new byte[0],
                599,
                Map.of(),
                new byte[0]);

        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(exchange);
        }

        JsonNode entry = Exchanges.entries(dir.resolve("vantage.har")).get(0);
        assertTrue(entry.at("/request/postData/text").isMissingNode(), entry.toString());
        assertEquals(0, entry.at("/response/content/size").asInt());
        assertEquals("", entry.at("/response/content/mimeType").asText());
        assertEquals("", entry.at("/response/statusText").asText(), "599 has no standard reason phrase");
    }
}
