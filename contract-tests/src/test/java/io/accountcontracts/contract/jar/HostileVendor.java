package io.accountcontracts.contract.jar;

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
 * A Vantage upstream that answers as a hostile or careless vendor might, picked by the last path segment:
 * {@code huge} streams 400 MB with no length, {@code bomb} sends 400 MB of zeros gzipped to about 400 kB,
 * {@code leaky} answers with credentials in its headers; anything else gets a conforming account. It keeps
 * what it received, so a test can tell what reached the vendor.
 */
final class HostileVendor implements AutoCloseable {

    static final long HUGE_BYTES = 400L * 1024 * 1024;
    static final String ACCOUNT =
            "{\"token\":\"acct_1\",\"name\":\"Acme\",\"contact_email\":\"a@example.com\",\"parent_account_token\":\"acct_0\","
                    + "\"access_credential_tokens\":[],\"billing_rule_tokens\":[]}";

    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final String marker;

    /** @param marker the secret the {@code leaky} answer carries in every credential-bearing place */
    HostileVendor(String marker) throws IOException {
        this.marker = marker;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        URI uri = exchange.getRequestURI();
        received.add(new Received(
                exchange.getRequestMethod(),
                uri.getRawPath(),
                uri.getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders())));
        String which = uri.getRawPath().substring(uri.getRawPath().lastIndexOf('/') + 1);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try (exchange) {
            switch (which) {
                case "huge" -> stream(exchange);
                case "bomb" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, Bomb.BYTES);
                }
                case "leaky" -> {
                    exchange.getResponseHeaders()
                            .add("Location", "https://user:" + marker + "@api.example/v2/x?access_token=" + marker);
                    exchange.getResponseHeaders().add("X-Access-Key", marker);
                    exchange.getResponseHeaders().add("Private-Key", marker);
                    exchange.getResponseHeaders().add("Set-Cookie", "session=" + marker);
                    send(exchange, ACCOUNT.getBytes(StandardCharsets.UTF_8));
                }
                default -> send(exchange, ACCOUNT.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException hungUpOn) {
            // The proxy stops reading an answer over its limit: that is the point.
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    // Chunked, so no Content-Length warns the proxy: it has to stop reading by itself.
    private static void stream(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        OutputStream out = exchange.getResponseBody();
        for (long sent = 0; sent < HUGE_BYTES; sent += chunk.length) {
            out.write(chunk);
        }
    }

    /** 400 MB of zeros, gzipped once per JVM, when first needed. */
    private static final class Bomb {
        static final byte[] BYTES = zeros();

        private static byte[] zeros() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
                byte[] block = new byte[1024 * 1024];
                for (int i = 0; i < 400; i++) {
                    gzip.write(block);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
