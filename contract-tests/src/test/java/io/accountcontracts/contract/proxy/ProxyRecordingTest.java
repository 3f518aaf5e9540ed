package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.EP_PATH;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.put;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import io.accountcontracts.stub.proxy.TrafficRecorder;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --record}: the proxy hands every exchange the upstream answered to the recorder, as the proxy sent and
 * received it: the headers it gave its HTTP client (not those that client adds itself, such as Host) and the
 * upstream's answer; nothing for a request refused here or left unanswered; and the stub closes the recorder
 * when it stops.
 */
class ProxyRecordingTest {

    private static final String VALID = "{\"data\":{\"type\":\"account\",\"name\":\"recorded\"}}";
    private static final String TOO_SHORT = "{\"data\":{\"type\":\"account\",\"name\":\"\"}}";

    /** Keeps exchanges in memory, as the HAR recorder keeps them in files. */
    static final class InMemoryRecorder implements TrafficRecorder {
        final List<ProxiedExchange> exchanges = new CopyOnWriteArrayList<>();
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public void record(ProxiedExchange exchange) {
            exchanges.add(exchange);
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    private static StubServer upstream;

    @BeforeAll
    static void start() {
        upstream = Proxies.upstreamStub();
    }

    @AfterAll
    static void stop() {
        upstream.close();
    }

    @BeforeEach
    void reset() {
        upstream.reset();
    }

    @Test
    void everyAnsweredExchangeIsRecordedAsTheProxySentAndReceivedIt() {
        InMemoryRecorder recorder = new InMemoryRecorder();
        Instant before = Instant.now();
        HttpResponse<byte[]> answer;
        try (StubServer proxy =
                Proxies.proxy(Proxies.observing(Vendor.ELASTIC_PATH, URI.create(upstream.baseUri() + "/"))
                        .withRecorder(recorder))) {
            answer = Proxies.send(
                    proxy.baseUri(),
                    "PUT",
                    EP_PATH + "?trace=1",
                    VALID,
                    "Authorization",
                    "Bearer " + VENDOR_TOKEN,
                    "X-Request-Id",
                    "r-7");
            put(proxy.baseUri(), EP_PATH, TOO_SHORT, VENDOR_TOKEN); // observed: forwarded, so recorded too
            assertEquals(0, recorder.closed.get());
        }

        assertEquals(1, recorder.closed.get(), "closed once, with the stub");
        assertEquals(2, recorder.exchanges.size());
        ProxiedExchange exchange = recorder.exchanges.get(0);
        assertEquals(Vendor.ELASTIC_PATH, exchange.vendor());
        assertEquals("PUT", exchange.method());
        assertEquals(URI.create(upstream.baseUri() + EP_PATH + "?trace=1"), exchange.upstreamUri());
        assertFalse(exchange.startedAt().isBefore(before));
        assertTrue(exchange.durationMs() >= 0);
        // Unredacted here: the recorder redacts what it keeps.
        assertEquals(List.of("Bearer " + VENDOR_TOKEN), header(exchange.requestHeaders(), "Authorization"));
        assertEquals(List.of("r-7"), header(exchange.requestHeaders(), "X-Request-Id"));
        // Not what went over the wire: the HTTP client adds Host (from the URL) and Content-Length after the
        // proxy hands it the headers, and those are what is recorded. docs/recording.md says so.
        assertTrue(header(exchange.requestHeaders(), "Host").isEmpty(), "Host is the client's, not recorded");
        assertTrue(header(exchange.requestHeaders(), "Content-Length").isEmpty(), "Content-Length neither");
        assertArrayEquals(VALID.getBytes(StandardCharsets.UTF_8), exchange.requestBody());
        assertEquals(200, exchange.status());
        assertArrayEquals(answer.body(), exchange.responseBody());
        assertEquals(List.of("application/json"), header(exchange.responseHeaders(), "Content-Type"));
        assertEquals(400, recorder.exchanges.get(1).status());
    }

    @Test
    void nothingIsRecordedForARequestRefusedHereOrLeftUnanswered() {
        InMemoryRecorder strictRecorder = new InMemoryRecorder();
        InMemoryRecorder deadRecorder = new InMemoryRecorder();
        try (StubServer strict = Proxies.proxy(
                        Proxies.strict(Vendor.ELASTIC_PATH, upstream.baseUri()).withRecorder(strictRecorder));
                StubServer dead = Proxies.proxy(
                        Proxies.observing(Vendor.ELASTIC_PATH, URI.create("http://127.0.0.1:" + Proxies.deadPort()))
                                .withRecorder(deadRecorder))) {
            assertEquals(
                    400, put(strict.baseUri(), EP_PATH, TOO_SHORT, VENDOR_TOKEN).statusCode());
            assertEquals(502, put(dead.baseUri(), EP_PATH, VALID, VENDOR_TOKEN).statusCode());
            assertEquals(
                    200, put(strict.baseUri(), EP_PATH, VALID, VENDOR_TOKEN).statusCode());
        }

        assertEquals(
                List.of(200),
                strictRecorder.exchanges.stream().map(ProxiedExchange::status).toList());
        assertEquals(List.of(), deadRecorder.exchanges);
    }

    @Test
    void aRecorderThatCannotWriteNeverCostsTheCallerTheAnswer() {
        TrafficRecorder full = exchange -> {
            throw new UncheckedIOException(new java.io.IOException("No space left on device"));
        };
        try (StubServer proxy = Proxies.proxy(
                Proxies.observing(Vendor.ELASTIC_PATH, upstream.baseUri()).withRecorder(full))) {
            HttpResponse<byte[]> answer = put(proxy.baseUri(), EP_PATH, VALID, VENDOR_TOKEN);

            assertEquals(200, answer.statusCode());
        }
    }

    @Test
    void aStubThatFailsToStartClosesTheRecorderItWasGiven() {
        InMemoryRecorder recorder = new InMemoryRecorder();
        try (StubServer occupying = Proxies.upstreamStub()) {
            StubConfig onABusyPort = StubConfig.builder()
                    .port(occupying.baseUri().getPort())
                    .token("t")
                    .strictResponses(true)
                    .accessLog(false)
                    .proxy(Proxies.observing(Vendor.VANTAGE, upstream.baseUri()).withRecorder(recorder))
                    .build();

            assertThrows(IllegalStateException.class, () -> StubServer.start(onABusyPort));
        }

        assertEquals(1, recorder.closed.get());
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> h.getValue().stream())
                .toList();
    }
}
