package io.accountcontracts.stub.resources;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Elastic Path's {@code updated_at}: UTC with three digits of milliseconds, as the vendor writes it, and
 * strictly later than the record's previous value on every update, even for two updates within one
 * millisecond or a wall clock that steps back.
 *
 * <p>It is on every update's path, so the common case neither parses the previous value nor uses a
 * {@link DateTimeFormatter}: timestamps in this one fixed format sort as text in time order.
 */
final class UpdatedAt {

    private static final int LENGTH = "2021-02-23T09:40:33.882Z".length();

    private final Clock clock;
    // Never moves back: the next value is at least one millisecond after the last one handed out.
    private final AtomicLong lastMillis = new AtomicLong(Long.MIN_VALUE);

    UpdatedAt(Clock clock) {
        this.clock = clock;
    }

    /** The {@code updated_at} for a record whose current value is {@code previous} (missing or null allowed). */
    String after(JsonNode previous) {
        long now = clock.millis();
        String next = format(lastMillis.updateAndGet(last -> Math.max(now, last + 1)));
        if (!previous.isTextual()) {
            return next;
        }
        String before = previous.textValue();
        if (isCanonical(before)) {
            return next.compareTo(before) > 0 ? next : format(parse(before) + 1);
        }
        // Another spelling of a time (a fixture's, say): compare the instants, on this rare path only.
        long previousMillis;
        try {
            previousMillis = parse(before);
        } catch (DateTimeParseException e) {
            return next; // unreadable: start again from now
        }
        return parse(next) > previousMillis ? next : format(previousMillis + 1);
    }

    static String format(long epochMillis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(
                Math.floorDiv(epochMillis, 1000), (int) Math.floorMod(epochMillis, 1000) * 1_000_000, ZoneOffset.UTC);
        char[] c = new char[LENGTH];
        digits(c, 0, 4, t.getYear());
        c[4] = '-';
        digits(c, 5, 2, t.getMonthValue());
        c[7] = '-';
        digits(c, 8, 2, t.getDayOfMonth());
        c[10] = 'T';
        digits(c, 11, 2, t.getHour());
        c[13] = ':';
        digits(c, 14, 2, t.getMinute());
        c[16] = ':';
        digits(c, 17, 2, t.getSecond());
        c[19] = '.';
        digits(c, 20, 3, t.getNano() / 1_000_000);
        c[23] = 'Z';
        return new String(c);
    }

    private static void digits(char[] target, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            target[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static boolean isCanonical(String timestamp) {
        return timestamp.length() == LENGTH
                && timestamp.charAt(19) == '.'
                && timestamp.charAt(23) == 'Z'
                && timestamp.charAt(10) == 'T';
    }

    private static long parse(String timestamp) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .parse(timestamp, Instant::from)
                .toEpochMilli();
    }
}
