package io.accountcontracts.stub.recording;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sstoehr.harreader.model.HarEntry;
import de.sstoehr.harreader.model.HarLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.Map;

/**
 * How a recording file is laid out so that it can grow without being rewritten: a HAR document whose
 * {@code log.entries} is the last field of {@code log}, so that the file always ends with the same
 * closing bytes (the ends of the entries array, of {@code log} and of the document). An entry is
 * appended by writing, where those closing bytes began, the separator, the entry and the closing bytes
 * again. The bytes are what one indented write of the whole document would give.
 */
final class HarLayout {

    static final String ENTRIES = "entries";

    /**
     * What an append writes at the old tail's offset.
     *
     * @param tailLength how many of its last bytes are the new tail
     */
    record Append(ByteBuffer bytes, int tailLength) {}

    private HarLayout() {}

    /** The bytes that append {@code entry} to a file holding {@code first ? no : some} entries. */
    static Append append(HarEntry entry, boolean first) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = HarJson.MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            // The same nesting as in the file, so the entry is indented as the rest of it.
            json.writeStartObject();
            json.writeFieldName("log");
            json.writeStartObject();
            json.writeFieldName(ENTRIES);
            json.writeStartArray();
            if (!first) {
                // Stands for the entries already in the file, so the generator writes the separator that
                // goes between two entries; only the bytes after it are kept.
                json.writeNull();
            }
            json.flush();
            int from = out.size();
            json.writeObject(entry);
            json.flush();
            int tailFrom = out.size();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            int end = out.size();
            return new Append(ByteBuffer.wrap(out.toByteArray(), from, end - from), end - tailFrom);
        }
    }

    /** Writes a whole file in this layout into a channel, one entry at a time. */
    static final class Writer {

        private final FileChannel channel;
        private final JsonGenerator json;
        private long entries;
        private long tailAt = -1;

        /** Starts the document: {@code log}'s fields but its entries, then the opened entries array. */
        Writer(FileChannel channel, HarLog log) throws IOException {
            this.channel = channel;
            this.json = HarJson.MAPPER.createGenerator(Channels.newOutputStream(channel), JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeFieldName("log");
            json.writeStartObject();
            ObjectNode fields = HarJson.MAPPER.valueToTree(log);
            fields.remove(ENTRIES);
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeFieldName(ENTRIES);
            json.writeStartArray();
        }

        void add(HarEntry entry) throws IOException {
            json.writeObject(entry);
            entries++;
        }

        long entries() {
            return entries;
        }

        /** Where the closing bytes start, once finished. */
        long tailAt() {
            return tailAt;
        }

        /** Ends the document and closes the channel. */
        void finish() throws IOException {
            json.flush();
            tailAt = channel.position();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.close();
        }
    }
}
