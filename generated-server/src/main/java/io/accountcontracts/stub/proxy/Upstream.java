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
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private final int maxAnswerBytes;
    // The exchanges being waited for, so that a stopping stub can cut the waits short without interrupting the
    // workers: an interrupted worker's answer is lost (the server writes through an interruptible channel).
    private final Set<CompletableFuture<?>> awaited = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * @param timeout        how long the whole answer may take, headers and body
     * @param maxAnswerBytes the largest answer body held; a larger one is cut off and answered 502
     */
    public Upstream(Vendor vendor, URI base, Duration connectTimeout, Duration timeout, int maxAnswerBytes) {
        this.vendor = vendor;
        this.base = base;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.maxAnswerBytes = maxAnswerBytes;
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

        /** 504 for a timeout, 400 for a path that would leave the base path, 502 for anything else. */
        public Response.Status status() {
            return status;
        }
    }

    /**
     * The base URL with the request's raw path and query appended: a base path such as {@code /sandbox} is
     * kept, and nothing of the request is decoded or re-encoded on the way.
     *
     * @param rawQuery the query as sent, null when there was none
     * @throws IllegalArgumentException when the path has a dot-segment, which could lead out of the base path
     *     (the proxy refuses such a request before it gets here; this is the second line)
     */
    public static URI join(URI base, String rawPath, String rawQuery) {
        if (DotSegments.in(rawPath)) {
            throw new IllegalArgumentException("a '.' or '..' path segment could leave the base path");
        }
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
     * Sends the request and waits for the whole answer, no longer than the answer timeout (headers and body
     * alike), and holds no more of it than the answer limit.
     *
     * @param headers the caller's headers; hop-by-hop ones are dropped here
     * @throws Failure when no answer came: refused, unknown host, TLS, timeout, a connection cut short, an answer
     *     over the limit, a request the client cannot send, or the stub stopping
     */
    public Answer send(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body)
            throws Failure {
        if (stopping) {
            throw stopped();
        }
        Map<String, List<String>> sent = HopByHop.forRequest(headers);
        HttpRequest request = request(method, rawPath, rawQuery, sent, body);
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, BoundedBody.handler(maxAnswerBytes));
        awaited.add(exchange);
        HttpResponse<byte[]> response;
        try {
            if (stopping) {
                exchange.cancel(true); // stopWaiting() ran between the check above and the add
            }
            response = await(exchange, start + timeout.toNanos());
        } finally {
            awaited.remove(exchange);
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
                request.uri(),
                sent,
                response.statusCode(),
                response.headers().map(),
                response.body());
    }

    private HttpRequest request(
            String method, String rawPath, String rawQuery, Map<String, List<String>> sent, byte[] body)
            throws Failure {
        URI uri;
        try {
            uri = join(base, rawPath, rawQuery);
        } catch (IllegalArgumentException e) {
            throw new Failure(
                    "proxy.path",
                    Response.Status.BAD_REQUEST,
                    "The request path cannot be forwarded to the upstream " + host() + ": " + e.getMessage() + ".");
        }
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .method(
                            method,
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            sent.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
            return builder.build();
        } catch (IllegalArgumentException e) {
            // Never the client's message: it quotes the refused header's value, which may be a credential.
            throw new Failure(
                    "upstream.unsendable",
                    Response.Status.BAD_GATEWAY,
                    "This request cannot be forwarded to the upstream " + host() + ": " + unsendable(uri, method, sent)
                            + ".");
        }
    }

    /** What the client refused, found by trying each part alone; names a header, never its value. */
    private static String unsendable(URI uri, String method, Map<String, List<String>> sent) {
        try {
            HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
        } catch (IllegalArgumentException e) {
            return method.matches("[A-Za-z]{1,20}")
                    ? "the method " + method + " cannot be sent through the proxy"
                    : "the method cannot be sent through the proxy";
        }
        for (Map.Entry<String, List<String>> header : sent.entrySet()) {
            String name = header.getKey();
            try {
                HttpRequest.newBuilder(uri).header(name, "x");
            } catch (IllegalArgumentException e) {
                return name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}")
                        ? "the header '" + name + "' cannot be sent through the proxy"
                        : "a header name holds a character HTTP does not allow";
            }
            for (String value : header.getValue()) {
                try {
                    HttpRequest.newBuilder(uri).header(name, value);
                } catch (IllegalArgumentException e) {
                    return "the value of header '" + name + "' holds a character HTTP does not allow";
                }
            }
        }
        return "the HTTP client refused it";
    }

    /**
     * Waits for the whole answer until the deadline. Blocking on a pool's worker, so through
     * {@link ForkJoinPool#managedBlock}: a fork-join pool adds a thread meanwhile, any other thread just waits.
     */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> exchange, long deadline) throws Failure {
        try {
            ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                @Override
                public boolean block() throws InterruptedException {
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        try {
                            exchange.get(left, TimeUnit.NANOSECONDS);
                        } catch (ExecutionException | TimeoutException | CancellationException e) {
                            // told apart below
                        }
                    }
                    return true;
                }

                @Override
                public boolean isReleasable() {
                    return exchange.isDone() || System.nanoTime() - deadline >= 0;
                }
            });
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw stopped();
        }
        // Cancelling may complete the exchange with the aborted connection's error rather than a cancellation.
        if (stopping && (!exchange.isDone() || exchange.isCompletedExceptionally())) {
            exchange.cancel(true);
            throw stopped();
        }
        if (!exchange.isDone()) {
            exchange.cancel(true); // closes the connection: a dribbling upstream is not read on
            throw new Failure(
                    "upstream.timeout",
                    Response.Status.GATEWAY_TIMEOUT,
                    "The upstream " + host() + " did not answer within " + timeout.toMillis() + " ms.");
        }
        try {
            return exchange.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (causedBy(cause, BoundedBody.TooLarge.class)) {
                throw new Failure(
                        "upstream.too_large",
                        Response.Status.BAD_GATEWAY,
                        "The answer of the upstream " + host() + " is larger than the limit of " + maxAnswerBytes
                                + " bytes (--proxy-max-answer-bytes), so it was not passed on.");
            }
            if (cause instanceof IOException io) {
                throw classify(io);
            }
            throw unreachable(
                    "upstream.connection", "the upstream " + host(), "the connection ended before a complete answer");
        }
    }

    /**
     * Cuts short every wait for this upstream, now and from now on: each caller gets the 502 saying the stub is
     * stopping. Called by a stopping stub after its grace period, before it interrupts anything.
     */
    public void stopWaiting() {
        stopping = true;
        awaited.forEach(exchange -> exchange.cancel(true));
    }

    // Not by setting the interrupt again: the server writes this 502 through an interruptible channel, which a
    // pending interrupt would close, and the caller would get nothing while the journal says 502.
    private Failure stopped() {
        return new Failure(
                "upstream.interrupted",
                Response.Status.BAD_GATEWAY,
                "The stub is stopping; the answer from the upstream " + host() + " was not awaited.");
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
