package io.accountcontracts.stub.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the points in time Elastic Path filters and sorts accounts by, so that they compare as instants and not
 * as text ("2021-06-02T18:44:07Z" and "2021-06-02T20:44:07+02:00" are the same moment).
 *
 * <p>Accepted, after Elastic Path's "Filtering" guide (elasticpath/elasticpath-dev,
 * guides/Getting-Started/filtering.md, "Supported Date Formats"): an RFC 3339 date-time with an offset, a date
 * {@code YYYY-MM-DD} (its first instant, UTC), or a whole number of milliseconds since 1970-01-01 UTC.
 */
final class Timestamps {

    private static final Pattern MILLIS = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Timestamps() {}

    static Optional<Instant> parse(String text) {
        try {
            if (MILLIS.matcher(text).matches()) {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
            }
            if (DATE.matcher(text).matches()) {
                return Optional.of(
                        LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
