package io.accountcontracts.contract.recordings;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** HAR files kept under src/test/resources: captures that are not the user's. */
final class Resources {

    private Resources() {
    }

    static List<HarEntry> har(String resource) {
        try {
            return HarFile.read(Path.of(Resources.class.getResource(resource).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
