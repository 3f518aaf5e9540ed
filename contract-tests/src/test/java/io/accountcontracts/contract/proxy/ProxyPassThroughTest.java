package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.EP_PATH;
import static io.accountcontracts.contract.proxy.Proxies.PROXY_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.VANTAGE_PATH;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.journal;
import static io.accountcontracts.contract.proxy.Proxies.only;
import static io.accountcontracts.contract.proxy.Proxies.put;
import static io.accountcontracts.contract.proxy.Proxies.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Valid traffic through the proxy: it reaches the upstream as sent, token included, and the answer comes back
 * byte for byte. The proxy's own token is not asked of proxied requests; the vendor it does not proxy is still
 * the stub, token and all.
 */
class ProxyPassThroughTest {

    private static final String VANTAGE_BODY = "{\"name\":\"Through the proxy\"}";
    private static final String EP_BODY = "{\"data\":{\"type\":\"account\",\"name\":\"through-the-proxy\"}}";

    private static StubServer upstream;
    private static DriftingVendor fake;
    private static StubServer proxy;
    private static StubServer proxyOfFake;

    @BeforeAll
    static void start() {
        upstream = Proxies.upstreamStub();
        fake = new DriftingVendor();
        proxy = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, upstream.baseUri()));
        proxyOfFake = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, URI.create(fake.baseUri() + "/")));
    }

    @AfterAll
    static void stop() {
        proxy.close();
        proxyOfFake.close();
        upstream.close();
        fake.close();
    }

    @BeforeEach
    void reset() {
        upstream.reset();
        proxy.reset();
        proxyOfFake.reset();
    }

    @Test
    void aValidUpdateReachesTheUpstreamWithTheCallersTokenAndItsAnswerComesBackAsItWas() {
        HttpResponse<byte[]> proxied = put(proxy.baseUri(), VANTAGE_PATH, VANTAGE_BODY, VENDOR_TOKEN);
        HttpResponse<byte[]> direct = put(upstream.baseUri(), VANTAGE_PATH, VANTAGE_BODY, VENDOR_TOKEN);

        assertEquals(200, proxied.statusCode(), text(proxied));
        assertArrayEquals(direct.body(), proxied.body(), "the same update, straight to the upstream");
        assertEquals(
                direct.headers().firstValue("Content-Type"), proxied.headers().firstValue("Content-Type"));
        // The upstream accepts only the vendor's token; it answered 200, and its journal shows the header came.
        JsonNode atUpstream = journal(upstream, VENDOR_TOKEN).get(0);
        assertEquals("valid", atUpstream.get("verdict").asText());
        assertEquals(
                "[\"Bearer REDACTED\"]", atUpstream.at("/headers/authorization").toString());
        assertEquals(
                VANTAGE_BODY.length(),
                atUpstream.at("/headers/content-length/0").asInt());
        JsonNode atProxy = only(journal(proxy, PROXY_TOKEN));
        assertEquals("proxied", atProxy.get("mode").asText());
        assertEquals("valid", atProxy.get("verdict").asText());
        assertEquals("valid", atProxy.get("response_verdict").asText());
        assertEquals(200, atProxy.get("upstream_status").asInt());
        assertEquals(
                "[\"Bearer REDACTED\"]", atProxy.at("/headers/authorization").toString());
    }

    @Test
    void theProxysOwnTokenIsNotAskedOfProxiedRequestsTheVendorDecides() {
        HttpResponse<byte[]> withoutToken = put(proxy.baseUri(), VANTAGE_PATH, VANTAGE_BODY, null);

        // The upstream's 401, with its challenge, not the proxy's.
        assertEquals(401, withoutToken.statusCode());
        assertEquals("{\"errors\":[\"A bearer token is required in the Authorization header.\"]}", text(withoutToken));
        assertEquals(
                List.of("unauthenticated"),
                journal(upstream, VENDOR_TOKEN).stream()
                        .map(e -> e.get("verdict").asText())
                        .toList());
        assertEquals(
                "valid",
                only(journal(proxy, PROXY_TOKEN)).get("response_verdict").asText());
    }

    @Test
    void aProgrammedAnswerComesBackWithItsStatusItsBodyAndItsCustomHeader() {
        upstream.nextResponse("updateManagedAccount").status(404).times(2);
        HttpResponse<byte[]> direct = put(upstream.baseUri(), VANTAGE_PATH, VANTAGE_BODY, VENDOR_TOKEN);

        HttpResponse<byte[]> proxied = put(proxy.baseUri(), VANTAGE_PATH, VANTAGE_BODY, VENDOR_TOKEN);

        assertEquals(404, proxied.statusCode());
        assertArrayEquals(direct.body(), proxied.body());
        assertEquals(
                direct.headers().firstValue("X-Stub-Programmed"),
                proxied.headers().firstValue("X-Stub-Programmed"));
        assertTrue(proxied.headers().firstValue("X-Stub-Programmed").isPresent());
    }

    @Test
    void theVendorsExactBytesAndHeadersPassEvenWhereNoSerialiserWouldWriteThem() {
        HttpResponse<byte[]> proxied =
                put(proxyOfFake.baseUri(), "/v2/managed_accounts/conforming", VANTAGE_BODY, VENDOR_TOKEN);

        assertEquals(200, proxied.statusCode());
        assertArrayEquals(DriftingVendor.VANTAGE_ACCOUNT.getBytes(StandardCharsets.UTF_8), proxied.body());
        assertEquals(List.of("trace-123"), proxied.headers().allValues(DriftingVendor.TRACE_HEADER));
        assertEquals(List.of("a=1", "b=2"), proxied.headers().allValues("Set-Cookie"));
        assertEquals(
                "valid",
                journal(proxyOfFake, PROXY_TOKEN).get(0).get("response_verdict").asText());
    }

    @Test
    void methodPathQueryHeadersAndBodyReachTheUpstreamAsSentAndABasePathIsKept() {
        int before = fake.received().size();
        String body = "{\"name\":\"ünïcode\"}";

        Proxies.send(
                proxyOfFake.baseUri(),
                "PUT",
                "/v2/managed_accounts/conforming?dry_run=true&x=%2F",
                body,
                "Authorization",
                "Bearer " + VENDOR_TOKEN,
                "X-Request-Id",
                "r-42",
                "Accept",
                "application/json");

        DriftingVendor.Received received = fake.received().get(before);
        assertEquals("PUT", received.method());
        // The proxy's upstream URL ends in "/": one slash, never two.
        assertEquals("/v2/managed_accounts/conforming", received.rawPath());
        assertEquals("dry_run=true&x=%2F", received.rawQuery());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), received.body());
        assertEquals("Bearer " + VENDOR_TOKEN, received.headers().getFirst("Authorization"));
        assertEquals("r-42", received.headers().getFirst("X-Request-Id"));
        assertEquals("application/json", received.headers().getFirst("Content-Type"));
        assertEquals(fake.baseUri().getAuthority(), received.headers().getFirst("Host"));
    }

    @Test
    void hopByHopHeadersStopAtTheProxy() throws Exception {
        int before = fake.received().size();
        String body = "{\"name\":\"x\"}";
        String request = "PUT /v2/managed_accounts/conforming HTTP/1.1\r\n"
                + "Host: " + proxyOfFake.baseUri().getAuthority() + "\r\n"
                + "Authorization: Bearer " + VENDOR_TOKEN + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n"
                + "Connection: close, X-Hop\r\n"
                + "X-Hop: for this connection only\r\n"
                + "Keep-Alive: timeout=5\r\n"
                + "TE: trailers\r\n"
                + "Proxy-Authorization: Basic c2VjcmV0\r\n"
                + "X-End-To-End: kept\r\n"
                + "\r\n" + body;

        String answer = rawHead(proxyOfFake.baseUri(), request);

        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        var headers = fake.received().get(before).headers();
        for (String dropped : List.of("X-Hop", "Keep-Alive", "TE", "Proxy-Authorization")) {
            assertFalse(headers.containsKey(dropped), dropped + " was forwarded: " + headers.keySet());
        }
        assertEquals("kept", headers.getFirst("X-End-To-End"));
    }

    @Test
    void anErrorWithoutABodyStaysWithoutOne() {
        HttpResponse<byte[]> proxied =
                put(proxyOfFake.baseUri(), "/v2/managed_accounts/empty-401", VANTAGE_BODY, VENDOR_TOKEN);

        // The stub would give its own 401 the vendor's error body; the vendor's own answer is left as it came.
        assertEquals(401, proxied.statusCode());
        assertEquals("", text(proxied));
    }

    @Test
    void aGzippedAnswerPassesAsItsBytesAndIsCheckedDecoded() {
        HttpResponse<byte[]> proxied = Proxies.send(
                proxyOfFake.baseUri(),
                "PUT",
                "/v2/managed_accounts/gzip",
                VANTAGE_BODY,
                "Authorization",
                "Bearer " + VENDOR_TOKEN,
                "Accept-Encoding",
                "gzip");

        assertEquals(200, proxied.statusCode());
        assertEquals("gzip", proxied.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(0x1f, proxied.body()[0] & 0xff, "still gzip");
        JsonNode entry = journal(proxyOfFake, PROXY_TOKEN).get(0);
        assertEquals("valid", entry.get("response_verdict").asText(), entry.toString());
    }

    @Test
    void theVendorThatIsNotProxiedIsStillTheStubAndStillNeedsTheStubsToken() {
        String body = "{\"data\":{\"type\":\"account\",\"name\":\"stubbed\"}}";

        HttpResponse<byte[]> withVendorToken = put(proxy.baseUri(), EP_PATH, body, VENDOR_TOKEN);
        HttpResponse<byte[]> withStubToken = put(proxy.baseUri(), EP_PATH, body, PROXY_TOKEN);

        assertEquals(401, withVendorToken.statusCode());
        assertEquals(200, withStubToken.statusCode());
        assertEquals(
                "stubbed",
                proxy.stores()
                        .accounts()
                        .get("deb6b25f-8451-4211-9a22-95610333df23")
                        .orElseThrow()
                        .path("name")
                        .asText());
        List<JsonNode> entries = journal(proxy, PROXY_TOKEN);
        assertEquals(
                List.of("stubbed", "stubbed"),
                entries.stream().map(e -> e.get("mode").asText()).toList());
        assertNull(entries.get(1).get("response_verdict"));
        assertEquals(List.of(), journal(upstream, VENDOR_TOKEN), "nothing of Elastic Path's was forwarded");
    }

    @Test
    void theProxysAdminApiStillNeedsItsOwnToken() {
        HttpResponse<byte[]> withVendorToken = Proxies.send(
                proxy.baseUri(), "GET", "/__admin/violations", null, "Authorization", "Bearer " + VENDOR_TOKEN);

        assertEquals(401, withVendorToken.statusCode());
    }

    @Test
    void aProxiedExchangeIsCountedAsProxiedAndAStubbedOneAsStubbed() {
        put(proxy.baseUri(), VANTAGE_PATH, VANTAGE_BODY, VENDOR_TOKEN);
        put(proxy.baseUri(), EP_PATH, EP_BODY, PROXY_TOKEN);

        JsonNode vendors = Proxies.violations(proxy).get("vendors");

        assertEquals(
                "{\"proxied\":1,\"stubbed\":0}",
                vendors.at("/vantage/exchanges").toString());
        assertEquals("proxied", vendors.at("/vantage/mode").asText());
        assertEquals(
                upstream.baseUri().toString(), vendors.at("/vantage/upstream").asText());
        assertEquals(
                "{\"proxied\":0,\"stubbed\":1}",
                vendors.at("/elasticpath/exchanges").toString());
        assertEquals("stubbed", vendors.at("/elasticpath/mode").asText());
    }

    /** Sends the bytes as they are and returns the answer's head (status line and headers). */
    private static String rawHead(URI base, String request) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            // The connection stays open ("close, X-Hop" is not "close" to the server): read to the blank line.
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
