package io.accountcontracts.contract.specs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One example embedded in a spec, with what it must be checked against. */
sealed interface SpecExample {

    /** Where the example sits, e.g. {@code components.schemas.ManagedAccount.properties.name.example}. */
    String location();

    JsonNode value();

    /** An operation, with its path template filled in so a request can be sent to it. */
    record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A request body example, sent as the body of every operation that uses it. */
    record RequestBody(String location, JsonNode value, String mediaType, List<Operation> operations)
            implements SpecExample {}

    /** A response example, answered for every operation and status that uses it. */
    record ResponseBody(String location, JsonNode value, String mediaType, List<Answer> answers)
            implements SpecExample {}

    record Answer(Operation operation, int status) {
        @Override
        public String toString() {
            return operation + " -> " + status;
        }
    }

    /** An example on a schema, a parameter or a header, or one no operation uses: checked against its schema. */
    record OfSchema(String location, JsonNode value, JsonNode schema) implements SpecExample {}
}
