package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.proxy.TrafficRecorder;
import io.accountcontracts.stub.recording.HarRecorder;
import java.nio.file.Path;

/** Opens what {@code --record DIR} writes the proxied exchanges to: one HAR file per vendor. */
final class Recording {

    private Recording() {}

    /** @throws IllegalArgumentException naming the directory or file when it cannot be recorded into */
    static TrafficRecorder open(Path dir) {
        return HarRecorder.open(dir);
    }
}
