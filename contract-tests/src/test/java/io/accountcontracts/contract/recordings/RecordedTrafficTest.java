package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every exchange in {@code contract-tests/recordings/*.har} is validated offline against the spec
 * its path belongs to: the documented exchanges shipped there, and whatever captures users add.
 */
class RecordedTrafficTest {

    // Surefire sets basedir to the module; an IDE that runs from elsewhere may set it too.
    static final Path RECORDINGS = Path.of(System.getProperty("basedir", "")).resolve("recordings").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> everyRecordedExchangeConformsToTheSpecOfItsPath() throws IOException {
        assertTrue(Files.isDirectory(RECORDINGS), RECORDINGS + " is missing; run the tests from the contract-tests module");
        List<Path> files;
        try (Stream<Path> listing = Files.list(RECORDINGS)) {
            files = listing.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".har"))
                    .sorted()
                    .toList();
        }
        assertFalse(files.isEmpty(), "no *.har file in " + RECORDINGS + ", so nothing would be checked");
        return files.stream().flatMap(RecordedTrafficTest::testsOf);
    }

    /** A file that cannot be read becomes one failing test named after it, not a crash of the whole factory. */
    static Stream<DynamicTest> testsOf(Path file) {
        List<HarEntry> entries;
        try {
            entries = HarFile.read(file);
        } catch (RuntimeException e) {
            return Stream.of(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                throw e;
            }));
        }
        return entries.stream().map(EntryCheck::test);
    }
}
