package io.accountcontracts.stub.delay;

/**
 * The latency the stub adds to every vendor answer: the one it was started with ({@code --latency}), or the
 * one the admin API or a test set since. A reset puts back the one it was started with, as it puts back the
 * records.
 */
public final class Latency {

    private final Delay configured;
    private volatile Delay current;

    /** @param configured null for none */
    public Latency(Delay configured) {
        this.configured = configured;
        this.current = configured;
    }

    /** The latency now; null for none. */
    public Delay current() {
        return current;
    }

    /** @param latency null for none */
    public void set(Delay latency) {
        current = latency;
    }

    /** Back to the latency the stub was started with. */
    public void reset() {
        current = configured;
    }
}
