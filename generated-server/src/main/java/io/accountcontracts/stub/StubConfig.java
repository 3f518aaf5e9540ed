package io.accountcontracts.stub;

import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.store.Fixtures;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a stub. Made with {@link #builder()} (or {@link #forTests}, then {@link #toBuilder()}): each setting
 * has a default but the tokens.
 *
 * @param host            address to bind; loopback by default
 * @param port            port to listen on; 0 picks a free one
 * @param tokens          bearer tokens to accept (at least one); not asked of a proxied vendor's requests
 * @param fixtures        records to start with, and to go back to on reset; null for the seed records
 * @param strictResponses validate every response against the spec and answer 500 on a violation
 * @param maxBodyBytes    larger request bodies are refused with 413
 * @param journalSize     how many recent requests the journal keeps
 * @param accessLog       write one log line per request (the journal keeps requests either way)
 * @param proxy           which vendors are forwarded to a real upstream instead of stubbed ({@code --proxy});
 *                        {@link ProxyConfig#NONE} stubs both. The stub closes its recorder when it stops.
 * @param journalMaxBytes how many bytes (estimated) the journal's entries may take; the oldest go first
 * @param rateLimits      rate limits armed from the start and again at every reset, at most one per vendor
 *                        ({@code --rate-limit}); empty (the default) for none
 * @param latency         what every vendor answer waits ({@code --latency}), drawn afresh for each; null for none
 * @param httpsPort       where to serve HTTPS too, beside HTTP on {@code port}, with a certificate made for the run
 *                        ({@code --https-port}): 0 picks a free port, {@link #HTTPS_OFF} (the default) serves none
 */
public record StubConfig(
        String host,
        int port,
        Set<String> tokens,
        Fixtures fixtures,
        boolean strictResponses,
        int maxBodyBytes,
        int journalSize,
        boolean accessLog,
        ProxyConfig proxy,
        long journalMaxBytes,
        List<RateLimit> rateLimits,
        Delay latency,
        int httpsPort) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_JOURNAL_SIZE = 1000;
    // Small beside the -Xmx48m the README starts the jar with, whatever the requests were.
    public static final long DEFAULT_JOURNAL_MAX_BYTES = 4L * 1024 * 1024;
    /** The {@code httpsPort} of a stub that serves HTTP only. */
    public static final int HTTPS_OFF = -1;

    public StubConfig {
        tokens = Set.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("at least one bearer token must be accepted");
        }
        if (maxBodyBytes < 1 || journalSize < 0 || journalMaxBytes < 0) {
            throw new IllegalArgumentException(
                    "maxBodyBytes must be positive, journalSize and journalMaxBytes not negative");
        }
        if (port < 0 || port > 65535 || httpsPort < HTTPS_OFF || httpsPort > 65535) {
            throw new IllegalArgumentException(
                    "port must be 0 (a free one) to 65535, httpsPort the same or " + HTTPS_OFF + " (no HTTPS)");
        }
        if (httpsPort > 0 && httpsPort == port) {
            throw new IllegalArgumentException("HTTP and HTTPS need a port each; both are " + port);
        }
        Objects.requireNonNull(proxy, "proxy (ProxyConfig.NONE for none)");
        rateLimits = List.copyOf(rateLimits);
    }

    /** A stub that accepts no token yet: add at least one. Loopback, a free port, the jar's defaults otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** Loopback, a free port, the seed records, strict responses: what an in-process test wants. */
    public static StubConfig forTests(String token) {
        return builder().token(token).strictResponses(true).build();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder()
                .host(host)
                .port(port)
                .tokens(tokens)
                .fixtures(fixtures)
                .strictResponses(strictResponses)
                .maxBodyBytes(maxBodyBytes)
                .journalSize(journalSize)
                .accessLog(accessLog)
                .proxy(proxy)
                .journalMaxBytes(journalMaxBytes)
                .rateLimits(rateLimits)
                .latency(latency)
                .httpsPort(httpsPort);
    }

    /** True when the stub serves HTTPS too. */
    public boolean servesHttps() {
        return httpsPort != HTTPS_OFF;
    }

    /** Each setting of {@link StubConfig}, under the same name; {@link #build()} checks them together. */
    public static final class Builder {
        private String host = LOOPBACK;
        private int port;
        private final Set<String> tokens = new LinkedHashSet<>();
        private Fixtures fixtures;
        private boolean strictResponses;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int journalSize = DEFAULT_JOURNAL_SIZE;
        private boolean accessLog = true;
        private ProxyConfig proxy = ProxyConfig.NONE;
        private long journalMaxBytes = DEFAULT_JOURNAL_MAX_BYTES;
        private List<RateLimit> rateLimits = List.of();
        private Delay latency;
        private int httpsPort = HTTPS_OFF;

        private Builder() {}

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Adds a token to accept. */
        public Builder token(String value) {
            tokens.add(value);
            return this;
        }

        /** Replaces the tokens to accept. */
        public Builder tokens(Set<String> values) {
            tokens.clear();
            tokens.addAll(values);
            return this;
        }

        public Builder fixtures(Fixtures value) {
            fixtures = value;
            return this;
        }

        public Builder strictResponses(boolean value) {
            strictResponses = value;
            return this;
        }

        public Builder maxBodyBytes(int value) {
            maxBodyBytes = value;
            return this;
        }

        public Builder journalSize(int value) {
            journalSize = value;
            return this;
        }

        public Builder accessLog(boolean value) {
            accessLog = value;
            return this;
        }

        public Builder proxy(ProxyConfig value) {
            proxy = value;
            return this;
        }

        public Builder journalMaxBytes(long value) {
            journalMaxBytes = value;
            return this;
        }

        public Builder rateLimits(List<RateLimit> values) {
            rateLimits = values;
            return this;
        }

        public Builder latency(Delay value) {
            latency = value;
            return this;
        }

        /** 0 for a free port, {@link #HTTPS_OFF} for none. */
        public Builder httpsPort(int value) {
            httpsPort = value;
            return this;
        }

        /** HTTPS on a free port, or none. */
        public Builder https(boolean on) {
            return httpsPort(on ? 0 : HTTPS_OFF);
        }

        /** @throws IllegalArgumentException when the settings do not fit together, saying which */
        public StubConfig build() {
            return new StubConfig(
                    host,
                    port,
                    tokens,
                    fixtures,
                    strictResponses,
                    maxBodyBytes,
                    journalSize,
                    accessLog,
                    proxy,
                    journalMaxBytes,
                    rateLimits,
                    latency,
                    httpsPort);
        }
    }

    // What follows was the way to make one before the builder; kept for one release so other code compiles.

    /** @deprecated use {@link #builder()}; this one serves no HTTPS */
    @Deprecated(forRemoval = true)
    public StubConfig(
            String host,
            int port,
            Set<String> tokens,
            Fixtures fixtures,
            boolean strictResponses,
            int maxBodyBytes,
            int journalSize,
            boolean accessLog,
            ProxyConfig proxy,
            long journalMaxBytes,
            List<RateLimit> rateLimits,
            Delay latency) {
        this(
                host,
                port,
                tokens,
                fixtures,
                strictResponses,
                maxBodyBytes,
                journalSize,
                accessLog,
                proxy,
                journalMaxBytes,
                rateLimits,
                latency,
                HTTPS_OFF);
    }

    /** @deprecated use {@link #builder()} */
    @Deprecated(forRemoval = true)
    public StubConfig(
            String host,
            int port,
            Set<String> tokens,
            Fixtures fixtures,
            boolean strictResponses,
            int maxBodyBytes,
            int journalSize,
            boolean accessLog,
            ProxyConfig proxy,
            long journalMaxBytes) {
        this(
                host,
                port,
                tokens,
                fixtures,
                strictResponses,
                maxBodyBytes,
                journalSize,
                accessLog,
                proxy,
                journalMaxBytes,
                List.of(),
                null,
                HTTPS_OFF);
    }

    /** @deprecated use {@link #builder()} */
    @Deprecated(forRemoval = true)
    public StubConfig(
            String host,
            int port,
            Set<String> tokens,
            Fixtures fixtures,
            boolean strictResponses,
            int maxBodyBytes,
            int journalSize,
            boolean accessLog,
            ProxyConfig proxy) {
        this(
                host,
                port,
                tokens,
                fixtures,
                strictResponses,
                maxBodyBytes,
                journalSize,
                accessLog,
                proxy,
                DEFAULT_JOURNAL_MAX_BYTES,
                List.of(),
                null,
                HTTPS_OFF);
    }

    /** @deprecated use {@link #builder()} */
    @Deprecated(forRemoval = true)
    public StubConfig(
            String host,
            int port,
            Set<String> tokens,
            Fixtures fixtures,
            boolean strictResponses,
            int maxBodyBytes,
            int journalSize,
            boolean accessLog) {
        this(
                host,
                port,
                tokens,
                fixtures,
                strictResponses,
                maxBodyBytes,
                journalSize,
                accessLog,
                ProxyConfig.NONE,
                DEFAULT_JOURNAL_MAX_BYTES,
                List.of(),
                null,
                HTTPS_OFF);
    }

    /** @deprecated use {@link #toBuilder()} */
    @Deprecated(forRemoval = true)
    public StubConfig withFixtures(Fixtures replacement) {
        return toBuilder().fixtures(replacement).build();
    }

    /** @deprecated use {@link #toBuilder()} */
    @Deprecated(forRemoval = true)
    public StubConfig withProxy(ProxyConfig replacement) {
        return toBuilder().proxy(replacement).build();
    }

    /** @deprecated use {@link #toBuilder()} */
    @Deprecated(forRemoval = true)
    public StubConfig withMaxBodyBytes(int replacement) {
        return toBuilder().maxBodyBytes(replacement).build();
    }

    /** @deprecated use {@link #toBuilder()} */
    @Deprecated(forRemoval = true)
    public StubConfig withJournalMaxBytes(long replacement) {
        return toBuilder().journalMaxBytes(replacement).build();
    }

    /** @deprecated use {@link #toBuilder()} */
    @Deprecated(forRemoval = true)
    public StubConfig withRateLimits(List<RateLimit> replacement) {
        return toBuilder().rateLimits(replacement).build();
    }

    /** @deprecated use {@link #toBuilder()} */
    @Deprecated(forRemoval = true)
    public StubConfig withLatency(Delay replacement) {
        return toBuilder().latency(replacement).build();
    }
}
