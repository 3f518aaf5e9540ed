package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.schema.Checker;
import io.accountcontracts.stub.schema.SchemaCompiler;
import io.accountcontracts.stub.schema.SpecDocument;
import io.accountcontracts.stub.schema.TextValueCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A quick "conforms" for the everyday request to one operation of a spec, and nothing else.
 *
 * <p>The full validator spends most of its time on finding the operation and parsing media types
 * with a general-purpose parser, before it checks the body with a general JSON Schema engine. This screen
 * knows its one operation in advance and accepts only the plainest spellings of the media types, then
 * checks the path parameters and the body with checkers compiled from the spec's own schemas, which take
 * only what the full validator takes. Anything it does not recognise (a query string, an escaped path
 * character, another media type spelling, a body it cannot vouch for) is left to the full validator, which
 * alone decides and words every rejection.
 */
final class OperationScreen {

    private static final Set<String> PLAIN_JSON =
            Set.of("application/json", "application/json;charset=utf-8", "application/json; charset=utf-8");
    private static final Set<String> PLAIN_ACCEPT = Set.of("application/json", "*/*");

    private final String method;
    // The template's segments: a literal, or null where a path parameter goes.
    private final String[] segments;
    private final List<Predicate<String>> parameters;
    private final Checker body;
    private final boolean bodyRequired;

    private OperationScreen(
            String method, String[] segments, List<Predicate<String>> parameters, Checker body, boolean bodyRequired) {
        this.method = method;
        this.segments = segments;
        this.parameters = parameters;
        this.body = body;
        this.bodyRequired = bodyRequired;
    }

    /**
     * A screen for an operation that takes a JSON body (required or not) or none, declares no parameters but string path
     * ones and optional query ones (a request with a query is left to the full validator), and answers JSON or
     * nothing; empty for any other operation, which then always gets the full validator.
     *
     * @param method the method in upper case, as the validator names it
     */
    static Optional<OperationScreen> of(
            SpecDocument spec, String pathTemplate, String method, JsonNode pathItem, JsonNode operation) {
        List<JsonNode> declared = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = spec.resolve(parameter);
                String in = resolved == null ? null : resolved.path("in").textValue();
                boolean optionalQuery =
                        "query".equals(in) && !resolved.path("required").booleanValue();
                if (!"path".equals(in) && !optionalQuery) {
                    return Optional.empty();
                }
                declared.add(resolved);
            }
        }
        JsonNode requestBody = operation.has("requestBody") ? spec.resolve(operation.path("requestBody")) : null;
        boolean takesJson = requestBody != null && onlyJson(requestBody.path("content"));
        boolean bodyRequired = takesJson && requestBody.path("required").booleanValue();
        if ((operation.has("requestBody") && !takesJson) || !answersOnlyJson(spec, operation.path("responses"))) {
            return Optional.empty();
        }
        SchemaCompiler schemas = new SchemaCompiler(spec);
        TextValueCompiler texts = new TextValueCompiler(spec, schemas);
        String[] segments = pathTemplate.substring(1).split("/", -1);
        List<Predicate<String>> parameters = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{") && segments[i].endsWith("}")) {
                String name = segments[i].substring(1, segments[i].length() - 1);
                Optional<JsonNode> parameter = declared.stream()
                        .filter(p -> name.equals(p.path("name").textValue()))
                        .findFirst();
                if (parameter.isEmpty()
                        || !"string".equals(typeOf(spec, parameter.get().get("schema")))) {
                    return Optional.empty();
                }
                parameters.add(texts.compile(parameter.get().get("schema")));
                segments[i] = null;
            } else if (segments[i].contains("{")) {
                return Optional.empty();
            }
        }
        // Null for an operation that takes no body.
        Checker body = takesJson
                ? schemas.compile(
                        requestBody.path("content").path("application/json").get("schema"))
                : null;
        return Optional.of(new OperationScreen(method, segments, List.copyOf(parameters), body, bodyRequired));
    }

    private static boolean onlyJson(JsonNode content) {
        return content.size() == 1 && content.has("application/json");
    }

    private static boolean answersOnlyJson(SpecDocument spec, JsonNode responses) {
        if (!responses.isObject() || responses.isEmpty()) {
            return false;
        }
        for (JsonNode response : responses) {
            JsonNode resolved = spec.resolve(response);
            // A response without content (a 204) sends nothing an Accept header could refuse.
            boolean bodiless = resolved != null
                    && (!resolved.has("content") || resolved.path("content").isEmpty());
            if (resolved == null || !(bodiless || resolved.path("content").has("application/json"))) {
                return false;
            }
        }
        return true;
    }

    private static String typeOf(SpecDocument spec, JsonNode schema) {
        JsonNode resolved = schema == null ? null : spec.resolve(schema);
        return resolved == null ? null : resolved.path("type").textValue();
    }

    /**
     * True only when the request certainly conforms. False means "ask the full validator", not "invalid".
     *
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query string as sent, or null
     * @param body the body as parsed, null when none was sent
     */
    boolean conforms(String method, String rawPath, String rawQuery, String contentType, String accept, JsonNode body) {
        boolean nothingSent = body == null && contentType == null;
        boolean jsonSent = body != null && contentType != null && PLAIN_JSON.contains(plain(contentType));
        boolean bodyAsDeclared = this.body == null ? nothingSent : jsonSent || (nothingSent && !bodyRequired);
        if (!this.method.equals(method)
                || rawQuery != null
                || !bodyAsDeclared
                || (accept != null && !PLAIN_ACCEPT.contains(plain(accept)))) {
            return false;
        }
        if (!rawPath.startsWith("/") || rawPath.indexOf('%') >= 0) {
            return false;
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.length) {
            return false;
        }
        int parameter = 0;
        for (int i = 0; i < parts.length; i++) {
            if (segments[i] == null) {
                if (parts[i].isEmpty() || !parameters.get(parameter++).test(parts[i])) {
                    return false;
                }
            } else if (!segments[i].equals(parts[i])) {
                return false;
            }
        }
        return body == null || this.body.accepts(body);
    }

    private static String plain(String mediaType) {
        return mediaType.toLowerCase(Locale.ROOT);
    }
}
