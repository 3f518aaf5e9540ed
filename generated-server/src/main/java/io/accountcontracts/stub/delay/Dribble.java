package io.accountcontracts.stub.delay;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;

/**
 * An answer's body sent in {@code chunks} pieces spread over {@code durationMs}, as WireMock's chunked dribble
 * delay sends it: each piece, flushed, then a pause of {@code durationMs / chunks}, so that a client's read
 * timeout shorter than the pause fires mid-body. A body shorter than {@code chunks} bytes goes a byte a piece.
 * Messages name the admin API's JSON field.
 */
@JsonPropertyOrder({"chunks", "durationMs"})
public record Dribble(
        @JsonProperty("chunks") int chunks,
        @JsonProperty("durationMs") int durationMs) {

    /** More pieces than this would be pauses shorter than the clock's resolution, or a body of single bytes. */
    public static final int MAX_CHUNKS = 10_000;

    public Dribble {
        if (chunks < 1 || chunks > MAX_CHUNKS) {
            throw new IllegalArgumentException(chunksRange() + " Got " + chunks + ".");
        }
        DelayChecks.millis(durationMs, "dribble.durationMs");
    }

    /** The body in this many pieces over this long. */
    public static Dribble of(int chunks, Duration duration) {
        if (duration == null) {
            throw new IllegalArgumentException("a dribble needs a duration; got none");
        }
        int millis = duration.isNegative()
                ? -1
                : duration.compareTo(Duration.ofMillis(Delay.MAX_MS)) > 0
                        ? Delay.MAX_MS + 1
                        : (int) duration.toMillis();
        return new Dribble(chunks, millis);
    }

    public static String chunksRange() {
        return "'dribble.chunks' must be a whole number from 1 to " + MAX_CHUNKS + ".";
    }

    public static String durationRange() {
        return DelayChecks.millisRange("dribble.durationMs");
    }
}
