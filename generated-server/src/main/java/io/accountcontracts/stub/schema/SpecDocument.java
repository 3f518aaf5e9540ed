package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A spec as a plain JSON tree, read from the classpath with Jackson's YAML reader (the reader swagger-parser
 * itself uses), with the document's own {@code $ref}s ({@code #/components/...}) followed on request. Nothing
 * is resolved up front: a screen reads only the parts it compiles.
 */
public final class SpecDocument {

    private final JsonNode root;

    private SpecDocument(JsonNode root) {
        this.root = root;
    }

    public static SpecDocument of(JsonNode root) {
        return new SpecDocument(root);
    }

    /** @param resource a classpath resource such as {@code /openapi/elasticpath-accounts.yaml} */
    public static SpecDocument read(String resource) {
        try (InputStream in = SpecDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new SpecDocument(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
