import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A Vantage that drifted from its spec, for the smoke run of the proxy: every PUT on a managed account gets 200
 * with a body whose required "name" is a number, not a string. Run as a single-file program:
 * java .ci/DriftingVendor.java (prints "Listening on http://127.0.0.1:PORT").
 */
public final class DriftingVendor {

    public static void main(String[] args) throws IOException {
        byte[] body = ("{\"token\":\"acct_dd2fdf6564b60319\",\"name\":42,\"contact_email\":\"a@example.com\","
                + "\"parent_account_token\":\"acct_bb022aecd1125ada\",\"access_credential_tokens\":[],"
                + "\"billing_rule_tokens\":[]}").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/managed_accounts/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Drifting-Vendor", "yes");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + server.getAddress().getPort());
    }
}
