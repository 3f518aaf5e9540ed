package io.accountcontracts.stub.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads text that must be exactly one JSON value, as request bodies and fixtures files must be. */
public final class JsonText {

    /** The text is not one JSON value; the message says what is wrong and where, in a client's words. */
    public static final class NotJson extends Exception {
        NotJson(String problem) {
            super(problem, null, false, false);
        }
    }

    private JsonText() {}

    /**
     * @throws NotJson when the text is not JSON, or has anything but white space after its value
     */
    public static JsonNode readOne(ObjectMapper mapper, String text) throws IOException, NotJson {
        try (JsonParser parser = mapper.createParser(text)) {
            return readOne(mapper, parser, text);
        }
    }

    /**
     * @throws NotJson when the text is not JSON, or has anything but white space after its value
     */
    public static JsonNode readOne(ObjectMapper mapper, JsonParser parser) throws IOException, NotJson {
        return readOne(mapper, parser, null);
    }

    private static JsonNode readOne(ObjectMapper mapper, JsonParser parser, String text) throws IOException, NotJson {
        JsonNode value;
        try {
            value = mapper.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new NotJson(JsonProblem.syntax(e, text));
        }
        JsonLocation after;
        try {
            after = parser.nextToken() == null ? null : parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            after = e.getLocation(); // what follows is not even JSON
        }
        if (after != null) {
            throw new NotJson(JsonProblem.afterTheValue(after));
        }
        return value;
    }
}
