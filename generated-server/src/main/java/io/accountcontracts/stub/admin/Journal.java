package io.accountcontracts.stub.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** The most recent requests the stub served, oldest first, bounded so a long load test cannot exhaust memory. */
public final class Journal {

    /** One served request. Headers are as received, but for Authorization, which is redacted. */
    public record Entry(
            @JsonProperty("at") Instant at,
            @JsonProperty("method") String method,
            @JsonProperty("path") String path,
            @JsonProperty("status") int status,
            @JsonProperty("verdict") String verdict,
            @JsonProperty("problems") List<String> problems,
            @JsonProperty("headers") Map<String, List<String>> headers) {
    }

    private final int capacity;
    private final Deque<Entry> entries;

    public Journal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must not be negative");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public synchronized void add(Entry entry) {
        if (capacity == 0) {
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
