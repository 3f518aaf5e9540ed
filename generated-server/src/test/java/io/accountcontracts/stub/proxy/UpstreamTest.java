package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.errors.Vendor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Where a request goes, and how a missing answer is told to the caller. */
class UpstreamTest {

    private static final Upstream VANTAGE = new Upstream(
            Vendor.VANTAGE,
            URI.create("https://api.vantage.sh"),
            Duration.ofMillis(5000),
            Duration.ofMillis(30000),
            1024);

    @Test
    void theRequestPathIsAppendedToTheBase() {
        assertEquals(
                URI.create("https://api.vantage.sh/v2/managed_accounts/acct_1"),
                Upstream.join(URI.create("https://api.vantage.sh"), "/v2/managed_accounts/acct_1", null));
    }

    @Test
    void aBasePathIsKeptWithOrWithoutItsTrailingSlash() {
        URI expected = URI.create("http://127.0.0.1:9000/sandbox/eu/v2/accounts/a");
        assertEquals(expected, Upstream.join(URI.create("http://127.0.0.1:9000/sandbox/eu"), "/v2/accounts/a", null));
        assertEquals(expected, Upstream.join(URI.create("http://127.0.0.1:9000/sandbox/eu/"), "/v2/accounts/a", null));
        assertEquals(
                URI.create("http://h/v2/accounts/a"), Upstream.join(URI.create("http://h/"), "/v2/accounts/a", null));
    }

    @Test
    void theRawPathAndQueryGoAsSentNeitherDecodedNorEncodedAgain() {
        URI joined = Upstream.join(
                URI.create("https://useast.api.elasticpath.com"),
                "/v2/accounts/a%2Fb;x=1%20c",
                "filter=eq(name,%22Acme%22)&page%5Blimit%5D=5");

        assertEquals(
                "https://useast.api.elasticpath.com/v2/accounts/a%2Fb;x=1%20c?filter=eq(name,%22Acme%22)&page%5Blimit%5D=5",
                joined.toString());
        assertEquals("/v2/accounts/a%2Fb;x=1%20c", joined.getRawPath());
    }

    @Test
    void anEmptyQueryIsKeptAndAPortToo() {
        assertEquals(
                URI.create("http://h:81/v2/accounts/a?"),
                Upstream.join(URI.create("http://h:81"), "/v2/accounts/a", ""));
    }

    @Test
    void hostNamesThePortOnlyWhenTheUrlDoes() {
        assertEquals("api.vantage.sh", VANTAGE.host());
        assertEquals(
                "127.0.0.1:4567",
                new Upstream(
                                Vendor.ELASTIC_PATH,
                                URI.create("http://127.0.0.1:4567/base"),
                                Duration.ofMillis(1),
                                Duration.ofMillis(1),
                                1)
                        .host());
    }

    @Test
    void timeoutsAre504AndSayHowLongWasWaited() {
        Upstream.Failure answer = VANTAGE.classify(new HttpTimeoutException("request timed out"));
        Upstream.Failure connect = VANTAGE.classify(new HttpConnectTimeoutException("HTTP connect timed out"));

        assertEquals(504, answer.status().getStatusCode());
        assertEquals("upstream.timeout", answer.rule());
        assertEquals("The upstream api.vantage.sh did not answer within 30000 ms.", answer.getMessage());
        assertEquals(504, connect.status().getStatusCode());
        assertEquals("The upstream api.vantage.sh did not accept a connection within 5000 ms.", connect.getMessage());
    }

    @Test
    void networkFailuresAre502NamingTheCauseAndTheHost() {
        // As the JDK's client throws them: the cause wrapped in an exception of the same or another type.
        ConnectException unknownHost = new ConnectException();
        unknownHost.initCause(new UnresolvedAddressException());
        IOException tls = new IOException(
                "wrapped",
                new SSLHandshakeException(
                        "PKIX path building failed: "
                                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path"));
        ConnectException refused = new ConnectException();
        refused.initCause(new ConnectException("Connection refused"));

        assertFailure("upstream.unknown_host", "the host name does not resolve", VANTAGE.classify(unknownHost));
        assertFailure("upstream.tls", "the TLS handshake failed", VANTAGE.classify(tls));
        assertFailure("upstream.refused", "the connection was refused", VANTAGE.classify(refused));
        assertFailure(
                "upstream.unreachable", "no route to the host", VANTAGE.classify(new NoRouteToHostException("x")));
        assertFailure(
                "upstream.connection",
                "the connection ended before a complete answer",
                VANTAGE.classify(new IOException("HTTP/1.1 header parser received no bytes")));
    }

    @Test
    void aPortWhereNothingListensIsRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Upstream dead = new Upstream(
                Vendor.ELASTIC_PATH,
                URI.create("http://127.0.0.1:" + port),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                1024);

        Upstream.Failure failure = assertThrows(
                Upstream.Failure.class,
                () -> dead.send(
                        "PUT",
                        "/v2/accounts/a",
                        null,
                        Map.of("Content-Type", List.of("application/json")),
                        "{}".getBytes()));

        assertFailure("upstream.refused", "127.0.0.1:" + port + ": the connection was refused", failure);
    }

    @Test
    void joinRefusesAPathThatCouldLeaveTheBasePath() {
        URI base = URI.create("https://sandbox.example/eu");
        for (String path : List.of(
                "/v2/managed_accounts/../../../internal/secret",
                "/v2/managed_accounts/%2e%2e/x",
                "/v2/managed_accounts/%2E./x",
                "/v2/managed_accounts/.%2e",
                "/v2/./managed_accounts/a")) {
            assertThrows(IllegalArgumentException.class, () -> Upstream.join(base, path, null), path);
        }
        assertEquals(
                URI.create("https://sandbox.example/eu/v2/accounts/a..b/.x"),
                Upstream.join(base, "/v2/accounts/a..b/.x", null));
    }

    @Test
    void aHeaderValueTheClientRefusesIsNamedByItsHeaderNeverQuoted() {
        Upstream.Failure failure = assertThrows(
                Upstream.Failure.class,
                () -> VANTAGE.send(
                        "PUT",
                        "/v2/managed_accounts/a",
                        null,
                        Map.of(
                                "Content-Type", List.of("application/json"),
                                "Authorization", List.of("Bearer SECRET\u0001x")),
                        new byte[0]));

        assertEquals("upstream.unsendable", failure.rule());
        assertEquals(
                "This request cannot be forwarded to the upstream api.vantage.sh: the value of header "
                        + "'Authorization' holds a character HTTP does not allow.",
                failure.getMessage());
    }

    @Test
    void anAnswerDeclaredLargerThanTheLimitIsRefused() throws Exception {
        try (FakeUpstream fake = new FakeUpstream()) {
            Upstream.Failure failure = assertThrows(
                    Upstream.Failure.class,
                    () -> fake.upstream(1024, 5_000).send("GET", "/declared/1025", null, Map.of(), new byte[0]));

            assertEquals("upstream.too_large", failure.rule());
            assertEquals(502, failure.status().getStatusCode());
            assertEquals(
                    "The answer of the upstream " + fake.authority() + " is larger than the limit of 1024 bytes "
                            + "(--proxy-max-answer-bytes), so it was not passed on.",
                    failure.getMessage());
        }
    }

    @Test
    void anUndeclaredAnswerIsCutOffOnceItPassesTheLimitAndOneAtTheLimitComesWhole() throws Exception {
        try (FakeUpstream fake = new FakeUpstream()) {
            Upstream upstream = fake.upstream(1024, 5_000);

            Upstream.Failure failure = assertThrows(
                    Upstream.Failure.class, () -> upstream.send("GET", "/chunked/1025", null, Map.of(), new byte[0]));
            Upstream.Answer atTheLimit = upstream.send("GET", "/chunked/1024", null, Map.of(), new byte[0]);

            assertEquals("upstream.too_large", failure.rule());
            assertEquals(1024, atTheLimit.body().length);
            assertEquals(
                    1024,
                    upstream.send("GET", "/declared/1024", null, Map.of(), new byte[0])
                            .body()
                            .length);
        }
    }

    @Test
    void aBodyThatDribblesPastTheTimeoutIs504ThoughItsHeadersCameAtOnce() throws Exception {
        try (FakeUpstream fake = new FakeUpstream()) {
            long start = System.nanoTime();

            Upstream.Failure failure = assertThrows(
                    Upstream.Failure.class,
                    () -> fake.upstream(1 << 20, 300).send("GET", "/dribble", null, Map.of(), new byte[0]));

            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals("upstream.timeout", failure.rule());
            assertEquals(504, failure.status().getStatusCode());
            assertTrue(tookMs >= 300 && tookMs < 3_000, "gave up after " + tookMs + " ms");
        }
    }

    @Test
    void aStubStoppingMidWaitAnswers502AndLeavesNoInterruptBehindThatWouldCloseTheReply() throws Exception {
        try (FakeUpstream fake = new FakeUpstream()) {
            Upstream upstream = fake.upstream(1024, 10_000);

            assertEquals(
                    "upstream.interrupted, interrupted afterwards: false", cutShort(fake, upstream, Thread::interrupt));
        }
    }

    @Test
    void stopWaitingCutsAWaitShortWithoutAnInterruptAndRefusesLaterWaits() throws Exception {
        try (FakeUpstream fake = new FakeUpstream()) {
            Upstream upstream = fake.upstream(1024, 10_000);

            assertEquals(
                    "upstream.interrupted, interrupted afterwards: false",
                    cutShort(fake, upstream, worker -> upstream.stopWaiting()));
            Upstream.Failure later = assertThrows(
                    Upstream.Failure.class, () -> upstream.send("GET", "/dribble", null, Map.of(), new byte[0]));
            assertEquals("upstream.interrupted", later.rule());
        }
    }

    /** How a wait for a dribbling answer ended when {@code cut} was applied to its thread mid-wait. */
    private static Object cutShort(FakeUpstream fake, Upstream upstream, java.util.function.Consumer<Thread> cut)
            throws Exception {
        java.util.concurrent.CompletableFuture<Object> outcome = new java.util.concurrent.CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                upstream.send("GET", "/dribble", null, Map.of(), new byte[0]);
                outcome.complete("answered");
            } catch (Upstream.Failure failure) {
                outcome.complete(failure.rule() + ", interrupted afterwards: "
                        + Thread.currentThread().isInterrupted());
            }
        });
        worker.start();
        fake.requested.await();
        cut.accept(worker);
        return outcome.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void assertFailure(String rule, String cause, Upstream.Failure failure) {
        assertEquals(rule, failure.rule());
        assertEquals(502, failure.status().getStatusCode());
        assertTrue(failure.getMessage().startsWith("Could not get an answer from the upstream "), failure.getMessage());
        assertTrue(failure.getMessage().contains(cause), failure.getMessage());
        // Never an exception's class or a JDK package: the caller may be anyone's client.
        assertFalse(failure.getMessage().matches(".*(Exception|java\\.|sun\\.|javax\\.).*"), failure.getMessage());
        assertEquals(0, failure.getStackTrace().length, "a failure carries no stack trace");
    }

    /**
     * An upstream on loopback: {@code /declared/N} sends N bytes under a Content-Length, {@code /chunked/N} sends
     * them chunked, {@code /dribble} sends its headers at once and then a byte every 50 ms for ten seconds.
     */
    private static final class FakeUpstream implements AutoCloseable {

        final java.util.concurrent.CountDownLatch requested = new java.util.concurrent.CountDownLatch(1);
        private final com.sun.net.httpserver.HttpServer server;
        private final java.util.concurrent.ExecutorService threads =
                java.util.concurrent.Executors.newCachedThreadPool();

        FakeUpstream() throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            server.createContext("/", exchange -> {
                requested.countDown();
                String[] path = exchange.getRequestURI().getPath().split("/");
                try (var out = exchange.getResponseBody()) {
                    switch (path[1]) {
                        case "declared" -> {
                            int n = Integer.parseInt(path[2]);
                            exchange.sendResponseHeaders(200, n);
                            out.write(new byte[n]);
                        }
                        case "chunked" -> {
                            exchange.sendResponseHeaders(200, 0);
                            out.write(new byte[Integer.parseInt(path[2])]);
                        }
                        default -> {
                            exchange.sendResponseHeaders(200, 0);
                            for (int i = 0; i < 200; i++) {
                                out.write('x');
                                out.flush();
                                Thread.sleep(50);
                            }
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    // the proxy hung up
                }
            });
            server.start();
        }

        String authority() {
            return "127.0.0.1:" + server.getAddress().getPort();
        }

        Upstream upstream(int maxAnswerBytes, int timeoutMs) {
            return new Upstream(
                    Vendor.VANTAGE,
                    URI.create("http://" + authority()),
                    Duration.ofSeconds(2),
                    Duration.ofMillis(timeoutMs),
                    maxAnswerBytes);
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
