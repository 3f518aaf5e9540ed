package io.accountcontracts.contract.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.json.JsonText;
import io.accountcontracts.stub.routing.Routes;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request the stub received, as its journal kept it: credentials redacted, long texts cut, and the body up
 * to {@value io.accountcontracts.stub.admin.Journal.Entry#MAX_BODY_CHARS} characters.
 */
public final class RecordedRequest {

    private final Journal.Entry entry;
    private final Operation operation;
    private final Map<String, List<String>> headers;
    private JsonNode body;

    RecordedRequest(Journal.Entry entry) {
        this.entry = entry;
        this.operation = Operation.orNull(entry.operationId());
        // HTTP header names are case-insensitive; the journal keeps them as they came.
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (entry.headers() != null) {
            entry.headers().forEach((name, values) -> byName.merge(name, values, RecordedRequest::both));
        }
        this.headers = Collections.unmodifiableMap(byName);
    }

    public Instant at() {
        return entry.at();
    }

    public String method() {
        return entry.method();
    }

    /** The path as sent, such as {@code /v2/accounts/deb6b25f-...}. */
    public String path() {
        return entry.path();
    }

    /** The operation the request was taken for; null when it was none (an unknown path, say). */
    public Operation operation() {
        return operation;
    }

    /** The account the path names ({@code managed_account_token} or {@code accountID}); null when it names none. */
    public String id() {
        return Routes.pathId(entry.operationId(), entry.path());
    }

    /** The status the stub answered with; 0 when it sent nothing (a fault). */
    public int status() {
        return entry.status();
    }

    /** {@code valid}, {@code invalid}, {@code unauthenticated} or {@code not_validated}. */
    public String verdict() {
        return entry.verdict();
    }

    /** Where the request broke the vendor's spec, one message each; empty when it did not. */
    public List<String> problems() {
        return entry.problems() == null ? List.of() : entry.problems();
    }

    /** True when it broke the vendor's contract: refused by the spec's checks, or without an accepted token. */
    public boolean breaksContract() {
        return entry.breaksContract();
    }

    /** True when a programmed answer ({@code nextResponse}, a {@code Prefer} header) answered it. */
    public boolean programmed() {
        return entry.programmed() != null;
    }

    /** True when an armed rate limit answered it with the vendor's 429. */
    public boolean rateLimited() {
        return Boolean.TRUE.equals(entry.rateLimited());
    }

    /** How long the stub-wide latency held the answer back; 0 without one. */
    public int latencyMs() {
        return entry.latencyMs() == null ? 0 : entry.latencyMs();
    }

    /** Every header, its name found without regard to case ({@code get("authorization")} finds it). */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The header's first value, found without regard to case; null when it was not sent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as sent; null when there was none. */
    public String body() {
        return entry.body();
    }

    /**
     * The value at a JSON pointer in the body, such as {@code "/data/name"}, as plain Java (String, Number,
     * Boolean, List, Map); null when the body has no value there, or is not JSON.
     */
    public Object bodyValue(String pointer) {
        JsonNode tree = bodyTree();
        return tree == null ? null : JsonValues.at(tree, pointer);
    }

    /** The parsed body; null when there was none, or it was not JSON. */
    JsonNode bodyTree() {
        if (body == null && entry.body() != null) {
            try {
                body = JsonText.readOne(JsonValues.MAPPER, entry.body());
            } catch (JsonText.NotJson | java.io.IOException e) {
                return null;
            }
        }
        return body;
    }

    /** The journal's entry; not part of the consumer's API. */
    Journal.Entry entry() {
        return entry;
    }

    /** Such as {@code PUT /v2/accounts/deb6... -> 200}. */
    @Override
    public String toString() {
        return method() + " " + path() + " -> " + status();
    }

    private static List<String> both(List<String> a, List<String> b) {
        List<String> joined = new java.util.ArrayList<>(a);
        joined.addAll(b);
        return joined;
    }
}
