package io.accountcontracts.stub.schema;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code type: array}: at least {@code minItems} items, each passing the {@code items} schema. */
record ArrayChecker(Checker items, int minItems) implements Checker {

    @Override
    public boolean accepts(JsonNode value) {
        if (!value.isArray() || value.size() < minItems) {
            return false;
        }
        for (JsonNode item : value) {
            if (!items.accepts(item)) {
                return false;
            }
        }
        return true;
    }
}
