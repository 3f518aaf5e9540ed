package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every exchange in {@code contract-tests/recordings/*.har} is validated offline against the spec
 * its path belongs to: the documented exchanges shipped there, and whatever captures users add.
 * {@code -Dcontract.recordings=DIR[,DIR...]} checks other folders instead (see {@link RecordingFolders}).
 */
class RecordedTrafficTest {

    @TestFactory
    Stream<DynamicTest> everyRecordedExchangeConformsToTheSpecOfItsPath() {
        List<Path> folders = RecordingFolders.configured();
        assertFalse(folders.isEmpty(), "-D" + RecordingFolders.PROPERTY + " names no folder");
        return folders.stream().flatMap(folder -> harFiles(folder).stream()).flatMap(RecordedTrafficTest::testsOf);
    }

    /** The folder's HAR files; a folder that is missing or holds none fails, so a mistyped path never checks nothing. */
    static List<Path> harFiles(Path folder) {
        assertTrue(
                Files.isDirectory(folder),
                folder + " is not a folder; for the shipped recordings run the tests"
                        + " from the contract-tests module, for your own pass -D" + RecordingFolders.PROPERTY
                        + "=/path/to/folder");
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".har"))
                    .sorted()
                    .toList();
            assertFalse(files.isEmpty(), "no *.har file in " + folder + ", so nothing would be checked");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * One test per entry. A file that cannot be read becomes one failing test named after it, not a crash of
     * the whole factory; so does a file in which nothing would be checked (no entries, or only entries no spec
     * describes), so a wrong export or a wrong folder never passes as a checked recording.
     */
    static Stream<DynamicTest> testsOf(Path file) {
        List<HarEntry> entries;
        try {
            entries = HarFile.read(file);
        } catch (RuntimeException e) {
            return Stream.of(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                throw e;
            }));
        }
        Stream<DynamicTest> tests = entries.stream().map(EntryCheck::test);
        if (entries.isEmpty()) {
            return Stream.of(nothingChecked(file, file + " has no entries, so nothing in it is checked"));
        }
        List<String> reasons = entries.stream()
                .map(EntryCheck::skipped)
                .flatMap(Optional::stream)
                .map(EntryResult.Skipped::reason)
                .toList();
        if (reasons.size() == entries.size()) {
            return Stream.concat(
                    tests,
                    Stream.of(nothingChecked(
                            file,
                            file + ": none of its " + entries.size()
                                    + " entries is an answered exchange either spec describes, so nothing in it is"
                                    + " checked; the first: " + reasons.get(0))));
        }
        return tests;
    }

    private static DynamicTest nothingChecked(Path file, String message) {
        return DynamicTest.dynamicTest(file.getFileName() + ": something is checked", () -> fail(message));
    }
}
