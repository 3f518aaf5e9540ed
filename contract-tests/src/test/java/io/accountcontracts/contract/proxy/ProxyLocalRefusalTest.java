package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.PROXY_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.VANTAGE_PATH;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.journal;
import static io.accountcontracts.contract.proxy.Proxies.only;
import static io.accountcontracts.contract.proxy.Proxies.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.SummaryText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the proxy refuses itself and never forwards: the stub's own token, in any header, and a path with a dot
 * segment, which could leave the upstream's base path with the caller's credentials. And a header the HTTP client
 * will not send is named, its value never shown.
 */
class ProxyLocalRefusalTest {

    private static final String BODY = "{\"name\":\"x\"}";
    private static final String SECRET = "SECRET-marker-7f3a";

    private static StubServer upstream;
    private static StubServer proxy;

    @BeforeAll
    static void start() {
        upstream = Proxies.upstreamStub();
        proxy = Proxies.proxy(Proxies.observing(Vendor.VANTAGE, URI.create(upstream.baseUri() + "/base")));
    }

    @AfterAll
    static void stop() {
        proxy.close();
        upstream.close();
    }

    @BeforeEach
    void reset() {
        upstream.reset();
        proxy.reset();
    }

    @Test
    void theStubsOwnTokenIsRefusedWith401AndNeverForwarded() {
        HttpResponse<byte[]> answer = Proxies.put(proxy.baseUri(), VANTAGE_PATH, BODY, PROXY_TOKEN);

        assertEquals(401, answer.statusCode());
        String message = "This request carries the stub's own bearer token (in the header 'authorization'), which is "
                + "never forwarded to the upstream; send the vendor's token instead.";
        assertEquals("{\"errors\":[\"" + message + "\"]}", text(answer));
        assertEquals(List.of(), journal(upstream, VENDOR_TOKEN), "nothing reached the upstream");
        JsonNode entry = only(journal(proxy, PROXY_TOKEN));
        assertEquals("invalid", entry.get("verdict").asText());
        assertEquals("[\"" + message + "\"]", entry.get("problems").toString());
        assertEquals(
                "proxy.own_token",
                Proxies.violations(proxy)
                        .at("/vendors/vantage/invalid_requests/by_rule/0/rule")
                        .asText());
    }

    @Test
    void theStubsOwnTokenInAnyOtherHeaderOrTheQueryIsRefusedToo() {
        HttpResponse<byte[]> inApiKey = Proxies.send(
                proxy.baseUri(),
                "PUT",
                VANTAGE_PATH,
                BODY,
                "Authorization",
                "Bearer " + VENDOR_TOKEN,
                "X-Api-Key",
                PROXY_TOKEN);
        HttpResponse<byte[]> inCookie = Proxies.send(
                proxy.baseUri(), "PUT", VANTAGE_PATH, BODY, "Cookie", "theme=dark; session=" + PROXY_TOKEN);
        HttpResponse<byte[]> inQuery =
                Proxies.put(proxy.baseUri(), VANTAGE_PATH + "?access_token=" + PROXY_TOKEN, BODY, VENDOR_TOKEN);

        assertEquals(401, inApiKey.statusCode());
        assertTrue(text(inApiKey).contains("(in the header 'x-api-key')"), text(inApiKey));
        assertEquals(401, inCookie.statusCode());
        assertEquals(401, inQuery.statusCode());
        assertTrue(text(inQuery).contains("(in the query)"), text(inQuery));
        assertEquals(List.of(), journal(upstream, VENDOR_TOKEN), "nothing reached the upstream");
        assertEquals(
                3,
                Proxies.violations(proxy)
                        .at("/vendors/vantage/invalid_requests/count")
                        .asInt());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v2/managed_accounts/../../../internal/secret",
                "/v2/managed_accounts/%2e%2e/%2e%2e/internal",
                "/v2/managed_accounts/%2E./x",
                "/v2/managed_accounts/.%2e/x",
                "/v2/managed_accounts/./acct_dd2fdf6564b60319"
            })
    void aPathWithADotSegmentIsRefusedWith400AndNeverForwarded(String rawPath) {
        Raw answer = raw("PUT " + rawPath, "Authorization: Bearer " + VENDOR_TOKEN);

        assertEquals(400, answer.status(), answer.body());
        assertEquals(
                "{\"errors\":[\"The path has a '.' or '..' segment (plain or percent-encoded), which could lead out "
                        + "of the upstream's base path; the proxy does not forward it. Send the path without it.\"]}",
                answer.body());
        assertEquals(List.of(), journal(upstream, VENDOR_TOKEN), "nothing reached the upstream");
        JsonNode entry = only(journal(proxy, PROXY_TOKEN));
        assertEquals("invalid", entry.get("verdict").asText());
        assertEquals(
                "proxy.path.dot_segment",
                Proxies.violations(proxy)
                        .at("/vendors/vantage/invalid_requests/by_rule/0/rule")
                        .asText());
    }

    @Test
    void aHeaderValueTheClientRefusesIsNamedNeverEchoedAnywhere() {
        Raw answer = raw("PUT " + VANTAGE_PATH, "Authorization: Bearer " + SECRET + "\u0001x");

        assertEquals(502, answer.status(), answer.body());
        String upstreamHost = upstream.baseUri().getAuthority();
        assertEquals(
                "{\"errors\":[\"This request cannot be forwarded to the upstream " + upstreamHost
                        + ": the value of header 'authorization' holds a character HTTP does not allow.\"]}",
                answer.body());
        // The WARN line logs the same message as the answer's.
        String everywhere = answer.body()
                + journal(proxy, PROXY_TOKEN)
                + Proxies.violations(proxy)
                + SummaryText.of(proxy.violations());
        assertFalse(everywhere.contains(SECRET), everywhere);
        assertEquals(
                "upstream.unsendable",
                only(journal(proxy, PROXY_TOKEN)).get("upstream_error").asText());
    }

    private record Raw(int status, String body) {}

    /** One request over a socket, as curl would send it: bytes the JDK's client refuses to write. */
    private static Raw raw(String requestLine, String header) {
        URI base = proxy.baseUri();
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String head = requestLine + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n" + header
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parsed(all.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Raw parsed(String response) {
        int split = response.indexOf("\r\n\r\n");
        String head = response.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        String body = response.substring(split + 4);
        if (head.contains("transfer-encoding: chunked")) {
            StringBuilder whole = new StringBuilder();
            for (int at = 0; ; ) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
                if (size == 0) {
                    break;
                }
                whole.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            body = whole.toString();
        }
        return new Raw(Integer.parseInt(response.substring(9, 12)), body);
    }
}
