package io.accountcontracts.contract.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.validation.SpecValidators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Stubs, proxies and raw HTTP for the proxy tests: everything on loopback. */
final class Proxies {

    /** What the upstream accepts: the vendor's token, which the caller holds. */
    static final String VENDOR_TOKEN = "the-vendors-token";
    /** The proxying stub's own token: its admin API and its stubbed vendor need it; proxied requests do not. */
    static final String PROXY_TOKEN = "the-proxys-own-token";

    static final String VANTAGE_PATH = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    static final String EP_PATH = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    // Parsing the specs is most of a stub's start-up; validators hold nothing per server.
    private static final class Shared {
        static final SpecValidators VALIDATORS = new SpecValidators();
    }

    private Proxies() {}

    /** A stub standing in for the real vendor, accepting the vendor's token, with strict responses. */
    static StubServer upstreamStub() {
        return StubServer.start(StubConfig.forTests(VENDOR_TOKEN), Shared.VALIDATORS);
    }

    /** A stub proxying the given vendor to the given upstream, with the given settings. */
    static StubServer proxy(ProxyConfig config) {
        return StubServer.start(
                StubConfig.forTests(PROXY_TOKEN).toBuilder().proxy(config).build(), Shared.VALIDATORS);
    }

    static ProxyConfig observing(Vendor vendor, URI upstream) {
        return ProxyConfig.NONE.withUpstreams(Map.of(vendor, upstream));
    }

    static ProxyConfig strict(Vendor vendor, URI upstream) {
        return observing(vendor, upstream).withStrict(true);
    }

    /** A loopback port where nothing listens. */
    static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<byte[]> put(URI base, String rawPath, String body, String token) {
        return send(
                base,
                "PUT",
                rawPath,
                body,
                token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token});
    }

    /** Any method, a body (null for none; JSON unless the headers give a Content-Type), any headers (name, value, ...). */
    static HttpResponse<byte[]> send(URI base, String method, String rawPath, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + rawPath))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + rawPath, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + text(response), e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The journal entries of a stub, through its admin API, as JSON. */
    static List<JsonNode> journal(StubServer stub, String token) {
        HttpResponse<byte[]> response =
                send(stub.baseUri(), "GET", "/__admin/journal", null, "Authorization", "Bearer " + token);
        if (response.statusCode() != 200) {
            throw new AssertionError("journal: " + response.statusCode() + " " + text(response));
        }
        return StreamSupport.stream(json(response).get("requests").spliterator(), false)
                .toList();
    }

    /** {@code GET /__admin/violations} of the proxying stub, as JSON. */
    static JsonNode violations(StubServer proxy) {
        HttpResponse<byte[]> response =
                send(proxy.baseUri(), "GET", "/__admin/violations", null, "Authorization", "Bearer " + PROXY_TOKEN);
        if (response.statusCode() != 200) {
            throw new AssertionError("violations: " + response.statusCode() + " " + text(response));
        }
        return json(response);
    }

    static JsonNode only(List<JsonNode> journal) {
        if (journal.size() != 1) {
            throw new AssertionError("expected one journal entry, got " + journal);
        }
        return journal.get(0);
    }
}
