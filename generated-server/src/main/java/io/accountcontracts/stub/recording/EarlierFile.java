package io.accountcontracts.stub.recording;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sstoehr.harreader.model.HarEntry;
import de.sstoehr.harreader.model.HarLog;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the HAR file an earlier run left, streaming, so that however many entries it holds only one is in
 * memory at a time: first {@code log}'s other fields, then its entries, each checked as the HAR library's
 * strict reader checks it. Anything that is not HAR is refused, naming the file and where the problem is.
 */
final class EarlierFile {

    private EarlierFile() {}

    /** {@code log} without its entries, which are only checked to be an array here. */
    static HarLog logFields(Path file) {
        try (JsonParser json = HarJson.MAPPER.createParser(file.toFile())) {
            if (!enterLog(json)) {
                throw notHar(file, "it has no \"log\" object");
            }
            ObjectNode fields = HarJson.MAPPER.createObjectNode();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (HarLayout.ENTRIES.equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw notHar(file, "its log.entries is not an array");
                    }
                    json.skipChildren();
                } else {
                    fields.set(name, json.readValueAsTree());
                }
            }
            // The rest of the document must be well-formed too, and end the file: a cut file, or one with a
            // second document after the first, is not appended to.
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                json.nextToken();
                json.skipChildren();
            }
            if (json.nextToken() != null) {
                throw notHar(file, "something follows the HAR document" + at(json));
            }
            try {
                return HarJson.MAPPER.treeToValue(fields, HarLog.class);
            } catch (JsonMappingException e) {
                throw notHar(file, "log" + path(e) + " is not what HAR 1.2 allows there");
            }
        } catch (JsonProcessingException e) {
            throw notHar(file, "it is not well-formed JSON" + at(e));
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot record into " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    /** Hands each entry to the writer, in the file's order. */
    static void entries(Path file, HarLayout.Writer writer) throws IOException {
        try (JsonParser json = HarJson.MAPPER.createParser(file.toFile())) {
            enterLog(json);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                if (!HarLayout.ENTRIES.equals(name)) {
                    json.skipChildren();
                    continue;
                }
                long index = 0;
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    String where = "log.entries[" + index + "]";
                    if (json.currentToken() != JsonToken.START_OBJECT) {
                        throw notHar(file, where + " is not an object" + at(json));
                    }
                    try {
                        writer.add(HarJson.MAPPER.readValue(json, HarEntry.class));
                    } catch (JsonMappingException e) {
                        throw notHar(file, where + path(e) + " is not what HAR 1.2 allows there" + at(e));
                    }
                    index++;
                }
            }
        } catch (JsonProcessingException e) {
            throw notHar(file, "it is not well-formed JSON" + at(e));
        }
    }

    /** Moves to the start of the {@code log} object; false when the document has none. */
    private static boolean enterLog(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if ("log".equals(name) && value == JsonToken.START_OBJECT) {
                return true;
            }
            json.skipChildren();
        }
        return false;
    }

    private static IllegalArgumentException notHar(Path file, String problem) {
        // Never overwrite what an earlier run recorded: refuse, and say how to go on.
        return new IllegalArgumentException(file + " exists but is not a HAR file that can be appended to: " + problem
                + "; move it away or record into another directory");
    }

    /** {@code .request.headers[2].value}, from the field names and indexes the mapper went through. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append('.').append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String at(JsonParser json) {
        return " (line " + json.currentLocation().getLineNr() + ", column "
                + json.currentLocation().getColumnNr() + ")";
    }
}
