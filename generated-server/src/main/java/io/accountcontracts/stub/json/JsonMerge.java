package io.accountcontracts.stub.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies a partial update to a record: fields present in the change replace the stored ones (an
 * explicit {@code null} included, which is how a client clears a nullable field), nested objects merge
 * field by field, and lists are replaced whole. Absent fields stay as they are.
 *
 * <p>The result is a fresh record, so the stored one is never mutated.
 */
public final class JsonMerge {

    private JsonMerge() {}

    public static ObjectNode apply(ObjectNode current, JsonNode change) {
        ObjectNode merged = current.deepCopy();
        mergeInto(merged, change);
        return merged;
    }

    private static void mergeInto(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject
                    && field.getValue().isObject()) {
                mergeInto(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
