package io.accountcontracts.stub.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpdatedAtTest {

    private static final long FEB_23_2021 =
            Instant.parse("2021-02-23T09:40:33.882Z").toEpochMilli();

    @Test
    void formatIsUtcWithThreeDigitsOfMilliseconds() {
        assertEquals("1970-01-01T00:00:00.000Z", UpdatedAt.format(0));
        assertEquals("2021-02-23T09:40:33.882Z", UpdatedAt.format(FEB_23_2021));
        assertEquals("2021-02-23T09:40:34.005Z", UpdatedAt.format(FEB_23_2021 + 123));
    }

    @Test
    void twoUpdatesInOneMillisecondGetTwoIncreasingValues() {
        UpdatedAt updatedAt = new UpdatedAt(Clock.fixed(Instant.ofEpochMilli(FEB_23_2021), ZoneOffset.UTC));

        String first = updatedAt.after(MissingNode.getInstance());
        String second = updatedAt.after(TextNode.valueOf(first));

        assertEquals("2021-02-23T09:40:33.882Z", first);
        assertEquals("2021-02-23T09:40:33.883Z", second);
    }

    @Test
    void wallClockSteppingBackNeverMovesUpdatedAtBack() {
        AtomicLong now = new AtomicLong(FEB_23_2021);
        UpdatedAt updatedAt = new UpdatedAt(new SettableClock(now));

        String before = updatedAt.after(MissingNode.getInstance());
        now.addAndGet(-60_000);
        String after = updatedAt.after(TextNode.valueOf(before));

        assertTrue(after.compareTo(before) > 0, before + " then " + after);
    }

    @Test
    void previousValueLaterThanTheClockIsFollowedOneMillisecondLater() {
        UpdatedAt updatedAt = new UpdatedAt(Clock.fixed(Instant.ofEpochMilli(FEB_23_2021), ZoneOffset.UTC));

        assertEquals("2099-01-01T00:00:00.001Z", updatedAt.after(text("2099-01-01T00:00:00.000Z")));
        assertEquals("2099-01-01T00:00:00.001Z", updatedAt.after(text("2099-01-01T00:00:00Z")));
        assertEquals("2099-01-01T00:00:00.001Z", updatedAt.after(text("2099-01-01T02:00:00+02:00")));
    }

    @Test
    void earlierPreviousValueInAnySpellingGivesWayToNow() {
        UpdatedAt updatedAt = new UpdatedAt(Clock.fixed(Instant.ofEpochMilli(FEB_23_2021), ZoneOffset.UTC));

        assertEquals("2021-02-23T09:40:33.882Z", updatedAt.after(text("2021-02-23T11:40:33.881+02:00")));
        assertEquals("2021-02-23T09:40:33.883Z", updatedAt.after(text("not a time")));
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }

    /** A wall clock a test can move, backwards too. */
    private static final class SettableClock extends Clock {
        private final AtomicLong millis;

        SettableClock(AtomicLong millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
