package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A recording in which nothing would be validated fails, so it cannot pass as a checked one. */
class NothingCheckedFailsTest {

    private static final String ELSEWHERE_ENTRY = """
            {"startedDateTime": "2024-01-02T03:04:05Z", "time": 1,
             "request": {"method": "GET", "url": "https://example.com/elsewhere", "httpVersion": "HTTP/1.1",
               "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
             "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
               "content": {"size": 0, "mimeType": ""}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
             "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}}""";

    @TempDir
    Path dir;

    @Test
    void aHarWithNoEntriesFailsSayingSo() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.har"), """
                {"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": []}}""");

        List<DynamicTest> tests = RecordedTrafficTest.testsOf(file).toList();

        assertEquals(1, tests.size());
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class, () -> tests.get(0).getExecutable().execute());
        assertTrue(failure.getMessage().contains(file + " has no entries"), failure.getMessage());
    }

    @Test
    void aHarWhoseEntriesNoSpecDescribesFailsSayingSo() throws Exception {
        Path file = Files.writeString(dir.resolve("elsewhere.har"), """
                {"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": [%s, %s]}}""".formatted(ELSEWHERE_ENTRY, ELSEWHERE_ENTRY));

        List<DynamicTest> tests = RecordedTrafficTest.testsOf(file).toList();

        assertEquals(3, tests.size(), "each entry, skipped, and the file's own test");
        for (DynamicTest entry : tests.subList(0, 2)) {
            assertThrows(TestAbortedException.class, () -> entry.getExecutable().execute());
        }
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class, () -> tests.get(2).getExecutable().execute());
        assertTrue(failure.getMessage().contains("none of its 2 entries"), failure.getMessage());
        assertTrue(failure.getMessage().contains("/elsewhere"), failure.getMessage());
    }
}
