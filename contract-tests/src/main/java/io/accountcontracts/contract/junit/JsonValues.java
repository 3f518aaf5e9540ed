package io.accountcontracts.contract.junit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.json.JsonMapper;
import java.util.Map;

/** JSON as a test reads it without Jackson: strings, numbers, booleans, lists, maps and null. */
final class JsonValues {

    static final ObjectMapper MAPPER = JsonMapper.create();

    private JsonValues() {}

    /** The plain Java value at the pointer, such as {@code "/data/name"}; null when there is none there. */
    static Object at(JsonNode tree, String pointer) {
        JsonNode node = tree.at(compile(pointer));
        return node.isMissingNode() ? null : MAPPER.convertValue(node, Object.class);
    }

    /** The text at the pointer: a string as it is, any other value as JSON; null when there is none there. */
    static String textAt(JsonNode tree, String pointer) {
        JsonNode node = tree.at(compile(pointer));
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonNode object) {
        return MAPPER.convertValue(object, Map.class);
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    static JsonPointer compile(String pointer) {
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + pointer + "' is not a JSON pointer: it starts with '/', such as /data/name", e);
        }
    }
}
