import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The ceiling for benchmarks/load/load.sh: the JDK's own HTTP server answering every request with a fixed JSON
 * body, with no framework and no validation. Run as a single-file program: java BareEndpoint.java PORT
 */
public final class BareEndpoint {

    public static void main(String[] args) throws IOException {
        // Same socket setting as the stub, so the two differ only in what runs per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        byte[] body = "{\"data\":{\"type\":\"account\",\"name\":\"Bench\"}}".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 128);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // The stub's worker pool, so the two differ only in what runs per request.
        server.setExecutor(Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2)));
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + server.getAddress().getPort());
    }
}
