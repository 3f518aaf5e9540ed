package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.PROXY_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.journal;
import static io.accountcontracts.contract.proxy.Proxies.only;
import static io.accountcontracts.contract.proxy.Proxies.put;
import static io.accountcontracts.contract.proxy.Proxies.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.contract.support.HostileVendor;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.errors.Vendor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An upstream that answers too much, too slowly, or with a gzip bomb costs the proxy a bounded amount of memory
 * and time: the caller gets a 502 or 504 in the vendor's shape naming the limit, the exchange is journaled and
 * tallied, and the stub keeps serving. And what a caller receives when the stub stops is what is recorded.
 */
@Timeout(120)
class ProxyHostileUpstreamTest {

    private static final String BODY = "{\"name\":\"x\"}";
    private static final String PATH = "/v2/managed_accounts/";

    @Test
    void anAnswerDeclaredLargerThanTheLimitIs502NamingTheLimitAndTheFlagAndTheStubKeepsServing() {
        try (HostileVendor vendor = new HostileVendor();
                StubServer proxy = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, vendor.baseUri()))) {
            HttpResponse<byte[]> answer = put(proxy.baseUri(), PATH + "huge", BODY, VENDOR_TOKEN);

            assertEquals(502, answer.statusCode(), text(answer));
            String message = "The answer of the upstream " + vendor.authority()
                    + " is larger than the limit of 1048576 bytes (--proxy-max-answer-bytes), so it was not passed on.";
            assertEquals("{\"errors\":[\"" + message + "\"]}", text(answer));
            assertTooLargeIsJournaledAndTallied(proxy, message);
            assertEquals(
                    200,
                    Proxies.send(
                                    proxy.baseUri(),
                                    "GET",
                                    "/__admin/health",
                                    null,
                                    "Authorization",
                                    "Bearer " + PROXY_TOKEN)
                            .statusCode());
        }
    }

    @Test
    void anAnswerWithNoLengthIsCutOffSoonAfterItPassesTheLimit() {
        try (HostileVendor vendor = new HostileVendor();
                StubServer proxy = Proxies.proxy(
                        Proxies.observing(Vendor.VANTAGE, vendor.baseUri()).withMaxAnswerBytes(64 * 1024))) {
            HttpResponse<byte[]> answer = put(proxy.baseUri(), PATH + "huge-chunked", BODY, VENDOR_TOKEN);

            assertEquals(502, answer.statusCode(), text(answer));
            assertTrue(text(answer).contains("larger than the limit of 65536 bytes"), text(answer));
            assertEquals(
                    "upstream.too_large",
                    only(journal(proxy, PROXY_TOKEN)).get("upstream_error").asText());
            // The connection was closed under the vendor: it got no further than the socket buffers hold.
            long sent = waitForSentToSettle(vendor);
            assertTrue(sent < 32L * 1024 * 1024, "the vendor sent " + sent + " bytes");
        }
    }

    @Test
    void aBodyThatDribblesIs504WithinTheAnswerTimeoutThoughItsHeadersCameAtOnce() {
        try (HostileVendor vendor = new HostileVendor();
                StubServer proxy = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, vendor.baseUri())
                        .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500)))) {
            long start = System.nanoTime();

            HttpResponse<byte[]> answer = put(proxy.baseUri(), PATH + "dribble", BODY, VENDOR_TOKEN);

            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(504, answer.statusCode(), text(answer));
            assertTrue(tookMs >= 500 && tookMs < 5_000, "answered after " + tookMs + " ms");
            assertEquals(
                    "{\"errors\":[\"The upstream " + vendor.authority() + " did not answer within 500 ms.\"]}",
                    text(answer));
            assertEquals(
                    "upstream.timeout",
                    only(journal(proxy, PROXY_TOKEN)).get("upstream_error").asText());
        }
    }

    @Test
    void aGzipBombIsAResponseProblemNamingTheLimitAndIsPassedOnCompressed() {
        try (HostileVendor vendor = new HostileVendor();
                StubServer proxy = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, vendor.baseUri()))) {
            HttpResponse<byte[]> answer = put(proxy.baseUri(), PATH + "gzip-bomb", BODY, VENDOR_TOKEN);

            assertEquals(200, answer.statusCode());
            assertArrayEquals(vendor.bomb(), answer.body(), "the compressed bytes, as the vendor sent them");
            JsonNode entry = only(journal(proxy, PROXY_TOKEN));
            assertEquals("invalid", entry.get("response_verdict").asText(), entry.toString());
            assertEquals(
                    "[\"The answer's body decodes from gzip to more than the limit of 1048576 bytes "
                            + "(--proxy-max-answer-bytes), so it was not checked.\"]",
                    entry.get("response_problems").toString());
            assertEquals(
                    "validation.response.body.tooLarge",
                    Proxies.violations(proxy)
                            .at("/vendors/vantage/nonconforming_responses/by_rule/0/rule")
                            .asText());
        }
    }

    @Test
    void underProxyStrictAGzipBombIsThe502NamingTheLimit() {
        try (HostileVendor vendor = new HostileVendor();
                StubServer proxy = Proxies.proxy(Proxies.strict(Vendor.VANTAGE, vendor.baseUri()))) {
            HttpResponse<byte[]> answer = put(proxy.baseUri(), PATH + "gzip-bomb", BODY, VENDOR_TOKEN);

            assertEquals(502, answer.statusCode());
            assertEquals(
                    "{\"errors\":[\"The answer of the upstream " + vendor.authority() + " (HTTP 200) breaks the spec: "
                            + "The answer's body decodes from gzip to more than the limit of 1048576 bytes "
                            + "(--proxy-max-answer-bytes), so it was not checked.\"]}",
                    text(answer));
            assertEquals(502, only(journal(proxy, PROXY_TOKEN)).get("status").asInt());
        }
    }

    @Test
    void aRequestInFlightWhenTheStubStopsGetsThe502TheJournalRecords() throws Exception {
        try (HostileVendor vendor = new HostileVendor()) {
            StubServer proxy = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, vendor.baseUri()));
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(proxy.baseUri() + PATH + "slow"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + VENDOR_TOKEN)
                            .PUT(HttpRequest.BodyPublishers.ofString(BODY))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(vendor.requested.await(10, TimeUnit.SECONDS), "the request reached the vendor");

            proxy.close(); // waits out the grace period, then interrupts the worker

            HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
            List<Journal.Entry> entries = proxy.journal().entries();
            assertEquals(1, entries.size(), entries.toString());
            assertEquals(entries.get(0).status(), answer.statusCode(), "what the caller got is what was journaled");
            assertEquals(502, answer.statusCode());
            assertEquals("upstream.interrupted", entries.get(0).upstreamError());
            assertEquals(
                    "{\"errors\":[\"The stub is stopping; the answer from the upstream " + vendor.authority()
                            + " was not awaited.\"]}",
                    answer.body());
            assertEquals(
                    1,
                    proxy.violations()
                            .vendors()
                            .get("vantage")
                            .upstreamFailures()
                            .count());
        }
    }

    private static void assertTooLargeIsJournaledAndTallied(StubServer proxy, String message) {
        JsonNode entry = only(journal(proxy, PROXY_TOKEN));
        assertEquals(502, entry.get("status").asInt());
        assertEquals("upstream.too_large", entry.get("upstream_error").asText());
        JsonNode failures = Proxies.violations(proxy).at("/vendors/vantage/upstream_failures");
        assertEquals(1, failures.get("count").asInt());
        assertEquals("upstream.too_large", failures.at("/by_rule/0/rule").asText());
        assertEquals(message, failures.at("/by_rule/0/example/problem").asText());
    }

    // The vendor's thread notices the closed connection once its socket buffers are full.
    private static long waitForSentToSettle(HostileVendor vendor) {
        long before = -1;
        for (int i = 0; i < 50 && before != vendor.bytesSent(); i++) {
            before = vendor.bytesSent();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return vendor.bytesSent();
    }
}
