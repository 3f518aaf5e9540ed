package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A spec as a plain JSON tree, with the document's own {@code $ref}s ({@code #/components/...}) followed on
 * request. Nothing is resolved up front: a screen reads only the parts it compiles. Read from the JSON copy the
 * build writes beside this class ({@link SpecJson}), or, where a build left it out, from the YAML with Jackson's
 * YAML reader (the reader swagger-parser itself uses): the same tree either way.
 */
public final class SpecDocument {

    /** The specs, as the {@code openapi} artifact puts them on the classpath. */
    static final List<String> SPECS =
            List.of("/openapi/vantage-managed-accounts.yaml", "/openapi/elasticpath-accounts.yaml");

    private final JsonNode root;

    private SpecDocument(JsonNode root) {
        this.root = root;
    }

    public static SpecDocument of(JsonNode root) {
        return new SpecDocument(root);
    }

    /** @param resource a classpath resource such as {@code /openapi/elasticpath-accounts.yaml} */
    public static SpecDocument read(String resource) {
        try (InputStream json = SpecDocument.class.getResourceAsStream(jsonName(resource))) {
            if (json != null) {
                return new SpecDocument(new ObjectMapper().readTree(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream yaml = SpecDocument.class.getResourceAsStream(resource)) {
            if (yaml == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new SpecDocument(Yaml.read(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Apart, so that a stub that reads the JSON never loads the YAML parser's classes, not even to check this one's.
    private static final class Yaml {
        static JsonNode read(InputStream yaml) throws IOException {
            return new YAMLMapper().readTree(yaml);
        }
    }

    /** Where the build's JSON copy of a spec is, beside this class: {@code elasticpath-accounts.json}. */
    static String jsonName(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        return file.substring(0, file.lastIndexOf('.')) + ".json";
    }

    public JsonNode root() {
        return root;
    }

    /**
     * The node itself, or what its {@code $ref} points to (followed through chains of references). Null when
     * the reference is not one into this document, points at nothing, goes round in a circle, or has
     * siblings (which OpenAPI 3.0 says to ignore, and tools do not all ignore): the caller then defers.
     */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            JsonNode ref = current.get("$ref");
            if (hops > 16
                    || current.size() != 1
                    || !ref.isTextual()
                    || !ref.textValue().startsWith("#/")) {
                return null;
            }
            JsonNode target;
            try {
                target = root.at(JsonPointer.compile(ref.textValue().substring(1)));
            } catch (IllegalArgumentException e) {
                return null; // not a JSON pointer (a stray '~')
            }
            current = target.isMissingNode() ? null : target;
        }
        return current;
    }
}
