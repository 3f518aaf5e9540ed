package io.accountcontracts.stub.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies a partial update to a record: fields present in the change replace the stored ones,
 * nested objects merge field by field, and lists are replaced whole. Absent fields stay as they are.
 *
 * <p>Working on JSON trees gives a fresh record every time, so the stored one is never mutated.
 */
public final class JsonMerge {

    private final ObjectMapper mapper;

    public JsonMerge(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T apply(T current, Object change, Class<T> type) {
        ObjectNode merged = mapper.valueToTree(current);
        JsonNode patch = mapper.valueToTree(change);
        mergeInto(merged, patch);
        return mapper.convertValue(merged, type);
    }

    private static void mergeInto(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                mergeInto(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
