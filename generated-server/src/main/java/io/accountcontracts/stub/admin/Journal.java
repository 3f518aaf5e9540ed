package io.accountcontracts.stub.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.accountcontracts.stub.programmed.Applied;
import io.accountcontracts.stub.text.Shortened;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The most recent requests the stub served, oldest first, bounded in entries and in (estimated) bytes so a long
 * load test cannot exhaust memory. What it had to drop to stay within them, it counts until the next clear.
 */
public final class Journal {

    /**
     * One served request. Headers are as received, but for credentials, which are redacted. Every text is
     * {@linkplain Shortened cut} to a bounded length, and the problems and header values to a bounded number,
     * each saying how much was left out, so that one entry's size has a bound whatever the request was.
     *
     * @param operationId      the spec operation the request was taken for; null when none (JSON: null)
     * @param mode             {@link #STUBBED} when the stub answered, {@link #PROXIED} when the request belongs
     *                         to a vendor proxied with {@code --proxy} (forwarded, or refused here)
     * @param status           the status sent; 0 when nothing was sent (a programmed EMPTY_RESPONSE)
     * @param upstreamStatus   proxied: the status the upstream answered (the caller may have got 502 under
     *                         --proxy-strict); null (left out) when nothing was forwarded or no answer came
     * @param responseVerdict  proxied: {@code valid}, {@code invalid}, or {@code not_validated} for a request
     *                         that is no operation; null (left out) without an upstream answer
     * @param responseProblems proxied: where the upstream's answer breaks the spec; null (left out) without one
     * @param upstreamError    proxied: why no answer came ({@code upstream.refused}, {@code upstream.timeout},
     *                         ...); null (left out) otherwise
     * @param programmed       what programming changed about the answer; null (left out) when nothing did
     * @param rateLimited      true when an armed rate limit answered the request 429, before it was validated or
     *                         carried out; null (left out) otherwise
     * @param latencyMs        how long the stub-wide latency held the answer back; null (left out) without one
     * @param body             the request's body as sent, cut to {@link #MAX_BODY_CHARS}, or to {@link Shortened#MAX_CHARS}
     *                         when the request broke the contract; null (left out) without one, or when it was not
     *                         UTF-8 text
     */
    @JsonPropertyOrder({
        "at",
        "method",
        "path",
        "operationId",
        "mode",
        "status",
        "upstream_status",
        "verdict",
        "problems",
        "response_verdict",
        "response_problems",
        "upstream_error",
        "programmed",
        "rate_limited",
        "latencyMs",
        "headers",
        "body"
    })
    public record Entry(
            @JsonProperty("at") Instant at,
            @JsonProperty("method") String method,
            @JsonProperty("path") String path,

            @JsonProperty("operationId") @JsonInclude(JsonInclude.Include.ALWAYS)
            String operationId,

            @JsonProperty("mode") String mode,
            @JsonProperty("status") int status,
            @JsonProperty("upstream_status") Integer upstreamStatus,
            @JsonProperty("verdict") String verdict,
            @JsonProperty("problems") List<String> problems,
            @JsonProperty("response_verdict") String responseVerdict,
            @JsonProperty("response_problems") List<String> responseProblems,
            @JsonProperty("upstream_error") String upstreamError,
            @JsonProperty("programmed") Applied programmed,
            @JsonProperty("headers") Map<String, List<String>> headers,
            @JsonProperty("rate_limited") Boolean rateLimited,
            @JsonProperty("latencyMs") Integer latencyMs,
            @JsonProperty("body") String body) {

        /**
         * The most characters of an accepted request's body an entry keeps: every body a test sends whole, while
         * one entry of the largest still leaves room for others in the journal's byte limit. A refused body is
         * cut as any other text: an adversary's thousand 900 kB bodies must not push every other entry out.
         */
        public static final int MAX_BODY_CHARS = 64 * 1024;

        public Entry {
            method = Shortened.text(method);
            path = Shortened.text(path);
            problems = Shortened.texts(problems);
            responseProblems = Shortened.texts(responseProblems);
            headers = Shortened.headers(headers);
            body = Shortened.text(
                    body,
                    INVALID.equals(verdict) || UNAUTHENTICATED.equals(verdict) ? Shortened.MAX_CHARS : MAX_BODY_CHARS);
        }

        /** An entry no rate limit refused and no stub-wide latency held back, with no body kept. */
        public Entry(
                Instant at,
                String method,
                String path,
                String operationId,
                String mode,
                int status,
                Integer upstreamStatus,
                String verdict,
                List<String> problems,
                String responseVerdict,
                List<String> responseProblems,
                String upstreamError,
                Applied programmed,
                Map<String, List<String>> headers) {
            this(
                    at,
                    method,
                    path,
                    operationId,
                    mode,
                    status,
                    upstreamStatus,
                    verdict,
                    problems,
                    responseVerdict,
                    responseProblems,
                    upstreamError,
                    programmed,
                    headers,
                    null,
                    null,
                    null);
        }

        /** An entry for a request the stub answered itself. */
        public Entry(
                Instant at,
                String method,
                String path,
                String operationId,
                int status,
                String verdict,
                List<String> problems,
                Applied programmed,
                Map<String, List<String>> headers) {
            this(
                    at,
                    method,
                    path,
                    operationId,
                    STUBBED,
                    status,
                    null,
                    verdict,
                    problems,
                    null,
                    null,
                    null,
                    programmed,
                    headers);
        }

        /** An entry for a request that was taken for no operation and answered as usual. */
        public Entry(
                Instant at,
                String method,
                String path,
                int status,
                String verdict,
                List<String> problems,
                Map<String, List<String>> headers) {
            this(at, method, path, null, status, verdict, problems, null, headers);
        }

        /**
         * The request's headers, names in lower case, credentials redacted. The entry holds the map it was given,
         * as the request had it (JournalFilter keeps the request's own, not a copy): this copy is made only when
         * someone reads it.
         */
        @Override
        @JsonProperty("headers")
        public Map<String, List<String>> headers() {
            if (headers == null) {
                return null;
            }
            Map<String, List<String>> named = new LinkedHashMap<>();
            headers.forEach(
                    (name, values) -> named.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), Entry::both));
            return named;
        }

        private static List<String> both(List<String> first, List<String> second) {
            List<String> all = new ArrayList<>(first);
            all.addAll(second);
            return List.copyOf(all);
        }

        /** Whether the request broke the vendor's contract: refused by the validator, or without an accepted token. */
        public boolean breaksContract() {
            return INVALID.equals(verdict) || UNAUTHENTICATED.equals(verdict);
        }

        /**
         * Roughly how many bytes of heap the entry holds: two a character (a string that needs UTF-16 does),
         * and a fixed amount an object. An estimate, not a measurement; it only has to grow as the entry does.
         */
        long estimatedBytes() {
            long bytes = ENTRY_OVERHEAD
                    + chars(method)
                    + chars(path)
                    + chars(operationId)
                    + chars(mode)
                    + chars(verdict)
                    + chars(responseVerdict)
                    + chars(upstreamError)
                    + chars(body);
            bytes += chars(problems) + chars(responseProblems);
            if (headers != null) {
                for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                    bytes += OBJECT_OVERHEAD + chars(header.getKey()) + chars(header.getValue());
                }
            }
            return bytes;
        }

        private static long chars(List<String> texts) {
            if (texts == null) {
                return 0;
            }
            long bytes = OBJECT_OVERHEAD;
            for (String text : texts) {
                bytes += chars(text);
            }
            return bytes;
        }

        private static long chars(String text) {
            return text == null ? 0 : OBJECT_OVERHEAD + 2L * text.length();
        }
    }

    /**
     * What the journal dropped, oldest first, to stay within its limits since it was last cleared.
     *
     * @param requests how many entries were dropped
     * @param breaches how many of those were requests that broke the contract ({@link Entry#breaksContract()})
     */
    @JsonPropertyOrder({"requests", "breaches", "max_requests", "max_bytes"})
    public record Dropped(
            @JsonProperty("requests") long requests,
            @JsonProperty("breaches") long breaches,
            @JsonProperty("max_requests") int maxRequests,
            @JsonProperty("max_bytes") long maxBytes) {}

    /** The entries and what was dropped, taken together, so that neither has moved on from the other. */
    @JsonPropertyOrder({"requests", "dropped"})
    public record Snapshot(
            @JsonProperty("requests") List<Entry> requests,
            @JsonProperty("dropped") Dropped dropped) {}

    // Headers of an object, a reference to it, and rounding: about what a small object costs on a 64-bit JVM.
    private static final long OBJECT_OVERHEAD = 48;
    private static final long ENTRY_OVERHEAD = 256;

    public static final String STUBBED = "stubbed";
    public static final String PROXIED = "proxied";
    public static final String INVALID = "invalid";
    public static final String UNAUTHENTICATED = "unauthenticated";

    private final int initialCapacity;
    private final long initialMaxBytes;
    private int capacity;
    private long maxBytes;
    private volatile long epoch;
    private final Deque<Entry> entries;
    private final Deque<Long> sizes;
    private long bytes;
    private long dropped;
    private long droppedBreaches;

    /** A journal bounded by entries only (as good as unbounded in bytes). */
    public Journal(int capacity) {
        this(capacity, Long.MAX_VALUE);
    }

    /**
     * @param capacity how many entries it keeps at most
     * @param maxBytes how many bytes its entries may take, as {@link Entry#estimatedBytes() estimated}
     */
    public Journal(int capacity, long maxBytes) {
        requireLimits(capacity, maxBytes);
        this.initialCapacity = capacity;
        this.initialMaxBytes = maxBytes;
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
        this.sizes = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /**
     * Changes the limits; entries over the new ones are dropped at once, oldest first, and counted. For a test
     * that wants to see what happens when the journal overflows without sending thousands of requests.
     */
    public synchronized void limit(int capacity, long maxBytes) {
        requireLimits(capacity, maxBytes);
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        makeRoom(0, 0);
    }

    private static void requireLimits(int capacity, long maxBytes) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must not be negative");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("journal byte limit must not be negative");
        }
    }

    /**
     * How many times the journal was cleared. A request notes it when it arrives, so that one still being
     * served when a test resets the stub (a delayed answer, say) does not turn up in the next test's journal.
     */
    public long epoch() {
        return epoch;
    }

    /** Adds the entry of a request that arrived in the given {@link #epoch()}; one from before a clear is dropped. */
    public synchronized void add(Entry entry, long arrivedIn) {
        if (arrivedIn == epoch) {
            add(entry);
        }
    }

    /** Adds the entry, dropping the oldest ones as needed to stay within both limits. */
    public synchronized void add(Entry entry) {
        long size = entry.estimatedBytes();
        if (capacity == 0 || size > maxBytes) {
            count(entry);
            return;
        }
        makeRoom(1, size);
        entries.addLast(entry);
        sizes.addLast(size);
        bytes += size;
    }

    // Drops the oldest entries until this many more, of this many bytes in all, fit.
    private void makeRoom(int more, long size) {
        while (!entries.isEmpty() && (entries.size() + more > capacity || bytes + size > maxBytes)) {
            count(entries.removeFirst());
            bytes -= sizes.removeFirst();
        }
    }

    private void count(Entry droppedEntry) {
        dropped++;
        if (droppedEntry.breaksContract()) {
            droppedBreaches++;
        }
    }

    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** What was dropped since the last clear, with the limits that made it so. */
    public synchronized Dropped dropped() {
        return new Dropped(dropped, droppedBreaches, capacity, maxBytes);
    }

    /** The entries and what was dropped, at one moment. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(entries(), dropped());
    }

    public synchronized void clear() {
        entries.clear();
        sizes.clear();
        bytes = 0;
        dropped = 0;
        droppedBreaches = 0;
        epoch++;
    }

    /**
     * As the journal was made: empty, with the limits it was made with and no clear counted. Only for a journal no
     * request is being served on any more (a stub's, once it is closed), which no {@link #epoch()} noted earlier
     * can reach.
     */
    public synchronized void startOver() {
        clear();
        capacity = initialCapacity;
        maxBytes = initialMaxBytes;
        epoch = 0;
    }
}
