package io.accountcontracts.stub.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.json.JsonText;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/**
 * The body of an admin call that sets something: one JSON object, holding only fields the call knows. Each
 * problem is an {@link IllegalArgumentException} whose message the call answers with as its {@code 400}.
 */
final class AdminBody {

    private AdminBody() {}

    /**
     * @param example     a body the call takes, for the messages
     * @param known       the fields the call takes
     * @param knownFields what those fields are, in words, ending the unknown-field message
     */
    static JsonNode object(ObjectMapper mapper, String body, String example, Set<String> known, String knownFields) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException(
                    "The request body is empty; send a JSON object such as " + example + ".");
        }
        JsonNode tree;
        try {
            tree = JsonText.readOne(mapper, body);
        } catch (JsonText.NotJson e) {
            throw new IllegalArgumentException("The request body is not valid JSON: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new IllegalArgumentException("The request body could not be read.");
        }
        if (!tree.isObject()) {
            throw new IllegalArgumentException("The request body must be a JSON object such as " + example + ".");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Field '" + name + "' is not known; " + knownFields);
            }
        }
        return tree;
    }
}
