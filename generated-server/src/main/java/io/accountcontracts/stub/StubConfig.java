package io.accountcontracts.stub;

import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.store.Fixtures;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a stub.
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
        Delay latency) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_JOURNAL_SIZE = 1000;
    // Small beside the -Xmx48m the README starts the jar with, whatever the requests were.
    public static final long DEFAULT_JOURNAL_MAX_BYTES = 4L * 1024 * 1024;

    public StubConfig {
        tokens = Set.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("at least one bearer token must be accepted");
        }
        if (maxBodyBytes < 1 || journalSize < 0 || journalMaxBytes < 0) {
            throw new IllegalArgumentException(
                    "maxBodyBytes must be positive, journalSize and journalMaxBytes not negative");
        }
        Objects.requireNonNull(proxy, "proxy (ProxyConfig.NONE for none)");
        rateLimits = List.copyOf(rateLimits);
    }

    /** No rate limit. */
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
                null);
    }

    /** The journal bounded at {@link #DEFAULT_JOURNAL_MAX_BYTES}. */
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
                DEFAULT_JOURNAL_MAX_BYTES);
    }

    /** Both vendors stubbed. */
    public StubConfig(
            String host,
            int port,
            Set<String> tokens,
            Fixtures fixtures,
            boolean strictResponses,
            int maxBodyBytes,
            int journalSize,
            boolean accessLog) {
        this(host, port, tokens, fixtures, strictResponses, maxBodyBytes, journalSize, accessLog, ProxyConfig.NONE);
    }

    /** Loopback, a free port, the seed records, strict responses: what an in-process test wants. */
    public static StubConfig forTests(String token) {
        return new StubConfig(
                LOOPBACK, 0, Set.of(token), null, true, DEFAULT_MAX_BODY_BYTES, DEFAULT_JOURNAL_SIZE, true);
    }

    public StubConfig withFixtures(Fixtures replacement) {
        return new StubConfig(
                host,
                port,
                tokens,
                replacement,
                strictResponses,
                maxBodyBytes,
                journalSize,
                accessLog,
                proxy,
                journalMaxBytes,
                rateLimits,
                latency);
    }

    public StubConfig withProxy(ProxyConfig replacement) {
        return new StubConfig(
                host,
                port,
                tokens,
                fixtures,
                strictResponses,
                maxBodyBytes,
                journalSize,
                accessLog,
                replacement,
                journalMaxBytes,
                rateLimits,
                latency);
    }

    public StubConfig withMaxBodyBytes(int replacement) {
        return new StubConfig(
                host,
                port,
                tokens,
                fixtures,
                strictResponses,
                replacement,
                journalSize,
                accessLog,
                proxy,
                journalMaxBytes,
                rateLimits,
                latency);
    }

    public StubConfig withJournalMaxBytes(long replacement) {
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
                replacement,
                rateLimits,
                latency);
    }

    /** The rate limits armed from the start ({@code --rate-limit}); a reset arms them again with fresh windows. */
    public StubConfig withRateLimits(List<RateLimit> replacement) {
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
                replacement,
                latency);
    }

    /** @param replacement what every vendor answer waits; null for none */
    public StubConfig withLatency(Delay replacement) {
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
                replacement);
    }
}
