package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the full validator reads it, made the same way for a stubbed request and a proxied one, so that
 * the same request gets the same verdict on both paths: method, path, query, headers and body, all of them.
 */
public final class ValidatorRequest {

    private ValidatorRequest() {}

    /**
     * @param method  the request's method; one the validator does not know is the caller's to refuse first
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query string as sent (still percent-encoded), or null
     * @param body    the body as text; null or empty when none was sent
     * @throws IllegalArgumentException for a method the validator does not know
     */
    public static Request of(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
        return of(method, rawPath, rawQuery, headers, body, null);
    }

    /**
     * As {@link #of(String, String, String, Map, String)}, with the body already parsed: the validator checks
     * JSON bodies against their schema as a tree, and is handed this one rather than parsing the text again.
     *
     * @param parsed the body as parsed from {@code body}, or null to let the validator parse it
     */
    public static Request of(
            String method,
            String rawPath,
            String rawQuery,
            Map<String, List<String>> headers,
            String body,
            JsonNode parsed) {
        SimpleRequest.Builder candidate = new SimpleRequest.Builder(method, rawPath);
        headers.forEach(candidate::withHeader);
        queryParameters(rawQuery).forEach(candidate::withQueryParam);
        if (body != null && !body.isEmpty()) {
            if (parsed == null) {
                candidate.withBody(body);
            } else {
                candidate.withBody(new AlreadyParsed(body, parsed));
            }
        }
        return candidate.build();
    }

    // The text for whatever reads the body as text (a form, a message); the tree for the schema check.
    private record AlreadyParsed(String text, JsonNode tree) implements Body {
        @Override
        public boolean hasBody() {
            return true;
        }

        @Override
        public JsonNode toJsonNode() {
            return tree;
        }

        @Override
        public String toString(Charset charset) {
            return text;
        }
    }

    /** The query's parameters by name, decoded, in the order sent; a name without {@code =} has an empty value. */
    static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    // A malformed escape is kept as sent: the parameter is then judged by its name as it came.
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
