package io.accountcontracts.contract.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.contract.specs.SpecExample.Answer;
import io.accountcontracts.contract.specs.SpecExample.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds every example in a spec's raw YAML tree. The tree is read as written, not through
 * swagger-parser's model, because the model casts a schema's example to the schema's type
 * (an integer example on a string becomes "123"), which would hide exactly the mistakes sought.
 * An example reached through {@code $ref} is found once, where it is written.
 */
final class ExampleFinder {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @FunctionalInterface
    private interface Kind {
        SpecExample of(String location, JsonNode value, String mediaType, JsonNode schema);
    }

    private final JsonNode root;
    private final Map<String, List<Operation>> requestUsers = new HashMap<>();
    private final Map<String, List<Answer>> responseUsers = new HashMap<>();
    private final List<SpecExample> found = new ArrayList<>();

    private ExampleFinder(JsonNode root) {
        this.root = root;
    }

    static List<SpecExample> find(JsonNode root) {
        ExampleFinder finder = new ExampleFinder(root);
        finder.noteWhoUsesEachBody();
        finder.walk();
        return finder.found;
    }

    private void noteWhoUsesEachBody() {
        root.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (!METHODS.contains(op.getKey())) {
                        return;
                    }
                    String at = "paths." + path.getKey() + "." + op.getKey();
                    Operation operation = new Operation(
                            op.getKey().toUpperCase(Locale.ROOT),
                            fill(
                                    path.getKey(),
                                    path.getValue().path("parameters"),
                                    op.getValue().path("parameters")));
                    JsonNode body = op.getValue().path("requestBody");
                    if (!body.isMissingNode()) {
                        requestUsers
                                .computeIfAbsent(locationOf(body, at + ".requestBody"), k -> new ArrayList<>())
                                .add(operation);
                    }
                    JsonNode responses = op.getValue().path("responses");
                    Set<String> declared = new HashSet<>();
                    responses.fieldNames().forEachRemaining(declared::add);
                    responses
                            .fields()
                            .forEachRemaining(response -> responseUsers
                                    .computeIfAbsent(
                                            locationOf(response.getValue(), at + ".responses." + response.getKey()),
                                            k -> new ArrayList<>())
                                    .add(new Answer(operation, status(response.getKey(), declared))));
                }));
    }

    private void walk() {
        root.path("paths").fields().forEachRemaining(path -> {
            String at = "paths." + path.getKey();
            parameters(path.getValue().path("parameters"), at + ".parameters");
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    String opAt = at + "." + op.getKey();
                    parameters(op.getValue().path("parameters"), opAt + ".parameters");
                    requestBody(op.getValue().path("requestBody"), opAt + ".requestBody");
                    op.getValue()
                            .path("responses")
                            .fields()
                            .forEachRemaining(r -> response(r.getValue(), opAt + ".responses." + r.getKey()));
                }
            });
        });
        JsonNode components = root.path("components");
        components
                .path("schemas")
                .fields()
                .forEachRemaining(s -> schema(s.getValue(), "components.schemas." + s.getKey()));
        components
                .path("parameters")
                .fields()
                .forEachRemaining(p -> parameter(p.getValue(), "components.parameters." + p.getKey()));
        components
                .path("headers")
                .fields()
                .forEachRemaining(h -> parameter(h.getValue(), "components.headers." + h.getKey()));
        components
                .path("requestBodies")
                .fields()
                .forEachRemaining(b -> requestBody(b.getValue(), "components.requestBodies." + b.getKey()));
        components
                .path("responses")
                .fields()
                .forEachRemaining(r -> response(r.getValue(), "components.responses." + r.getKey()));
    }

    private void requestBody(JsonNode body, String location) {
        List<Operation> users = requestUsers.get(location);
        content(
                body,
                location,
                (at, value, mediaType, schema) -> users == null
                        ? new SpecExample.OfSchema(at, value, schema)
                        : new SpecExample.RequestBody(at, value, mediaType, users));
    }

    private void response(JsonNode response, String location) {
        if (response.has("$ref")) {
            return;
        }
        response.path("headers")
                .fields()
                .forEachRemaining(h -> parameter(h.getValue(), location + ".headers." + h.getKey()));
        List<Answer> users = responseUsers.get(location);
        content(
                response,
                location,
                (at, value, mediaType, schema) -> users == null
                        ? new SpecExample.OfSchema(at, value, schema)
                        : new SpecExample.ResponseBody(at, value, mediaType, users));
    }

    private void content(JsonNode holder, String location, Kind kind) {
        if (holder.has("$ref")) {
            return;
        }
        holder.path("content").fields().forEachRemaining(media -> {
            String at = location + ".content." + media.getKey();
            JsonNode schema = media.getValue().path("schema");
            schema(schema, at + ".schema");
            examples(media.getValue(), at)
                    .forEach((where, value) -> found.add(kind.of(where, value, media.getKey(), schema)));
        });
    }

    private void parameters(JsonNode list, String location) {
        for (int i = 0; i < list.size(); i++) {
            parameter(list.get(i), location + "[" + i + "]");
        }
    }

    /** Parameters and headers: their examples describe their schema. */
    private void parameter(JsonNode parameter, String location) {
        if (parameter.has("$ref")) {
            return;
        }
        JsonNode schema = parameter.path("schema");
        if (schema.isObject()) {
            examples(parameter, location)
                    .forEach((where, value) -> found.add(new SpecExample.OfSchema(where, value, schema)));
        }
        schema(schema, location + ".schema");
    }

    private void schema(JsonNode schema, String location) {
        if (!schema.isObject() || schema.has("$ref")) {
            return;
        }
        if (schema.has("example")) {
            found.add(new SpecExample.OfSchema(location + ".example", schema.get("example"), schema));
        }
        schema.path("properties")
                .fields()
                .forEachRemaining(p -> schema(p.getValue(), location + ".properties." + p.getKey()));
        schema(schema.path("items"), location + ".items");
        schema(schema.path("additionalProperties"), location + ".additionalProperties");
        schema(schema.path("not"), location + ".not");
        for (String combiner : new String[] {"allOf", "anyOf", "oneOf"}) {
            JsonNode parts = schema.path(combiner);
            IntStream.range(0, parts.size())
                    .forEach(i -> schema(parts.get(i), location + "." + combiner + "[" + i + "]"));
        }
    }

    /** The single {@code example} and each named one of {@code examples}, by location. */
    private Map<String, JsonNode> examples(JsonNode holder, String location) {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        if (holder.has("example")) {
            examples.put(location + ".example", holder.get("example"));
        }
        holder.path("examples").fields().forEachRemaining(named -> {
            JsonNode example = resolve(named.getValue());
            if (example.has("value")) {
                examples.put(location + ".examples." + named.getKey(), example.get("value"));
            }
        });
        return examples;
    }

    private JsonNode resolve(JsonNode node) {
        for (int hops = 0; node.has("$ref") && node.get("$ref").asText().startsWith("#/") && hops < 10; hops++) {
            node = root.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** Where a possibly referenced object is written: its {@code $ref} target, or {@code here}. */
    private static String locationOf(JsonNode node, String here) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return here;
        }
        return Arrays.stream(ref.substring(2).split("/"))
                .map(segment -> segment.replace("~1", "/").replace("~0", "~"))
                .collect(Collectors.joining("."));
    }

    /** The template with each path parameter replaced by its example, or by "x" when it has none. */
    private String fill(String template, JsonNode pathParameters, JsonNode operationParameters) {
        String path = template;
        for (JsonNode list : new JsonNode[] {pathParameters, operationParameters}) {
            for (JsonNode declared : list) {
                JsonNode parameter = resolve(declared);
                if ("path".equals(parameter.path("in").asText())) {
                    String value = parameter
                            .path("example")
                            .asText(parameter.path("schema").path("example").asText("x"));
                    path = path.replace(
                            "{" + parameter.path("name").asText() + "}",
                            URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
                }
            }
        }
        return path;
    }

    /**
     * The status a response key stands for. For {@code default} and ranges such as {@code 5XX},
     * a code the operation does not declare, so the validator falls through to that response.
     */
    private static int status(String key, Set<String> declared) {
        if (key.matches("\\d{3}")) {
            return Integer.parseInt(key);
        }
        int[] firsts = key.matches("[1-5][xX]{2}") ? new int[] {(key.charAt(0) - '0') * 100} : new int[] {500, 400};
        for (int first : firsts) {
            for (int code = first; code < first + 100; code++) {
                if (!declared.contains(String.valueOf(code))
                        && !declared.contains(code / 100 + "XX")
                        && !declared.contains(code / 100 + "xx")) {
                    return code;
                }
            }
        }
        throw new IllegalArgumentException("no undeclared status left for response " + key);
    }
}
