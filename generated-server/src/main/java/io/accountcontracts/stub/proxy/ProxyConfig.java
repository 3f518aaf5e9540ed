package io.accountcontracts.stub.proxy;

import io.accountcontracts.stub.errors.Vendor;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which vendors are proxied, and how.
 *
 * @param upstreams      where each proxied vendor's requests go; a vendor not named here is stubbed
 * @param strict         refuse invalid requests locally (400) and turn answers that break the spec into 502
 * @param connectTimeout how long to wait for the upstream to accept a connection
 * @param timeout        how long to wait for its whole answer, headers and body
 * @param maxAnswerBytes the largest answer body the proxy holds ({@code --proxy-max-answer-bytes}); a larger one
 *                       is answered 502, and a compressed answer is checked only while it decodes within it
 * @param recorder       keeps every exchange that got an upstream answer ({@code --record DIR}); closed with the stub
 */
public record ProxyConfig(
        Map<Vendor, URI> upstreams,
        boolean strict,
        Duration connectTimeout,
        Duration timeout,
        int maxAnswerBytes,
        TrafficRecorder recorder) {

    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    public static final int DEFAULT_TIMEOUT_MS = 30_000;
    // As --max-body-bytes: a few answers in flight at once fit the heap the README starts the jar with.
    public static final int DEFAULT_MAX_ANSWER_BYTES = 1024 * 1024;

    /** Both vendors stubbed. */
    public static final ProxyConfig NONE = new ProxyConfig(
            Map.of(),
            false,
            Duration.ofMillis(DEFAULT_CONNECT_TIMEOUT_MS),
            Duration.ofMillis(DEFAULT_TIMEOUT_MS),
            DEFAULT_MAX_ANSWER_BYTES,
            TrafficRecorder.NONE);

    public ProxyConfig {
        Map<Vendor, URI> copy = new EnumMap<>(Vendor.class);
        copy.putAll(upstreams);
        upstreams = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(recorder, "recorder");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("proxy timeouts must be positive");
        }
        if (maxAnswerBytes < 1) {
            throw new IllegalArgumentException("maxAnswerBytes must be positive");
        }
    }

    /**
     * The proxy set by {@code --proxy} flags, defaults otherwise.
     *
     * @throws IllegalArgumentException when a vendor is named twice
     */
    public static ProxyConfig of(List<ProxyTarget> targets) {
        Map<Vendor, URI> upstreams = new EnumMap<>(Vendor.class);
        for (ProxyTarget target : targets) {
            if (upstreams.put(target.vendor(), target.upstream()) != null) {
                throw new IllegalArgumentException(
                        target.vendor().realm() + " is proxied twice; give one --proxy per vendor");
            }
        }
        return NONE.withUpstreams(upstreams);
    }

    public boolean isOn() {
        return !upstreams.isEmpty();
    }

    public ProxyConfig withUpstreams(Map<Vendor, URI> replacement) {
        return new ProxyConfig(replacement, strict, connectTimeout, timeout, maxAnswerBytes, recorder);
    }

    public ProxyConfig withStrict(boolean replacement) {
        return new ProxyConfig(upstreams, replacement, connectTimeout, timeout, maxAnswerBytes, recorder);
    }

    public ProxyConfig withTimeouts(Duration connect, Duration answer) {
        return new ProxyConfig(upstreams, strict, connect, answer, maxAnswerBytes, recorder);
    }

    public ProxyConfig withMaxAnswerBytes(int replacement) {
        return new ProxyConfig(upstreams, strict, connectTimeout, timeout, replacement, recorder);
    }

    public ProxyConfig withRecorder(TrafficRecorder replacement) {
        return new ProxyConfig(upstreams, strict, connectTimeout, timeout, maxAnswerBytes, replacement);
    }
}
