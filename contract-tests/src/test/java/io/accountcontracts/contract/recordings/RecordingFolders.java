package io.accountcontracts.contract.recordings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where the recordings check looks: {@code contract-tests/recordings/}, or the folders a team names
 * with {@code -Dcontract.recordings=DIR[,DIR...]} (for example the proxy's {@code --record} folder).
 * Relative folders are taken from the directory the tests run in, which Maven makes the
 * contract-tests module.
 */
final class RecordingFolders {

    static final String PROPERTY = "contract.recordings";

    private RecordingFolders() {}

    static List<Path> configured() {
        // Surefire sets basedir to the module; an IDE that runs from elsewhere may set it too.
        Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        return parse(System.getProperty(PROPERTY), base);
    }

    static List<Path> parse(String property, Path base) {
        if (property == null || property.isBlank()) {
            return List.of(base.resolve("recordings").normalize());
        }
        return Arrays.stream(property.split(","))
                .map(String::strip)
                .filter(folder -> !folder.isEmpty())
                .map(folder -> base.resolve(folder).normalize())
                .toList();
    }
}
