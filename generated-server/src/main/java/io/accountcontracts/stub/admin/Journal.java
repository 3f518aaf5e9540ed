package io.accountcontracts.stub.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.accountcontracts.stub.programmed.Applied;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** The most recent requests the stub served, oldest first, bounded so a long load test cannot exhaust memory. */
public final class Journal {

    /**
     * One served request. Headers are as received, but for credentials, which are redacted.
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
        "headers"
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
            @JsonProperty("headers") Map<String, List<String>> headers) {

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
    }

    public static final String STUBBED = "stubbed";
    public static final String PROXIED = "proxied";

    private final int capacity;
    private volatile long epoch;
    private final Deque<Entry> entries;

    public Journal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must not be negative");
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
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
        epoch++;
    }
}
