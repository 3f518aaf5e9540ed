package io.accountcontracts.stub.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appending, per-vendor files, earlier runs and unusable directories. */
class HarRecorderTest {

    @TempDir
    Path dir;

    @Test
    void eachRecordAppendsOneEntryAndLeavesAValidFile() {
        Path file = HarRecorder.fileOf(dir, Vendor.VANTAGE);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("first"));
            assertEquals(1, Exchanges.entries(file).size());

            recorder.record(Exchanges.vantage("second"));
            JsonNode entries = Exchanges.entries(file);
            assertEquals(2, entries.size());
            assertEquals(
                    "{\"name\":\"first\"}",
                    entries.get(0).at("/request/postData/text").asText());
            assertEquals(
                    "{\"name\":\"second\"}",
                    entries.get(1).at("/request/postData/text").asText());
        }
    }

    @Test
    void fileFromAnEarlierRunIsAppendedToNotOverwritten() throws Exception {
        Path file = HarRecorder.fileOf(dir, Vendor.VANTAGE);
        try (HarRecorder earlier = HarRecorder.open(dir)) {
            earlier.record(Exchanges.vantage("earlier run"));
        }
        JsonNode earlierEntry = Exchanges.entries(file).get(0);

        try (HarRecorder later = HarRecorder.open(dir)) {
            later.record(Exchanges.vantage("later run"));
        }

        JsonNode entries = Exchanges.entries(file);
        assertEquals(2, entries.size());
        assertEquals(earlierEntry, entries.get(0), "the earlier run's entry must stay as it was");
        assertEquals(
                "{\"name\":\"later run\"}",
                entries.get(1).at("/request/postData/text").asText());
    }

    @Test
    void anEarlierFileKeepsItsLogFieldsAndCustomFieldsWhenAppendedTo() throws Exception {
        Path file = Files.writeString(dir.resolve("vantage.har"), """
                {"log": {"version": "1.2", "creator": {"name": "a browser", "version": "1"}, "comment": "kept",
                  "entries": [{"startedDateTime": "2024-01-02T03:04:05.678+01:00", "time": 7, "_initiator": "script",
                    "request": {"method": "PUT", "url": "https://api.vantage.sh/v2/managed_accounts/acct_1",
                      "httpVersion": "HTTP/2", "cookies": [], "headers": [], "queryString": [], "headersSize": -1, "bodySize": 0},
                    "response": {"status": 204, "statusText": "", "httpVersion": "HTTP/2", "cookies": [], "headers": [],
                      "content": {"size": 0, "mimeType": ""}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
                    "cache": {}, "timings": {"send": 1, "wait": 5, "receive": 1}}]}}
                """);

        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("appended"));
        }

        JsonNode log = Exchanges.json(file).path("log");
        assertEquals("a browser", log.at("/creator/name").asText());
        assertEquals("kept", log.path("comment").asText());
        JsonNode earlier = log.path("entries").get(0);
        assertEquals("script", earlier.path("_initiator").asText());
        assertEquals(
                "2024-01-02T03:04:05.678+01:00", earlier.path("startedDateTime").asText());
        assertEquals(2, log.path("entries").size());
    }

    @Test
    void theFileIsValidHarAfterEveryAppendAndAfterReopening() {
        Path file = HarRecorder.fileOf(dir, Vendor.VANTAGE);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            for (int i = 1; i <= 40; i++) {
                recorder.record(Exchanges.vantage("first run " + i));
                // What a kill after this exchange would leave: read strictly by the HAR library.
                assertEquals(i, Exchanges.har(file).log().entries().size());
            }
        }
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            assertEquals(40, Exchanges.har(file).log().entries().size(), "reopening keeps every entry");
            for (int i = 1; i <= 10; i++) {
                recorder.record(Exchanges.vantage("second run " + i));
                assertEquals(40 + i, Exchanges.har(file).log().entries().size());
            }
        }

        JsonNode entries = Exchanges.entries(file);
        assertEquals(
                "{\"name\":\"first run 40\"}",
                entries.get(39).at("/request/postData/text").asText());
        assertEquals(
                "{\"name\":\"second run 10\"}",
                entries.get(49).at("/request/postData/text").asText());
    }

    @Test
    void aFileTheRecorderWroteComesBackByteForByteAndAsOneWholeWriteWouldHaveIt() throws Exception {
        Path file = HarRecorder.fileOf(dir, Vendor.VANTAGE);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("one"));
            recorder.record(Exchanges.vantage("two"));
            recorder.record(Exchanges.vantage("three"));
        }
        byte[] appended = Files.readAllBytes(file);

        // Reopening streams the file into the layout again, in one write of the whole document.
        HarRecorder.open(dir).close();

        assertEquals(new String(appended, StandardCharsets.UTF_8), Files.readString(file));
    }

    @Test
    void anEarlierFileWhoseEntriesAreNotLastInTheLogIsAppendedTo() throws Exception {
        // The HAR library itself writes log.comment after log.entries.
        Path file = Files.writeString(dir.resolve("vantage.har"), """
                {"log": {"version": "1.2", "creator": {"name": "a browser", "version": "1"},
                  "entries": [{"startedDateTime": "2024-01-02T03:04:05.678+01:00", "time": 7,
                    "request": {"method": "PUT", "url": "https://api.vantage.sh/v2/managed_accounts/acct_1",
                      "httpVersion": "HTTP/2", "cookies": [], "headers": [], "queryString": [], "headersSize": -1, "bodySize": 0},
                    "response": {"status": 204, "statusText": "", "httpVersion": "HTTP/2", "cookies": [], "headers": [],
                      "content": {"size": 0, "mimeType": ""}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
                    "cache": {}, "timings": {"send": 1, "wait": 5, "receive": 1}}],
                  "comment": "after the entries", "_custom": {"kept": true}}}
                """);

        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("appended"));
        }

        JsonNode log = Exchanges.json(file).path("log");
        assertEquals("after the entries", log.path("comment").asText());
        assertTrue(log.at("/_custom/kept").asBoolean(), log.toString());
        JsonNode entries = Exchanges.entries(file);
        assertEquals(2, entries.size());
        assertEquals(204, entries.get(0).at("/response/status").asInt());
        assertEquals(
                "{\"name\":\"appended\"}",
                entries.get(1).at("/request/postData/text").asText());
    }

    @Test
    void anEarlierFileWithAnEntryHarDoesNotAllowIsRefusedNamingTheEntryAndLeftAsItWas() throws Exception {
        String earlier = """
                {"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": [
                  {"startedDateTime": "2024-01-02T03:04:05Z", "time": 1, "request": {}, "response": {}},
                  {"startedDateTime": "yesterday", "time": 1, "request": {}, "response": {}}]}}
                """;
        Path file = Files.writeString(dir.resolve("vantage.har"), earlier);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> HarRecorder.open(dir));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("log.entries[1].startedDateTime"), refused.getMessage());
        assertFalse(refused.getMessage().contains("java"), refused.getMessage());
        assertEquals(earlier, Files.readString(file));
        assertFalse(Files.exists(RecordingFile.temporaryOf(file)));
    }

    @Test
    void filesAreReadableByTheirOwnerOnlyAnEarlierOneToo() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path elasticPath = HarRecorder.fileOf(dir, Vendor.ELASTIC_PATH);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.elasticPath("new file"));
        }
        Path vantage = HarRecorder.fileOf(dir, Vendor.VANTAGE);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("v"));
        }
        Files.setPosixFilePermissions(vantage, PosixFilePermissions.fromString("rw-r--r--"));

        HarRecorder.open(dir).close();

        // Each file is the temporary file it was written as, renamed: their permissions are the same.
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(elasticPath)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(vantage)),
                "an earlier run's file, rewritten at open");
    }

    @Test
    void eachVendorGetsItsOwnFileNamedAfterIt() {
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("v"));
            recorder.record(Exchanges.elasticPath("e"));
            recorder.record(Exchanges.elasticPath("e2"));
        }

        assertEquals(dir.resolve("vantage.har"), HarRecorder.fileOf(dir, Vendor.VANTAGE));
        assertEquals(dir.resolve("elasticpath.har"), HarRecorder.fileOf(dir, Vendor.ELASTIC_PATH));
        assertEquals(1, Exchanges.entries(dir.resolve("vantage.har")).size());
        JsonNode elasticPath = Exchanges.entries(dir.resolve("elasticpath.har"));
        assertEquals(2, elasticPath.size());
        elasticPath.forEach(
                entry -> assertTrue(entry.at("/request/url").asText().contains("/v2/accounts/"), entry.toString()));
    }

    @Test
    void aVendorWithNoExchangeGetsNoFile() {
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("v"));
        }

        assertFalse(Files.exists(dir.resolve("elasticpath.har")));
    }

    @Test
    void directoryIsCreated() {
        Path nested = dir.resolve("a/b/recordings");
        try (HarRecorder recorder = HarRecorder.open(nested)) {
            recorder.record(Exchanges.vantage("v"));
        }

        assertEquals(1, Exchanges.entries(nested.resolve("vantage.har")).size());
    }

    @Test
    void aFileInTheWayIsRefusedNamingTheDirectory() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("taken"), "x");

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> HarRecorder.open(notADirectory));

        assertTrue(refused.getMessage().contains(notADirectory.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("not a directory"), refused.getMessage());
    }

    @Test
    void anExistingFileThatIsNotHarIsRefusedAndLeftAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("vantage.har"), "{\"log\": {\"entries\": [");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> HarRecorder.open(dir));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertEquals("{\"log\": {\"entries\": [", Files.readString(file));
        // The refused start let go of the directory: a fixed one can be recorded into.
        Files.delete(file);
        HarRecorder.open(dir).close();
    }

    @Test
    void anEarlierFileWithSomethingAfterTheDocumentIsRefused() throws Exception {
        Path file = HarRecorder.fileOf(dir, Vendor.VANTAGE);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("v"));
        }
        String twice = Files.readString(file) + Files.readString(file);
        Files.writeString(file, twice);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> HarRecorder.open(dir));

        assertTrue(refused.getMessage().contains("something follows the HAR document"), refused.getMessage());
        assertEquals(twice, Files.readString(file));
    }

    @Test
    void aSecondRecordingIntoTheSameDirectoryIsRefusedUntilTheFirstCloses() {
        try (HarRecorder first = HarRecorder.open(dir)) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> HarRecorder.open(dir));
            assertTrue(refused.getMessage().contains("another recording into it is running"), refused.getMessage());
        }
        HarRecorder.open(dir).close();
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndNoneIsLeftBehind() throws Exception {
        Path leftover = Files.writeString(dir.resolve(".vantage.har.tmp"), "half");
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(Exchanges.vantage("v"));
        }

        try (var listing = Files.list(dir)) {
            assertEquals(
                    List.of(".recording.lock", "vantage.har"),
                    listing.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(leftover));
    }

    @Test
    void anExchangeThatCannotBeWrittenFailsNamingTheFileAndIsNotWrittenLater() throws Exception {
        Path file = HarRecorder.fileOf(dir, Vendor.VANTAGE);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            // Something in the way of the temporary file makes the write fail.
            Path inTheWay =
                    Files.createDirectories(RecordingFile.temporaryOf(file).resolve("blocked"));
            UncheckedIOException failed =
                    assertThrows(UncheckedIOException.class, () -> recorder.record(Exchanges.vantage("lost")));
            assertTrue(failed.getMessage().contains(file.toString()), failed.getMessage());
            assertFalse(Files.exists(file), "nothing was written");

            Files.delete(inTheWay);
            Files.delete(inTheWay.getParent());
            recorder.record(Exchanges.vantage("kept"));
        }

        JsonNode entries = Exchanges.entries(file);
        assertEquals(1, entries.size(), "the file holds what was reported recorded, no more");
        assertEquals(
                "{\"name\":\"kept\"}",
                entries.get(0).at("/request/postData/text").asText());
    }

    @Test
    void recordingAfterCloseIsRefused() {
        HarRecorder recorder = HarRecorder.open(dir);
        recorder.close();

        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> recorder.record(Exchanges.vantage("late")));
        assertTrue(refused.getMessage().contains("is closed"), refused.getMessage());
    }

    @Test
    void bodyThatIsNotUtf8IsKeptByteForByteInBase64() {
        byte[] latin1 = "{\"name\":\"Müller\"}".getBytes(StandardCharsets.ISO_8859_1);
        ProxiedExchange exchange = new ProxiedExchange(
                Vendor.VANTAGE,
                Exchanges.STARTED,
                5,
                "PUT",
                URI.create("https://api.vantage.sh/v2/managed_accounts/acct_1"),
                Map.of("Content-Type", List.of("application/json")),
                latin1,
                400,
                Map.of("Content-Type", List.of("application/octet-stream")),
                new byte[] {(byte) 0xff, 0, (byte) 0xfe});
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(exchange);
        }

        JsonNode entry = Exchanges.entries(dir.resolve("vantage.har")).get(0);
        JsonNode content = entry.at("/response/content");
        assertEquals("base64", content.path("encoding").asText());
        assertEquals(3, content.path("size").asInt());
        assertArrayEquals(
                new byte[] {(byte) 0xff, 0, (byte) 0xfe},
                Base64.getDecoder().decode(content.path("text").asText()));
        JsonNode postData = entry.at("/request/postData");
        assertEquals("base64", postData.path("_encoding").asText());
        assertArrayEquals(
                latin1, Base64.getDecoder().decode(postData.path("text").asText()));
    }
}
