package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.schema.Checker;
import io.accountcontracts.stub.schema.SchemaCompiler;
import io.accountcontracts.stub.schema.SpecDocument;
import io.accountcontracts.stub.schema.TextValueCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A quick "conforms" for the answers of one operation, as strict response validation checks them: the status
 * is documented (or falls under {@code default}), the answer is plain {@code application/json}, its body
 * passes the documented schema, every required documented header is there and every documented header sent
 * passes its schema. Headers the spec does not document are not looked at, as the full validator does not.
 * True only when the answer certainly conforms; false means "ask the full validator".
 */
final class AnswerScreen {

    private static final Set<String> PLAIN_JSON =
            Set.of("application/json", "application/json;charset=utf-8", "application/json; charset=utf-8");

    /** One documented response: its body's checker, and its headers by name, any case. */
    private record Documented(Checker body, Map<String, Header> headers) {}

    private record Header(boolean required, Predicate<String> value) {}

    // Every response key of the operation, and the ones among them the screen can vouch for.
    private final Set<String> keys;
    private final Map<String, Documented> byKey;

    private AnswerScreen(Set<String> keys, Map<String, Documented> byKey) {
        this.keys = keys;
        this.byKey = byKey;
    }

    /** The screen for an operation's {@code responses}; one that takes nothing when it cannot read them. */
    static AnswerScreen of(SpecDocument spec, JsonNode responses) {
        SchemaCompiler schemas = new SchemaCompiler(spec);
        TextValueCompiler texts = new TextValueCompiler(spec, schemas);
        Set<String> keys = new HashSet<>();
        Map<String, Documented> byKey = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = responses.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> key = fields.next();
            // A range such as 4XX comes between a code and default for the full validator: not done here.
            if (!key.getKey().equals("default") && !key.getKey().matches("[1-5][0-9][0-9]")) {
                return new AnswerScreen(Set.of(), Map.of());
            }
            keys.add(key.getKey());
            Documented documented = documented(spec, schemas, texts, key.getValue());
            if (documented != null) {
                byKey.put(key.getKey(), documented);
            }
        }
        return new AnswerScreen(Set.copyOf(keys), Map.copyOf(byKey));
    }

    // Null when the response is not a JSON one the screen can vouch for: every answer to it is deferred.
    private static Documented documented(
            SpecDocument spec, SchemaCompiler schemas, TextValueCompiler texts, JsonNode response) {
        JsonNode resolved = spec.resolve(response);
        if (resolved == null) {
            return null;
        }
        JsonNode content = resolved.path("content");
        if (content.size() != 1 || !content.has("application/json")) {
            return null;
        }
        Checker body = schemas.compile(content.get("application/json").get("schema"));
        Map<String, Header> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Iterator<Map.Entry<String, JsonNode>> named =
                        resolved.path("headers").fields();
                named.hasNext(); ) {
            Map.Entry<String, JsonNode> header = named.next();
            JsonNode definition = spec.resolve(header.getValue());
            if (definition == null || headers.containsKey(header.getKey())) {
                return null;
            }
            // A header described by 'content' rather than 'schema', or with any other unknown keyword:
            // its value is deferred whenever it is sent.
            boolean plain = definition.has("schema") && onlyKnownKeys(definition);
            headers.put(
                    header.getKey(),
                    new Header(
                            definition.path("required").booleanValue(),
                            plain ? texts.compile(definition.get("schema")) : value -> false));
        }
        return new Documented(body, headers);
    }

    private static boolean onlyKnownKeys(JsonNode header) {
        for (Iterator<String> names = header.fieldNames(); names.hasNext(); ) {
            if (!Set.of("schema", "required", "description", "example", "examples", "deprecated")
                    .contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the operation documents this status, by its code or under {@code default}. */
    boolean documents(int status) {
        return keys.contains(Integer.toString(status)) || keys.contains("default");
    }

    /**
     * @param headers the answer's headers, names in any case, Content-Type among them
     * @param body the body as a tree; null when there is none
     */
    boolean conforms(int status, Map<String, List<String>> headers, JsonNode body) {
        String code = Integer.toString(status);
        Documented documented = byKey.get(keys.contains(code) ? code : "default");
        if (documented == null || body == null) {
            return false;
        }
        Map<String, List<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            // A header named with no value is an empty value to the full validator: not one to vouch for.
            if (header.getValue() == null || header.getValue().isEmpty()) {
                return false;
            }
            sent.computeIfAbsent(header.getKey(), n -> new ArrayList<>()).addAll(header.getValue());
        }
        List<String> contentType = sent.get("Content-Type");
        if (contentType == null
                || contentType.size() != 1
                || !PLAIN_JSON.contains(contentType.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Map.Entry<String, Header> header : documented.headers().entrySet()) {
            List<String> values = sent.get(header.getKey());
            if (values == null) {
                if (header.getValue().required()) {
                    return false;
                }
                continue;
            }
            for (String value : values) {
                if (value == null || !header.getValue().value().test(value)) {
                    return false;
                }
            }
        }
        return documented.body().accepts(body);
    }
}
