package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The request body as the validation filter parsed and checked it, kept on the request so that the
 * resource merges exactly the tree that was validated: an explicit {@code null} included, which the
 * generated request models cannot tell from an absent field. Its text is kept too, for the journal.
 */
public final class ParsedBody {

    static final String PROPERTY = ParsedBody.class.getName();
    private static final String TEXT = PROPERTY + ".text";

    private ParsedBody() {}

    static void attach(ContainerRequestContext request, JsonNode body) {
        request.setProperty(PROPERTY, body);
    }

    // The text is the one the validation filter decoded anyway: keeping it for the journal copies nothing.
    static void attachText(ContainerRequestContext request, String text) {
        if (!text.isEmpty()) {
            request.setProperty(TEXT, text);
        }
    }

    /** The request body as UTF-8 text, accepted or refused; null when it had none, or was not UTF-8. */
    public static String text(ContainerRequestContext request) {
        return request.getProperty(TEXT) instanceof String text ? text : null;
    }

    public static Optional<JsonNode> of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof JsonNode body ? Optional.of(body) : Optional.empty();
    }
}
