package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.proxy.TrafficRecorder;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens what {@code --record DIR} writes the proxied exchanges to.
 *
 * <p><b>MERGE POINT (issue 13):</b> the HAR recorder ({@code io.accountcontracts.stub.recording.HarRecorder},
 * built on the {@code recorder} branch) is not on this branch. When the two meet, the body of {@link #open}
 * becomes the one line {@code return io.accountcontracts.stub.recording.HarRecorder.open(dir);} and the
 * warning and the logger go. Until then {@code --record} is accepted and records nothing, with a warning.
 */
final class Recording {

    private static final Logger LOG = LoggerFactory.getLogger(Recording.class);

    private Recording() {
    }

    static TrafficRecorder open(Path dir) throws IOException {
        // MERGE: replace from here to the end of the method with:
        //   return io.accountcontracts.stub.recording.HarRecorder.open(dir);
        LOG.warn("--record {}: this build has no traffic recorder yet; nothing is recorded", dir);
        return TrafficRecorder.NONE;
    }
}
