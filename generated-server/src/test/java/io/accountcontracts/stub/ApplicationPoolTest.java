package io.accountcontracts.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.programmed.Fault;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.validation.SpecValidators;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stub started after an equivalent one was closed takes over its application, and is as a new stub to its user;
 * stubs alive at once, other configurations and proxying stubs never share one.
 */
class ApplicationPoolTest {

    private static final String TOKEN = "pool-test";
    private static final String MANAGED = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String ACCOUNT = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    // Shared as the extension shares them: an application answers with the validators it was built with.
    private static final SpecValidators VALIDATORS = new SpecValidators();
    private static final StubConfig CONFIG = StubConfig.forTests(TOKEN);

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // Each test's own pool, so that tests running at once cannot take each other's applications. Larger than any
    // test fills, but the one on its capacity.
    private final ApplicationPool pool = new ApplicationPool(8);

    @AfterEach
    void emptyPool() {
        pool.clear();
    }

    // Many times over, with a connection open at close: the listening socket's close was once left to Grizzly's
    // selector thread after close() returned, and a port checked or bound again at once was still taken.
    @Test
    void aClosedStubsPortRefusesConnectionsAsSoonAsCloseReturns() throws Exception {
        for (int i = 0; i < 40; i++) {
            StubServer stub = StubServer.start(CONFIG, VALIDATORS, pool);
            assertEquals(200, put(stub, MANAGED, "{\"name\":\"Kept open\"}").statusCode());
            int port = stub.baseUri().getPort();
            stub.close();
            assertRefused(port);
        }
    }

    @Test
    void aStubStartedAfterAnEquivalentOneClosedTakesOverItsApplicationAndIsAsNew() throws Exception {
        StubServer first = StubServer.start(CONFIG, VALIDATORS, pool);
        assertEquals(
                200,
                put(first, ACCOUNT, "{\"data\":{\"type\":\"account\",\"name\":\"Dirty\"}}")
                        .statusCode());
        assertEquals(
                400,
                put(first, ACCOUNT, "{\"data\":{\"type\":\"account\",\"name\":5}}")
                        .statusCode());
        first.rateLimit(Vendor.VANTAGE, 1, Duration.ofMinutes(1));
        assertEquals(200, put(first, MANAGED, "{\"name\":\"Dirty\"}").statusCode());
        assertEquals(429, put(first, MANAGED, "{\"name\":\"Dirty\"}").statusCode());
        first.latency(Delay.fixed(Duration.ofMillis(5)));
        first.journal().limit(1, 1_000_000);
        first.nextResponse("updateManagedAccount").fault(Fault.EMPTY_RESPONSE);
        first.nextResponse("updateAccount").forId("no-such-id").persistent().delay(Duration.ofMinutes(10));
        // In flight when the stub is closed: close cuts its delay short, which stops every later wait of the stub.
        first.nextResponse("updateAccount").delay(Duration.ofMinutes(10));
        CompletableFuture<HttpResponse<String>> delayed =
                putAsync(first, ACCOUNT, "{\"data\":{\"type\":\"account\",\"name\":\"Late\"}}");
        awaitTaken(first, 2);
        int firstPort = first.baseUri().getPort();

        first.close();

        assertEquals(200, delayed.get(5, TimeUnit.SECONDS).statusCode(), "in flight at close, answered");
        assertRefused(firstPort);
        StubServer second = StubServer.start(CONFIG, VALIDATORS, pool);
        StubServer fresh = StubServer.start(CONFIG, VALIDATORS);
        try {
            assertSame(first.application(), second.application(), "the closed stub's application was not taken");
            assertNotEquals(firstPort, second.baseUri().getPort());
            assertRefused(firstPort);

            assertEquals(
                    fresh.stores().managedAccounts().all(),
                    second.stores().managedAccounts().all());
            assertEquals(
                    fresh.stores().accounts().all(), second.stores().accounts().all());
            assertEquals(fresh.journal().snapshot(), second.journal().snapshot());
            assertEquals(fresh.journal().epoch(), second.journal().epoch());
            assertEquals(List.of(), second.pendingResponses());
            assertEquals(fresh.violations(), second.violations());
            assertEquals(List.of(), second.rateLimits());
            assertNull(second.latency());

            // No rate limit left armed, and the first rule numbered as a new stub's.
            assertEquals(200, put(second, MANAGED, "{\"name\":\"Again\"}").statusCode());
            assertEquals(200, put(second, MANAGED, "{\"name\":\"Again\"}").statusCode());
            long id = second.nextResponse("updateAccount")
                    .delay(Duration.ofMillis(400))
                    .id();
            assertEquals(fresh.nextResponse("updateAccount").id(), id);
            // A delay waits again: the first stub's close no longer cuts it short.
            long start = System.nanoTime();
            assertEquals(
                    200,
                    put(second, ACCOUNT, "{\"data\":{\"type\":\"account\",\"name\":\"Slow\"}}")
                            .statusCode());
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(tookMs >= 400, "the programmed delay took " + tookMs + " ms");
            assertEquals(3, second.journal().entries().size());
        } finally {
            second.close();
            fresh.close();
        }
    }

    @Test
    void whatIsDoneThroughAClosedStubsHandleDoesNotReachTheStubThatTakesItsApplication() throws Exception {
        StubServer first = StubServer.start(CONFIG, VALIDATORS, pool);
        first.close();
        first.latency(Delay.fixed(Duration.ofMillis(5)));
        first.nextResponse("updateManagedAccount").fault(Fault.EMPTY_RESPONSE);
        first.stores()
                .managedAccounts()
                .update("acct_dd2fdf6564b60319", r -> r.deepCopy().put("name", "Late"));

        try (StubServer second = StubServer.start(CONFIG, VALIDATORS, pool)) {
            assertSame(first.application(), second.application());
            assertNull(second.latency());
            assertEquals(List.of(), second.pendingResponses());
            assertNotEquals(
                    "Late",
                    second.stores()
                            .managedAccounts()
                            .get("acct_dd2fdf6564b60319")
                            .orElseThrow()
                            .path("name")
                            .asText());
        }
    }

    @Test
    void stubsAliveAtOnceNeverShareAnApplication() {
        StubServer one = StubServer.start(CONFIG, VALIDATORS, pool);
        StubServer two = StubServer.start(CONFIG, VALIDATORS, pool);
        assertNotSame(one.application(), two.application());
        one.close();
        two.close();
        assertEquals(2, pool.size());

        StubServer three = StubServer.start(CONFIG, VALIDATORS, pool);
        StubServer four = StubServer.start(CONFIG, VALIDATORS, pool);
        try {
            assertNotSame(three.application(), four.application());
            assertEquals(0, pool.size());
            assertEquals(Set.of(one.application(), two.application()), Set.of(three.application(), four.application()));
        } finally {
            three.close();
            four.close();
        }
    }

    @Test
    void anotherConfigurationBuildsItsOwnApplication() {
        Fixtures seed = Fixtures.seed(JsonMapper.create());
        StubConfig seeded = CONFIG.toBuilder().fixtures(seed).build();
        StubServer first = StubServer.start(seeded, VALIDATORS, pool);
        first.close();

        // Equal fixtures, not the same object, on another address: the same application.
        StubConfig equal = seeded.toBuilder()
                .fixtures(new Fixtures(seed.managedAccounts(), seed.accounts()))
                .host("localhost")
                .build();
        try (StubServer same = StubServer.start(equal, VALIDATORS, pool)) {
            assertSame(first.application(), same.application());
        }
        // Anything else that shapes the application: one of its own.
        try (StubServer otherTokens =
                StubServer.start(seeded.toBuilder().token("another-token").build(), VALIDATORS, pool)) {
            assertNotSame(first.application(), otherTokens.application());
        }
        try (StubServer otherFixtures = StubServer.start(
                seeded.toBuilder()
                        .fixtures(new Fixtures(List.of(), seed.accounts()))
                        .build(),
                VALIDATORS,
                pool)) {
            assertNotSame(first.application(), otherFixtures.application());
        }
        try (StubServer lenient =
                StubServer.start(seeded.toBuilder().strictResponses(false).build(), VALIDATORS, pool)) {
            assertNotSame(first.application(), lenient.application());
        }
        try (StubServer otherValidators = StubServer.start(seeded, new SpecValidators(), pool)) {
            assertNotSame(first.application(), otherValidators.application());
        }
    }

    @Test
    void aProxyingStubIsNeverParked() {
        StubConfig proxying = CONFIG.toBuilder()
                .proxy(ProxyConfig.NONE.withUpstreams(Map.of(Vendor.VANTAGE, URI.create("http://127.0.0.1:9"))))
                .build();
        StubServer proxy = StubServer.start(proxying, VALIDATORS, pool);
        proxy.close();

        assertEquals(0, pool.size());
        assertTrue(proxy.application().jersey().isDestroyed());
    }

    @Test
    void withoutAPoolTheApplicationIsShutDownOnClose() {
        StubServer server = StubServer.start(CONFIG, VALIDATORS);
        server.close();
        server.close();

        assertTrue(server.application().jersey().isDestroyed());
    }

    @Test
    void pastItsCapacityThePoolShutsDownTheApplicationParkedLongestAgo() {
        ApplicationPool two = new ApplicationPool(2);
        StubServer[] stubs = new StubServer[3];
        for (int i = 0; i < stubs.length; i++) {
            stubs[i] = StubServer.start(CONFIG, VALIDATORS, two);
        }
        for (StubServer stub : stubs) {
            stub.close();
        }
        // A second close parks nothing more.
        stubs[2].close();

        try {
            assertEquals(2, two.size());
            assertTrue(stubs[0].application().jersey().isDestroyed());
            assertFalse(stubs[1].application().jersey().isDestroyed());
            assertFalse(stubs[2].application().jersey().isDestroyed());
        } finally {
            two.clear();
        }
    }

    @Test
    void aStartThatFailsOnATakenApplicationShutsItDown() throws Exception {
        StubServer first = StubServer.start(CONFIG, VALIDATORS, pool);
        first.close();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(StubConfig.LOOPBACK))) {
            StubConfig busyPort = CONFIG.toBuilder().port(taken.getLocalPort()).build();
            assertThrows(IllegalStateException.class, () -> StubServer.start(busyPort, VALIDATORS, pool));
        }
        assertEquals(0, pool.size());
        assertTrue(first.application().jersey().isDestroyed());
    }

    @Test
    void anHttpsStubOnATakenApplicationHasItsOwnCertificate() throws Exception {
        StubConfig https = CONFIG.toBuilder().https(true).build();
        StubServer first = StubServer.start(https, VALIDATORS, pool);
        first.close();

        try (StubServer second = StubServer.start(https, VALIDATORS, pool)) {
            assertSame(first.application(), second.application());
            assertNotEquals(first.tls().certificatePem(), second.tls().certificatePem());
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(second.tls().sslContext())
                    .build();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(second.httpsBaseUri().resolve("/__admin/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
        }
    }

    private HttpResponse<String> put(StubServer server, String path, String body) throws Exception {
        return putAsync(server, path, body).get(10, TimeUnit.SECONDS);
    }

    private CompletableFuture<HttpResponse<String>> putAsync(StubServer server, String path, String body) {
        return http.sendAsync(
                HttpRequest.newBuilder(server.baseUri().resolve(path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // Until only this many rules are pending: the delayed request has taken its own and now waits on a worker.
    private static void awaitTaken(StubServer server, int pending) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.pendingResponses().size() > pending) {
            assertTrue(System.nanoTime() < deadline, "the request never took the rule");
            Thread.sleep(10);
        }
    }

    private static void assertRefused(int port) {
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(StubConfig.LOOPBACK, port), 2_000);
            }
        });
    }
}
