package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The request body as the validation filter parsed and checked it, kept on the request so that the
 * resource merges exactly the tree that was validated: an explicit {@code null} included, which the
 * generated request models cannot tell from an absent field.
 */
public final class ParsedBody {

    private static final String PROPERTY = ParsedBody.class.getName();

    private ParsedBody() {}

    static void attach(ContainerRequestContext request, JsonNode body) {
        request.setProperty(PROPERTY, body);
    }

    public static Optional<JsonNode> of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof JsonNode body ? Optional.of(body) : Optional.empty();
    }
}
