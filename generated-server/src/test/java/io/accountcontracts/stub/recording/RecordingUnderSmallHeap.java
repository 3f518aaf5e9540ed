package io.accountcontracts.stub.recording;

import io.accountcontracts.stub.errors.Vendor;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run in a JVM of its own with a small heap by {@link LongSessionTest}: records {@code count} exchanges
 * whose answers are {@code bytes} long, then exits 0. A recorder whose memory grows with the session
 * runs out of heap and exits non-zero.
 */
public final class RecordingUnderSmallHeap {

    private RecordingUnderSmallHeap() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String answer = "{\"name\":\"" + "a".repeat(Integer.parseInt(args[2])) + "\"}";
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            for (int i = 0; i < count; i++) {
                recorder.record(Exchanges.exchange(
                        Vendor.VANTAGE,
                        URI.create("https://api.vantage.sh/v2/managed_accounts/acct_" + i),
                        Map.of("Content-Type", List.of("application/json")),
                        "{\"name\":\"n" + i + "\"}",
                        200,
                        answer));
            }
        }
        System.out.println("recorded " + count);
    }
}
