package io.accountcontracts.contract.proxy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * A vendor on the real paths that answers exactly the bytes it is told to, drifting from the spec on demand:
 * the last path segment picks the answer. Plain JDK server, no framework, so nothing reformats a body or adds a
 * header; and it keeps every request it received, as it received it.
 */
final class DriftingVendor implements AutoCloseable {

    static final String TRACE_HEADER = "X-Vendor-Trace";
    /** A conforming Vantage account, spaced and ordered as no serialiser would write it. */
    static final String VANTAGE_ACCOUNT =
            "{ \"name\" : \"Zoë & Co\",\n  \"token\":\"acct_1\", \"contact_email\":\"a@example.com\","
                    + " \"parent_account_token\":\"acct_0\", \"access_credential_tokens\":[], \"billing_rule_tokens\":[],"
                    + " \"added_later\": {\"x\": 1} }";

    static final String EP_ACCOUNT = "{\"data\": {\"id\":\"a\", \"type\":\"account\", \"name\":\"Zoë\"}}";
    static final String HTML = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>";

    record Received(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {}

    private record Answer(int status, String contentType, byte[] body, Map<String, List<String>> extraHeaders) {
        Answer(int status, String contentType, String body) {
            this(status, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    DriftingVendor() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        URI uri = exchange.getRequestURI();
        received.add(new Received(
                exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), exchange.getRequestHeaders(), body));
        boolean vantage = uri.getRawPath().startsWith("/v2/managed_accounts/");
        String which = uri.getRawPath().substring(uri.getRawPath().lastIndexOf('/') + 1);
        Answer answer = vantage ? vantage(which) : elasticPath(which);
        answer.extraHeaders()
                .forEach((name, values) ->
                        values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        }
        exchange.sendResponseHeaders(answer.status(), answer.body() == null ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (answer.body() != null) {
                out.write(answer.body());
            }
        }
    }

    private static Answer vantage(String which) {
        return switch (which) {
            case "conforming" ->
                new Answer(
                        200,
                        "application/json",
                        VANTAGE_ACCOUNT.getBytes(StandardCharsets.UTF_8),
                        Map.of(TRACE_HEADER, List.of("trace-123"), "Set-Cookie", List.of("a=1", "b=2")));
            case "gzip" ->
                new Answer(200, "application/json", gzip(VANTAGE_ACCOUNT), Map.of("Content-Encoding", List.of("gzip")));
            case "wrong-type" -> new Answer(200, "application/json", VANTAGE_ACCOUNT.replace("\"Zoë & Co\"", "42"));
            case "missing-field" ->
                new Answer(200, "application/json", VANTAGE_ACCOUNT.replace("\"name\" : \"Zoë & Co\",", ""));
            case "undocumented-status" -> new Answer(418, "application/json", "{\"errors\":[\"I'm a teapot\"]}");
            case "html-error" -> new Answer(500, "text/html; charset=utf-8", HTML);
            case "empty-401" -> new Answer(401, null, (String) null);
            case "no-media-type" -> new Answer(404, ";;;", "{\"errors\":[\"Managed Account not found\"]}");
            case "unknown-charset" ->
                new Answer(404, "application/json; charset=bogus", "{\"errors\":[\"Managed Account not found\"]}");
            default -> new Answer(404, "application/json", "{\"errors\":[\"Managed Account not found\"]}");
        };
    }

    private static Answer elasticPath(String which) {
        return switch (which) {
            case "conforming" -> new Answer(200, "application/json", EP_ACCOUNT);
            case "wrong-type" -> new Answer(200, "application/json", EP_ACCOUNT.replace("\"Zoë\"", "42"));
            case "missing-field" -> new Answer(200, "application/json", EP_ACCOUNT.replace(", \"name\":\"Zoë\"", ""));
            case "undocumented-status" ->
                new Answer(418, "application/json", "{\"errors\":[{\"status\":\"418\",\"title\":\"I'm a teapot\"}]}");
            case "html-error" -> new Answer(502, "text/html", HTML);
            default ->
                new Answer(
                        404,
                        "application/json",
                        "{\"errors\":[{\"status\":\"404\",\"title\":\"Not Found\",\"detail\":\"account not found\"}]}");
        };
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
