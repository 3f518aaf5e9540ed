package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code type: object}: every required name present (a null counts, as for the full validator), every
 * declared property passing its own schema, and, where {@code additionalProperties: false}, no other name.
 * Without that keyword another name is taken: the stub's full validator is set to ignore its own
 * "additional properties" rule, so only a schema that closes itself refuses one.
 */
record ObjectChecker(Map<String, Checker> properties, List<String> required, boolean closed) implements Checker {

    @Override
    public boolean accepts(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (String name : required) {
            if (!value.has(name)) {
                return false;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Checker property = properties.get(field.getKey());
            if (property == null ? closed : !property.accepts(field.getValue())) {
                return false;
            }
        }
        return true;
    }
}
