package io.accountcontracts.contract.support;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A Vantage upstream that answers to hurt the proxy, chosen by the last path segment: {@code huge} (400 MB under
 * a Content-Length), {@code huge-chunked} (400 MB with no length), {@code dribble} (its headers at once, then a
 * byte every 100 ms for a minute), {@code gzip-bomb} (a 400 KB gzip of 400 MB of zeros), {@code slow} (nothing for
 * a minute), {@code leaky} (a conforming account with a secret in every header that can carry a credential);
 * anything else gets a conforming account. The 400 MB are streamed, never held; {@link #bytesSent()} says how much
 * went out before the proxy hung up, and {@link #received()} what reached the vendor.
 */
public final class HostileVendor implements AutoCloseable {

    public static final long HUGE = 400L * 1024 * 1024;
    static final String ACCOUNT = "{\"token\":\"acct_1\",\"name\":\"Acme\",\"contact_email\":\"a@example.com\","
            + "\"parent_account_token\":\"acct_0\",\"access_credential_tokens\":[],\"billing_rule_tokens\":[]}";

    /** One request as it reached the vendor. */
    public record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers) {}

    private static final byte[] BLOCK = new byte[64 * 1024];

    /** Counted down when a request arrives. */
    public final CountDownLatch requested = new CountDownLatch(1);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicLong sent = new AtomicLong();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final String secret;
    private volatile byte[] bomb;

    public HostileVendor() {
        this("no-secret");
    }

    /** @param secret what the {@code leaky} answer carries in its credential-bearing headers */
    public HostileVendor(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String authority() {
        return baseUri().getAuthority();
    }

    public long bytesSent() {
        return sent.get();
    }

    /** The gzip bomb's bytes, as the upstream sends them. */
    public byte[] bomb() {
        if (bomb == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                for (long written = 0; written < HUGE; written += BLOCK.length) {
                    out.write(BLOCK);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bomb = bytes.toByteArray();
        }
        return bomb;
    }

    public List<Received> received() {
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
        requested.countDown();
        String path = exchange.getRequestURI().getRawPath();
        String which = path.substring(path.lastIndexOf('/') + 1);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try (OutputStream out = exchange.getResponseBody()) {
            switch (which) {
                case "huge" -> {
                    exchange.sendResponseHeaders(200, HUGE);
                    stream(out, HUGE, 0);
                }
                case "huge-chunked" -> {
                    exchange.sendResponseHeaders(200, 0);
                    stream(out, HUGE, 0);
                }
                case "dribble" -> {
                    exchange.sendResponseHeaders(200, 0);
                    stream(out, 600, 100);
                }
                case "gzip-bomb" -> {
                    byte[] body = bomb();
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                }
                case "slow" -> {
                    Thread.sleep(60_000);
                    exchange.sendResponseHeaders(200, -1);
                }
                case "leaky" -> {
                    exchange.getResponseHeaders()
                            .add("Location", "https://user:" + secret + "@api.example/v2/x?access_token=" + secret);
                    exchange.getResponseHeaders().add("X-Access-Key", secret);
                    exchange.getResponseHeaders().add("Private-Key", secret);
                    exchange.getResponseHeaders().add("Set-Cookie", "session=" + secret);
                    account(exchange, out);
                }
                default -> account(exchange, out);
            }
        } catch (IOException | InterruptedException e) {
            // The proxy hung up, or the test is over.
        }
    }

    private static void account(HttpExchange exchange, OutputStream out) throws IOException {
        byte[] body = ACCOUNT.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        out.write(body);
    }

    private void stream(OutputStream out, long total, long pauseMs) throws IOException, InterruptedException {
        for (long written = 0; written < total; ) {
            int n = pauseMs > 0 ? 1 : (int) Math.min(BLOCK.length, total - written);
            out.write(BLOCK, 0, n);
            out.flush();
            written += n;
            sent.addAndGet(n);
            if (pauseMs > 0) {
                Thread.sleep(pauseMs);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
