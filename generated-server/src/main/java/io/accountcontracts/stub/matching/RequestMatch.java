package io.accountcontracts.stub.matching;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.accountcontracts.stub.secrets.Redaction;
import io.accountcontracts.stub.text.Shortened;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a request must be for something to apply to it: a programmed answer, or a verification. Every part
 * set must hold; a part not set holds for any request. As JSON an unset part is left out.
 *
 * @param id      the request's path id ({@code {accountID}}, {@code {managed_account_token}}) as decoded; null
 *                for any
 * @param body    JSON pointer to the value the request body must hold there; numbers compare by value, so
 *                {@code 1} matches {@code 1.0}; the pointer {@code ""} is the whole body
 * @param headers header name (any case) to the exact value the request must carry
 */
@JsonPropertyOrder({"id", "body", "headers"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RequestMatch(
        @JsonProperty("id") String id,
        @JsonProperty("body") Map<String, JsonNode> body,
        @JsonProperty("headers") Map<String, String> headers) {

    private static final RequestMatch ANY = new RequestMatch(null, Map.of(), Map.of());

    // Numbers by value (1 == 1.0 == 1e0), everything else as Jackson compares it.
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /**
     * @throws IllegalArgumentException for a pointer that is neither {@code ""} nor starts with {@code /}, or a
     *                                  header with no name or no value
     */
    public RequestMatch {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        if (body != null) {
            body.forEach((pointer, value) -> values.put(pointer(pointer), value == null ? NullNode.instance : value));
        }
        Map<String, String> named = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> put(named, name, value));
        }
        body = Collections.unmodifiableMap(values);
        headers = Collections.unmodifiableMap(named);
    }

    /** Matches every request. */
    public static RequestMatch any() {
        return ANY;
    }

    /** The same match, for requests to this path id only; null for any id. */
    public RequestMatch withId(String id) {
        return new RequestMatch(id, body, headers);
    }

    /**
     * The same match, also requiring the request body to hold {@code value} at {@code pointer} (replacing what
     * was required there before).
     *
     * @throws IllegalArgumentException for a pointer that is neither {@code ""} nor starts with {@code /}
     */
    public RequestMatch withBody(String pointer, JsonNode value) {
        Map<String, JsonNode> values = new LinkedHashMap<>(body);
        values.put(pointer(pointer), value == null ? NullNode.instance : value);
        return new RequestMatch(id, values, headers);
    }

    /** The same match, also requiring this header (any case) to be exactly this value; replaces that header's. */
    public RequestMatch withHeader(String name, String value) {
        Map<String, String> named = new LinkedHashMap<>(headers);
        put(named, name, value);
        return new RequestMatch(id, body, named);
    }

    /** True when it matches every request. */
    @JsonIgnore
    public boolean isEmpty() {
        return id == null && body.isEmpty() && headers.isEmpty();
    }

    /**
     * True when the request is what this match asks for; the same as {@link #differences} being empty, without
     * putting any difference into words.
     */
    public boolean matches(String requestId, JsonNode requestBody, Function<String, String> header) {
        if (id != null && !id.equals(requestId)) {
            return false;
        }
        for (Map.Entry<String, JsonNode> expected : body.entrySet()) {
            JsonNode actual = at(requestBody, expected.getKey());
            if (actual == null || !expected.getValue().equals(BY_VALUE, actual)) {
                return false;
            }
        }
        for (Map.Entry<String, String> expected : headers.entrySet()) {
            if (!expected.getValue().equals(header.apply(expected.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What about a request differs from this match, one short sentence each, such as {@code id is 'acct_x', not
     * 'acct_y'}, {@code /data/name is "Acme Ltd", not "Acme"} or {@code header X-Foo is absent, not 'bar'}; empty
     * when it matches. A credential header's value is never quoted.
     *
     * @param requestId   the request's path id, decoded; null when it has none
     * @param requestBody the request body as parsed; null when it has none
     * @param header      the request's value of a header by name, in any case; null when absent
     */
    public List<String> differences(String requestId, JsonNode requestBody, Function<String, String> header) {
        List<String> differences = new ArrayList<>();
        if (id != null && !id.equals(requestId)) {
            differences.add("id is " + (requestId == null ? "absent" : quoted(requestId)) + ", not " + quoted(id));
        }
        body.forEach((pointer, expected) -> {
            JsonNode actual = at(requestBody, pointer);
            String where = pointer.isEmpty() ? "the body" : pointer;
            if (actual == null) {
                differences.add(where + " is missing, not " + json(expected));
            } else if (!expected.equals(BY_VALUE, actual)) {
                differences.add(where + " is " + json(actual) + ", not " + json(expected));
            }
        });
        headers.forEach((name, expected) -> {
            String actual = header.apply(name);
            if (!expected.equals(actual)) {
                boolean secret = Redaction.isCredentialName(name);
                differences.add("header " + name + " is "
                        + (actual == null ? "absent" : secret ? "another value" : quoted(actual))
                        + ", not " + (secret ? "the one asked for" : quoted(expected)));
            }
        });
        return differences;
    }

    // Null when the body has nothing there (an explicit JSON null is something: NullNode).
    private static JsonNode at(JsonNode body, String pointer) {
        if (body == null) {
            return null;
        }
        JsonNode found = body.at(pointer);
        return found.isMissingNode() ? null : found;
    }

    private static String pointer(String pointer) {
        if (pointer == null || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            throw new IllegalArgumentException("'" + pointer + "' is not a JSON pointer: a pointer is \"\" (the whole"
                    + " body) or starts with '/', such as /data/name.");
        }
        return pointer;
    }

    private static void put(Map<String, String> named, String name, String value) {
        if (name == null || name.isBlank() || value == null) {
            throw new IllegalArgumentException("A header to match needs a name and a value; got "
                    + (name == null || name.isBlank() ? "no name" : "'" + name + "' with no value") + ".");
        }
        named.keySet().removeIf(name::equalsIgnoreCase);
        named.put(name, value);
    }

    private static String quoted(String text) {
        return "'" + Shortened.text(text) + "'";
    }

    private static String json(JsonNode value) {
        return Shortened.text(value.toString());
    }
}
