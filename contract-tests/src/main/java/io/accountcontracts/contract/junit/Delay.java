package io.accountcontracts.contract.junit;

import java.time.Duration;
import java.util.Objects;

/** How long an answer waits: fixed, or drawn afresh for each answer from a distribution. */
public final class Delay {

    private final io.accountcontracts.stub.delay.Delay stub;

    private Delay(io.accountcontracts.stub.delay.Delay stub) {
        this.stub = stub;
    }

    public static Delay fixed(Duration delay) {
        return new Delay(io.accountcontracts.stub.delay.Delay.fixed(delay));
    }

    /** Any time from {@code min} to {@code max}, all equally likely. */
    public static Delay uniform(Duration min, Duration max) {
        return new Delay(io.accountcontracts.stub.delay.Delay.uniform(min, max));
    }

    /** Mostly near {@code median}, now and then much longer, as real network latency is. */
    public static Delay lognormal(Duration median, double sigma) {
        return new Delay(io.accountcontracts.stub.delay.Delay.lognormal(median, sigma));
    }

    /** A delay as the jar's {@code --latency} takes it: {@code 50ms}, {@code uniform:20-80ms}, {@code lognormal:80ms,0.4}. */
    public static Delay parse(String text) {
        return new Delay(io.accountcontracts.stub.delay.Delay.parse(text));
    }

    io.accountcontracts.stub.delay.Delay stub() {
        return stub;
    }

    static Delay of(io.accountcontracts.stub.delay.Delay stub) {
        return stub == null ? null : new Delay(stub);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Delay delay && delay.stub.equals(stub);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stub);
    }

    /** As {@code --latency} takes it, such as {@code uniform:20-80ms}. */
    @Override
    public String toString() {
        return stub.text();
    }
}
