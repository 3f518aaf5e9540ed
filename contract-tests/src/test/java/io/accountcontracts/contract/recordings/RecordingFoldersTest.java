package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** Which folders the recordings check reads: the shipped one unless a team names its own. */
class RecordingFoldersTest {

    private static final Path MODULE = Path.of("/work/project/contract-tests");

    @TempDir
    Path dir;

    @Test
    void withoutThePropertyTheShippedFolderIsChecked() {
        assertEquals(List.of(MODULE.resolve("recordings")), RecordingFolders.parse(null, MODULE));
        assertEquals(List.of(MODULE.resolve("recordings")), RecordingFolders.parse(" ", MODULE));
    }

    @Test
    void thePropertyNamesFoldersSeparatedByCommasRelativeToTheModule() {
        assertEquals(
                List.of(
                        Path.of("/srv/team/recordings"),
                        MODULE.resolve("recordings"),
                        Path.of("/work/project/captures")),
                RecordingFolders.parse("/srv/team/recordings, recordings,,../captures", MODULE));
    }

    @Test
    void aFolderThatIsMissingOrHoldsNoHarFailsNamingIt() throws Exception {
        Path missing = dir.resolve("missing");
        AssertionFailedError none =
                assertThrows(AssertionFailedError.class, () -> RecordedTrafficTest.harFiles(missing));
        assertTrue(none.getMessage().contains(missing + " is not a folder"), none.getMessage());

        Files.writeString(dir.resolve("notes.txt"), "not a recording");
        AssertionFailedError empty = assertThrows(AssertionFailedError.class, () -> RecordedTrafficTest.harFiles(dir));
        assertTrue(empty.getMessage().contains("no *.har file in " + dir), empty.getMessage());
    }
}
