package io.accountcontracts.stub.proxy;

import io.accountcontracts.stub.errors.Vendor;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * The real vendor (or a sandbox, or another stub) behind one {@code --proxy}: forwards a request as it came
 * and brings back the answer as it went over the wire. One HTTP/1.1 client per upstream, which never follows
 * a redirect: a 3xx is the vendor's answer, and the caller should see it.
 */
public final class Upstream {

    private final Vendor vendor;
    private final URI base;
    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration timeout;

    public Upstream(Vendor vendor, URI base, Duration connectTimeout, Duration timeout) {
        this.vendor = vendor;
        this.base = base;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    public Vendor vendor() {
        return vendor;
    }

    public URI base() {
        return base;
    }

    /** Host and port, as messages name the upstream: {@code api.vantage.sh}, {@code 127.0.0.1:41234}. */
    public String host() {
        return base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }

    /** What the upstream answered, and what exactly was sent to get it. */
    public record Answer(
            Instant startedAt,
            long durationMs,
            URI uri,
            Map<String, List<String>> sentHeaders,
            int status,
            Map<String, List<String>> headers,
            byte[] body) {}

    /** The upstream gave no answer; the message names the cause and the host, and is fit for the caller. */
    public static final class Failure extends Exception {

        private final String rule;
        private final Response.Status status;

        Failure(String rule, Response.Status status, String message) {
            super(message, null, false, false);
            this.rule = rule;
            this.status = status;
        }

        /** What kind of failure, as {@code GET /__admin/violations} groups it: {@code upstream.refused}, ... */
        public String rule() {
            return rule;
        }

        /** 504 for a timeout, 502 for anything else. */
        public Response.Status status() {
            return status;
        }
    }

    /**
     * The base URL with the request's raw path and query appended: a base path such as {@code /sandbox} is
     * kept, and nothing of the request is decoded or re-encoded on the way.
     *
     * @param rawQuery the query as sent, null when there was none
     */
    public static URI join(URI base, String rawPath, String rawQuery) {
        String prefix = base.getRawPath() == null ? "" : base.getRawPath();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String authority = base.getRawAuthority();
        return URI.create(
                base.getScheme() + "://" + authority + prefix + path + (rawQuery == null ? "" : "?" + rawQuery));
    }

    /**
     * Sends the request and waits for the whole answer.
     *
     * @param headers the caller's headers; hop-by-hop ones are dropped here
     * @throws Failure when no answer came: refused, unknown host, TLS, timeout, a connection cut short
     */
    public Answer send(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body)
            throws Failure {
        URI uri = join(base, rawPath, rawQuery);
        Map<String, List<String>> sent = HopByHop.forRequest(headers);
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .method(
                            method,
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            sent.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
            request = builder.build();
        } catch (IllegalArgumentException e) {
            // A method the client will not send (CONNECT), or a header it will not carry.
            throw new Failure(
                    "upstream.unsendable",
                    Response.Status.BAD_GATEWAY,
                    "This request cannot be forwarded to the upstream " + host() + ": " + e.getMessage() + ".");
        }
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw classify(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(
                    "upstream.interrupted",
                    Response.Status.BAD_GATEWAY,
                    "The stub is stopping; the answer from the upstream " + host() + " was not awaited.");
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (response.statusCode() < 100 || response.statusCode() > 599) {
            // Three digits, but no HTTP status: nothing the stub's server could pass on.
            throw new Failure(
                    "upstream.status",
                    Response.Status.BAD_GATEWAY,
                    "The upstream " + host() + " answered with " + response.statusCode()
                            + ", which is no HTTP status.");
        }
        return new Answer(
                startedAt,
                durationMs,
                uri,
                sent,
                response.statusCode(),
                response.headers().map(),
                response.body());
    }

    /** Names the cause in a caller's words, never the exception's class: the caller may be anyone's client. */
    Failure classify(IOException e) {
        String where = "the upstream " + host();
        if (e instanceof HttpConnectTimeoutException) {
            return new Failure(
                    "upstream.timeout",
                    Response.Status.GATEWAY_TIMEOUT,
                    capitalised(where) + " did not accept a connection within " + connectTimeout.toMillis() + " ms.");
        }
        if (e instanceof HttpTimeoutException) {
            return new Failure(
                    "upstream.timeout",
                    Response.Status.GATEWAY_TIMEOUT,
                    capitalised(where) + " did not answer within " + timeout.toMillis() + " ms.");
        }
        if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
            return unreachable("upstream.unknown_host", where, "the host name does not resolve");
        }
        if (causedBy(e, SSLException.class)) {
            return unreachable(
                    "upstream.tls",
                    where,
                    "the TLS handshake failed (a certificate this JVM does not trust, or a port that does not speak TLS)");
        }
        if (causedBy(e, NoRouteToHostException.class)) {
            return unreachable("upstream.unreachable", where, "no route to the host");
        }
        if (causedBy(e, ConnectException.class)) {
            return unreachable("upstream.refused", where, "the connection was refused");
        }
        return unreachable("upstream.connection", where, "the connection ended before a complete answer");
    }

    private static Failure unreachable(String rule, String where, String cause) {
        return new Failure(
                rule, Response.Status.BAD_GATEWAY, "Could not get an answer from " + where + ": " + cause + ".");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
