package io.accountcontracts.stub.proxy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.validation.Problem;
import io.accountcontracts.stub.validation.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The run so far, per vendor: how many exchanges, and which requests and answers broke the spec, counted by
 * operation, status and rule. Unlike the journal it forgets nothing until a reset, and stays small however
 * long the run: one counter per group, with the first exchange of each as its example.
 *
 * <p>Stubbed requests count too: an invalid one is a caller's mistake whoever answered it.
 */
public final class ViolationTally {

    /** The rule of a refusal in the stub's own words (malformed JSON, an oversized body, a 405, ...). */
    public static final String STUB_REFUSAL = "stub.refused";
    /** The rule of a stubbed request without an accepted bearer token. */
    public static final String UNAUTHENTICATED = "stub.unauthenticated";

    private final Map<Vendor, URI> upstreams;
    private final Map<Vendor, Counts> counts = new EnumMap<>(Vendor.class);

    public ViolationTally(Map<Vendor, URI> upstreams) {
        this.upstreams = Map.copyOf(upstreams);
        for (Vendor vendor : Vendor.values()) {
            counts.put(vendor, new Counts());
        }
    }

    private static final class Counts {
        final LongAdder proxied = new LongAdder();
        final LongAdder stubbed = new LongAdder();
        final Findings invalidRequests = new Findings();
        final Findings badResponses = new Findings();
        final Findings failures = new Findings();

        void clear() {
            proxied.reset();
            stubbed.reset();
            invalidRequests.clear();
            badResponses.clear();
            failures.clear();
        }
    }

    private record Key(String operationId, int status, String rule) {}

    private static final class Group {
        final LongAdder count = new LongAdder();
        final Example example;

        Group(Example example) {
            this.example = example;
        }
    }

    private static final class Findings {
        final LongAdder exchanges = new LongAdder();
        final Map<Key, Group> groups = new ConcurrentHashMap<>();

        void add(String operationId, int status, List<Problem> problems, String method, String path) {
            exchanges.increment();
            // An exchange that breaks a rule twice (two fields too long) counts once for that rule.
            Set<String> seen = new LinkedHashSet<>();
            for (Problem problem : problems) {
                if (seen.add(problem.rule())) {
                    groups.computeIfAbsent(
                                    new Key(operationId, status, problem.rule()),
                                    key -> new Group(new Example(method, path, problem.message())))
                            .count
                            .increment();
                }
            }
        }

        void clear() {
            exchanges.reset();
            groups.clear();
        }

        Summary.Findings summary() {
            List<Summary.Group> list = new ArrayList<>();
            groups.forEach((key, group) -> list.add(
                    new Summary.Group(key.operationId(), key.status(), key.rule(), group.count.sum(), group.example)));
            list.sort(Comparator.comparingLong(Summary.Group::count)
                    .reversed()
                    .thenComparing(g -> String.valueOf(g.operationId()))
                    .thenComparingInt(Summary.Group::status)
                    .thenComparing(Summary.Group::rule));
            return new Summary.Findings(exchanges.sum(), list);
        }
    }

    /**
     * Counts one exchange with a vendor's path.
     *
     * @param status  the status the caller got
     * @param proxied what the proxy did; null when the stub answered itself
     */
    public void count(
            Vendor vendor,
            String operationId,
            String method,
            String path,
            int status,
            Verdict verdict,
            Proxied proxied) {
        Counts vendorCounts = counts.get(vendor);
        (proxied == null ? vendorCounts.stubbed : vendorCounts.proxied).increment();
        switch (verdict.outcome()) {
            case INVALID ->
                vendorCounts.invalidRequests.add(operationId, status, requestProblems(verdict), method, path);
            case UNAUTHENTICATED ->
                vendorCounts.invalidRequests.add(
                        operationId,
                        status,
                        List.of(new Problem(UNAUTHENTICATED, "no accepted bearer token")),
                        method,
                        path);
            default -> {}
        }
        if (proxied == null) {
            return;
        }
        if (proxied.upstreamError() != null) {
            vendorCounts.failures.add(operationId, status, List.of(proxied.upstreamError()), method, path);
        } else if (!proxied.responseProblems().isEmpty()) {
            // Grouped by the status the upstream answered, which is what was checked (the caller may have got 502).
            vendorCounts.badResponses.add(
                    operationId, proxied.upstreamStatus(), proxied.responseProblems(), method, path);
        }
    }

    private static List<Problem> requestProblems(Verdict verdict) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < verdict.problems().size(); i++) {
            String rule = i < verdict.rules().size() ? verdict.rules().get(i) : STUB_REFUSAL;
            problems.add(new Problem(rule, verdict.problems().get(i)));
        }
        if (problems.isEmpty()) {
            problems.add(new Problem(STUB_REFUSAL, "refused"));
        }
        return problems;
    }

    public void clear() {
        counts.values().forEach(Counts::clear);
    }

    public Summary summary() {
        Map<String, Summary.PerVendor> vendors = new LinkedHashMap<>();
        counts.forEach((vendor, c) -> {
            URI upstream = upstreams.get(vendor);
            vendors.put(
                    vendor.realm(),
                    new Summary.PerVendor(
                            upstream == null ? "stubbed" : "proxied",
                            upstream == null ? null : upstream.toString(),
                            new Summary.Exchanges(c.proxied.sum(), c.stubbed.sum()),
                            c.invalidRequests.summary(),
                            c.badResponses.summary(),
                            c.failures.summary()));
        });
        return new Summary(vendors);
    }

    /** One exchange, as an example of its group. */
    @JsonPropertyOrder({"method", "path", "problem"})
    public record Example(
            @JsonProperty("method") String method,
            @JsonProperty("path") String path,
            @JsonProperty("problem") String problem) {}

    /** {@code GET /__admin/violations}: the tally as JSON, vendors in a fixed order. */
    public record Summary(@JsonProperty("vendors") Map<String, PerVendor> vendors) {

        /** True when any vendor is proxied, or any request or answer broke the spec. */
        public boolean worthReporting() {
            return vendors.values().stream()
                    .anyMatch(v -> v.mode().equals("proxied")
                            || v.invalidRequests().count() > 0
                            || v.nonconformingResponses().count() > 0
                            || v.upstreamFailures().count() > 0);
        }

        /**
         * @param mode     {@code proxied} or {@code stubbed}, for the whole run
         * @param upstream where a proxied vendor's requests go; left out when stubbed
         */
        @JsonPropertyOrder({
            "mode",
            "upstream",
            "exchanges",
            "invalid_requests",
            "nonconforming_responses",
            "upstream_failures"
        })
        public record PerVendor(
                @JsonProperty("mode") String mode,
                @JsonProperty("upstream") String upstream,
                @JsonProperty("exchanges") Exchanges exchanges,
                @JsonProperty("invalid_requests") Findings invalidRequests,
                @JsonProperty("nonconforming_responses") Findings nonconformingResponses,
                @JsonProperty("upstream_failures") Findings upstreamFailures) {}

        @JsonPropertyOrder({"proxied", "stubbed"})
        public record Exchanges(
                @JsonProperty("proxied") long proxied,
                @JsonProperty("stubbed") long stubbed) {}

        /** @param count exchanges with at least one finding (one may break several rules) */
        @JsonPropertyOrder({"count", "by_rule"})
        public record Findings(
                @JsonProperty("count") long count,
                @JsonProperty("by_rule") List<Group> byRule) {}

        /**
         * @param operationId null for a request that is no operation of the spec (JSON: null)
         * @param status      for a request, the status the caller got; for an answer, the status the upstream gave
         */
        @JsonPropertyOrder({"operationId", "status", "rule", "count", "example"})
        public record Group(
                @JsonProperty("operationId") @JsonInclude(JsonInclude.Include.ALWAYS)
                String operationId,

                @JsonProperty("status") int status,
                @JsonProperty("rule") String rule,
                @JsonProperty("count") long count,
                @JsonProperty("example") Example example) {}
    }
}
