package io.accountcontracts.contract.proxy;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A vendor that answers to hurt the proxy, chosen by the last path segment: {@code huge} (400 MB under a
 * Content-Length), {@code huge-chunked} (400 MB with no length), {@code dribble} (its headers at once, then a
 * byte every 100 ms for a minute), {@code gzip-bomb} (a 400 KB gzip of 400 MB of zeros), {@code slow} (nothing for
 * a minute). The 400 MB are streamed, never held; {@link #bytesSent()} says how much went out before the proxy hung
 * up.
 */
final class HostileVendor implements AutoCloseable {

    static final long HUGE = 400L * 1024 * 1024;
    private static final byte[] BLOCK = new byte[64 * 1024];

    /** Counted down when a request arrives. */
    final CountDownLatch requested = new CountDownLatch(1);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicLong sent = new AtomicLong();
    private volatile byte[] bomb;

    HostileVendor() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    String authority() {
        return baseUri().getAuthority();
    }

    long bytesSent() {
        return sent.get();
    }

    /** The gzip bomb's bytes, as the upstream sends them. */
    byte[] bomb() {
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

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
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
                default -> {
                    Thread.sleep(60_000);
                    exchange.sendResponseHeaders(200, -1);
                }
            }
        } catch (IOException | InterruptedException e) {
            // The proxy hung up, or the test is over.
        }
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
