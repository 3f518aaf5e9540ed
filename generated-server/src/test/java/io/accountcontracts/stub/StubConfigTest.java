package io.accountcontracts.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.proxy.ProxyConfig;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The builder: its defaults, a round trip, and the settings it refuses. */
class StubConfigTest {

    @Test
    void theDefaultsAreTheJarsButAFreePort() {
        StubConfig config = StubConfig.builder().token("t").build();

        assertEquals(StubConfig.LOOPBACK, config.host());
        assertEquals(0, config.port());
        assertEquals(Set.of("t"), config.tokens());
        assertEquals(null, config.fixtures());
        assertFalse(config.strictResponses());
        assertEquals(StubConfig.DEFAULT_MAX_BODY_BYTES, config.maxBodyBytes());
        assertEquals(StubConfig.DEFAULT_JOURNAL_SIZE, config.journalSize());
        assertTrue(config.accessLog());
        assertEquals(ProxyConfig.NONE, config.proxy());
        assertEquals(StubConfig.DEFAULT_JOURNAL_MAX_BYTES, config.journalMaxBytes());
        assertEquals(List.of(), config.rateLimits());
        assertEquals(null, config.latency());
        assertEquals(StubConfig.HTTPS_OFF, config.httpsPort());
        assertFalse(config.servesHttps());
    }

    @Test
    void toBuilderGivesBackEverySetting() {
        StubConfig config = StubConfig.builder()
                .host("::1")
                .port(8089)
                .token("a")
                .token("b")
                .strictResponses(true)
                .maxBodyBytes(64)
                .journalSize(5)
                .accessLog(false)
                .journalMaxBytes(1000)
                .latency(Delay.fixed(Duration.ofMillis(5)))
                .httpsPort(8443)
                .build();

        assertEquals(config, config.toBuilder().build());
        assertEquals(8443, config.httpsPort());
        assertTrue(config.servesHttps());
    }

    @Test
    void httpsOnAFreePortOrNone() {
        assertEquals(0, StubConfig.forTests("t").toBuilder().https(true).build().httpsPort());
        assertEquals(
                StubConfig.HTTPS_OFF,
                StubConfig.forTests("t").toBuilder()
                        .https(true)
                        .https(false)
                        .build()
                        .httpsPort());
    }

    @Test
    @SuppressWarnings("removal")
    void theOldConstructorsStillMakeTheSameConfiguration() {
        assertEquals(
                StubConfig.forTests("t").toBuilder().accessLog(false).build(),
                new StubConfig(
                        StubConfig.LOOPBACK,
                        0,
                        Set.of("t"),
                        null,
                        true,
                        StubConfig.DEFAULT_MAX_BODY_BYTES,
                        StubConfig.DEFAULT_JOURNAL_SIZE,
                        false));
    }

    @Test
    void refusesWhatCannotWork() {
        assertEquals(
                "at least one bearer token must be accepted",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> StubConfig.builder().build())
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> StubConfig.builder().token("t").httpsPort(-2).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> StubConfig.builder().token("t").httpsPort(65536).build());
        assertEquals(
                "HTTP and HTTPS need a port each; both are 8080",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> StubConfig.builder()
                                        .token("t")
                                        .port(8080)
                                        .httpsPort(8080)
                                        .build())
                        .getMessage());
    }
}
