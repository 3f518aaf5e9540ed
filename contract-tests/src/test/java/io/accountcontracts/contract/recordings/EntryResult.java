package io.accountcontracts.contract.recordings;

import java.util.List;

/** What checking one recorded entry found. */
sealed interface EntryResult {

    /** Request and response both conform to {@code spec}. */
    record Conforms(String spec) implements EntryResult {}

    /** The entry breaks {@code spec}; each problem names the side, the validator's key and its message. */
    record Violates(String spec, List<String> problems) implements EntryResult {}

    /** The entry is not one the specs describe, so it was not checked; {@code reason} says why. */
    record Skipped(String reason) implements EntryResult {}
}
