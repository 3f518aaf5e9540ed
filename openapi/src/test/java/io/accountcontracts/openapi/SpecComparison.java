package io.accountcontracts.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/**
 * Compares a YAML spec with the single-file JSON openapi-generator's {@code openapi} generator writes
 * from it: whole documents, schemas, examples and descriptions included, after undoing only what
 * that generator legitimately changes (each seen in its output for these specs):
 * <ul>
 *   <li>it inlines some {@code $ref}s (responses, parameters) and keeps others (schemas): every local
 *       {@code $ref} is resolved in both;</li>
 *   <li>it moves path-level parameters onto each operation: both get them there, in (in, name) order;</li>
 *   <li>it spells out the default {@code style} and {@code explode} of parameters and headers: both get them;</li>
 *   <li>it sorts each schema's {@code required} list: both are sorted;</li>
 *   <li>key order, and whether a number is held as an int or a long, do not matter.</li>
 * </ul>
 * Anything else (a dropped {@code nullable}, {@code maxLength}, {@code example}, {@code description},
 * {@code format}, a changed value, an added keyword) is a difference.
 */
final class SpecComparison {

    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private SpecComparison() {}

    /** Where the two documents differ once normalized, as JSON pointers with what each side holds there. */
    static List<String> differences(JsonNode yaml, JsonNode bundled) {
        List<String> differences = new ArrayList<>();
        diff(normalized(yaml), normalized(bundled), "", differences);
        return differences;
    }

    private static JsonNode normalized(JsonNode document) {
        ObjectNode resolved = (ObjectNode) resolve(document, document, new ArrayDeque<>());
        resolved.path("paths").forEach(SpecComparison::pushDownParameters);
        resolved.path("paths")
                .forEach(item -> METHODS.forEach(method -> {
                    item.path(method).path("parameters").forEach(SpecComparison::spellOutStyle);
                    item.path(method)
                            .path("responses")
                            .forEach(r -> r.path("headers").forEach(SpecComparison::spellOutStyle));
                }));
        JsonNode components = resolved.path("components");
        components.path("parameters").forEach(SpecComparison::spellOutStyle);
        components.path("headers").forEach(SpecComparison::spellOutStyle);
        components.path("responses").forEach(r -> r.path("headers").forEach(SpecComparison::spellOutStyle));
        sortRequiredLists(resolved);
        return resolved;
    }

    /** A copy with every local {@code $ref} replaced by what it points at, resolved in turn. */
    private static JsonNode resolve(JsonNode node, JsonNode root, Deque<String> resolving) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(resolve(item, root, resolving)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = ref.startsWith("#/") ? root.at(ref.substring(1)) : null;
            if (target == null || !target.isObject() || resolving.contains(ref)) {
                // A recursive schema cannot be inlined; neither spec has one, so say so rather than compare less.
                throw new IllegalStateException("cannot inline $ref " + ref + " (external, dangling or recursive)");
            }
            resolving.push(ref);
            copy.setAll((ObjectNode) resolve(target, root, resolving));
            resolving.pop();
        }
        // OpenAPI 3.0 ignores a $ref's siblings; they are kept all the same, so that one the bundle drops shows.
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                copy.set(field.getKey(), resolve(field.getValue(), root, resolving));
            }
        });
        return copy;
    }

    /** Path-level parameters apply to every operation of the path; an operation's own of the same (in, name) win. */
    private static void pushDownParameters(JsonNode pathItem) {
        JsonNode shared = ((ObjectNode) pathItem).remove("parameters");
        for (String method : METHODS) {
            if (!(pathItem.get(method) instanceof ObjectNode operation)) {
                continue;
            }
            List<JsonNode> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameters::add);
            if (shared != null) {
                shared.forEach(p -> {
                    if (parameters.stream().noneMatch(own -> key(own).equals(key(p)))) {
                        parameters.add(p);
                    }
                });
            }
            if (!parameters.isEmpty()) {
                // A parameter is identified by (in, name); the order of the list means nothing.
                parameters.sort(Comparator.comparing(SpecComparison::key));
                operation.putArray("parameters").addAll(parameters);
            }
        }
    }

    private static String key(JsonNode parameter) {
        return parameter.path("in").asText() + ":" + parameter.path("name").asText();
    }

    /** OpenAPI's defaults: form and exploded for query and cookie parameters, simple and not exploded otherwise. */
    private static void spellOutStyle(JsonNode parameterOrHeader) {
        ObjectNode node = (ObjectNode) parameterOrHeader;
        String in = node.path("in").asText("header");
        if (!node.has("style")) {
            node.put("style", in.equals("query") || in.equals("cookie") ? "form" : "simple");
        }
        if (!node.has("explode")) {
            node.put("explode", node.get("style").asText().equals("form"));
        }
    }

    /** A schema's {@code required} is a set of names, which the generator sorts. */
    private static void sortRequiredLists(JsonNode node) {
        if (node.get("required") instanceof ArrayNode required
                && !required.isEmpty()
                && StreamSupport.stream(required.spliterator(), false).allMatch(JsonNode::isTextual)) {
            List<JsonNode> names = StreamSupport.stream(required.spliterator(), false)
                    .sorted(Comparator.comparing(JsonNode::asText))
                    .toList();
            required.removeAll().addAll(names);
        }
        node.forEach(SpecComparison::sortRequiredLists);
    }

    private static void diff(JsonNode yaml, JsonNode bundled, String at, List<String> into) {
        if (yaml.isObject() && bundled.isObject()) {
            Set<String> keys = new TreeSet<>();
            yaml.fieldNames().forEachRemaining(keys::add);
            bundled.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String here = at + "/" + escape(key);
                if (!bundled.has(key)) {
                    into.add(here + ": only in the YAML");
                } else if (!yaml.has(key)) {
                    into.add(here + ": only in the JSON");
                } else {
                    diff(yaml.get(key), bundled.get(key), here, into);
                }
            }
        } else if (yaml.isArray() && bundled.isArray() && yaml.size() == bundled.size()) {
            for (int i = 0; i < yaml.size(); i++) {
                diff(yaml.get(i), bundled.get(i), at + "/" + i, into);
            }
        } else if (yaml.isNumber() && bundled.isNumber()
                ? yaml.decimalValue().compareTo(bundled.decimalValue()) != 0
                : !yaml.equals(bundled)) {
            into.add(at + ": " + yaml + " in the YAML, " + bundled + " in the JSON");
        }
    }

    /** A key as a JSON pointer segment. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
