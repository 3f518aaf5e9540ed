package io.accountcontracts.stub.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder's memory does not grow with the session: a long one fits in a heap far smaller than the file. */
class LongSessionTest {

    private static final int EXCHANGES = 2_000;
    private static final int ANSWER_BYTES = 100_000;

    @TempDir
    Path dir;

    @Test
    void twoThousandExchangesOfHundredKilobytesRecordInA32MegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("child.log");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Xmx32m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RecordingUnderSmallHeap.class.getName(),
                        dir.resolve("recordings").toString(),
                        String.valueOf(EXCHANGES),
                        String.valueOf(ANSWER_BYTES))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(finished, "still recording after 5 minutes:\n" + tail(log));
        assertEquals(0, child.exitValue(), tail(log));

        Path file = dir.resolve("recordings/vantage.har");
        assertTrue(Files.size(file) > (long) EXCHANGES * ANSWER_BYTES, "the file holds every answer");
        assertEquals(EXCHANGES, countEntries(file));
        // Reopening streams the whole file through the strict HAR model, entry by entry.
        HarRecorder.open(dir.resolve("recordings")).close();
    }

    /** Counts the entries by streaming: the file is too large to read whole here. */
    private static int countEntries(Path file) throws IOException {
        try (JsonParser json = new ObjectMapper().createParser(file.toFile())) {
            int depth = 0;
            int entries = 0;
            boolean inEntries = false;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.START_ARRAY && depth == 2 && "entries".equals(json.currentName())) {
                    inEntries = true;
                } else if (token == JsonToken.START_OBJECT && inEntries && depth == 3) {
                    entries++;
                    json.skipChildren();
                    continue;
                } else if (token == JsonToken.END_ARRAY && inEntries && depth == 3) {
                    inEntries = false;
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
            return entries;
        }
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
