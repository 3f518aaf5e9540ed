package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.PROXY_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.VANTAGE_PATH;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.journal;
import static io.accountcontracts.contract.proxy.Proxies.json;
import static io.accountcontracts.contract.proxy.Proxies.only;
import static io.accountcontracts.contract.proxy.Proxies.put;
import static io.accountcontracts.contract.proxy.Proxies.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No answer from the upstream: 502 (refused, unreachable, TLS) or 504 (timeout) in the vendor's error shape,
 * naming the cause and the upstream, never a stack trace or a class name.
 */
class ProxyNetworkFailureTest {

    private static final String BODY = "{\"name\":\"x\"}";
    private static final String EP_BODY = "{\"data\":{\"type\":\"account\",\"name\":\"x\"}}";

    @Test
    void aPortWhereNothingListensIs502NamingTheUpstream() {
        int port = Proxies.deadPort();
        try (StubServer proxy =
                Proxies.proxy(Proxies.observing(Vendor.VANTAGE, URI.create("http://127.0.0.1:" + port)))) {
            HttpResponse<byte[]> answer = put(proxy.baseUri(), VANTAGE_PATH, BODY, VENDOR_TOKEN);

            assertEquals(502, answer.statusCode());
            assertEquals(
                    "{\"errors\":[\"Could not get an answer from the upstream 127.0.0.1:" + port
                            + ": the connection was refused.\"]}",
                    text(answer));
            JsonNode entry = only(journal(proxy, PROXY_TOKEN));
            assertEquals("upstream.refused", entry.get("upstream_error").asText());
            assertEquals("valid", entry.get("verdict").asText());
            assertNull(entry.get("response_verdict"));
            JsonNode failures = Proxies.violations(proxy).at("/vendors/vantage/upstream_failures");
            assertEquals(1, failures.get("count").asInt());
            assertEquals("upstream.refused", failures.at("/by_rule/0/rule").asText());
            assertEquals(502, failures.at("/by_rule/0/status").asInt());
            assertEquals(
                    "Could not get an answer from the upstream 127.0.0.1:" + port + ": the connection was refused.",
                    failures.at("/by_rule/0/example/problem").asText());
            assertEquals(
                    0,
                    Proxies.violations(proxy)
                            .at("/vendors/vantage/nonconforming_responses/count")
                            .asInt());
        }
    }

    @Test
    void aSlowUpstreamIs504AfterTheTimeoutInTheVendorsShape() {
        try (StubServer upstream = Proxies.upstreamStub();
                StubServer proxy = Proxies.proxy(Proxies.observing(Vendor.ELASTIC_PATH, upstream.baseUri())
                        .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)))) {
            upstream.nextResponse("updateAccount").delay(Duration.ofSeconds(5));
            long start = System.nanoTime();

            HttpResponse<byte[]> answer = put(proxy.baseUri(), Proxies.EP_PATH, EP_BODY, VENDOR_TOKEN);

            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            upstream.reset(); // cuts the delay short, so closing does not wait it out
            assertEquals(504, answer.statusCode(), text(answer));
            assertTrue(tookMs >= 300 && tookMs < 4_000, "answered after " + tookMs + " ms");
            JsonNode error = json(answer).at("/errors/0");
            assertEquals("504", error.get("status").asText());
            assertEquals("Gateway Timeout", error.get("title").asText());
            assertEquals(
                    "The upstream " + upstream.baseUri().getAuthority() + " did not answer within 300 ms.",
                    error.get("detail").asText());
            assertEquals(
                    "upstream.timeout",
                    only(journal(proxy, PROXY_TOKEN)).get("upstream_error").asText());
        }
    }

    @Test
    void tlsToAPortThatAnswersPlainHttpIs502NamingTls() throws Exception {
        // Answers every connection at once in plain HTTP, as a misconfigured upstream would: no TLS handshake.
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(
                    () -> {
                        while (!plain.isClosed()) {
                            try (Socket connection = plain.accept()) {
                                connection
                                        .getOutputStream()
                                        .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                                .getBytes(StandardCharsets.US_ASCII));
                            } catch (IOException e) {
                                return;
                            }
                        }
                    },
                    "plain-http");
            server.start();
            String authority = "127.0.0.1:" + plain.getLocalPort();
            try (StubServer proxy =
                    Proxies.proxy(Proxies.observing(Vendor.VANTAGE, URI.create("https://" + authority)))) {
                HttpResponse<byte[]> answer = put(proxy.baseUri(), VANTAGE_PATH, BODY, VENDOR_TOKEN);

                assertEquals(502, answer.statusCode(), text(answer));
                String message = json(answer).at("/errors/0").asText();
                assertEquals(
                        "Could not get an answer from the upstream " + authority + ": the TLS handshake failed (a "
                                + "certificate this JVM does not trust, or a port that does not speak TLS).",
                        message);
                assertEquals(
                        "upstream.tls",
                        only(journal(proxy, PROXY_TOKEN)).get("upstream_error").asText());
            }
        }
    }

    @Test
    void aHostThatDoesNotResolveIs502NamingTheHost() {
        // .invalid never resolves (RFC 6761); a short connect timeout covers a resolver that hangs instead.
        try (StubServer proxy = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, URI.create("http://vendor.invalid"))
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3)))) {
            HttpResponse<byte[]> answer = put(proxy.baseUri(), VANTAGE_PATH, BODY, VENDOR_TOKEN);

            String message = json(answer).at("/errors/0").asText();
            assertTrue(answer.statusCode() == 502 || answer.statusCode() == 504, answer.statusCode() + " " + message);
            assertTrue(message.contains("vendor.invalid"), message);
        }
    }
}
