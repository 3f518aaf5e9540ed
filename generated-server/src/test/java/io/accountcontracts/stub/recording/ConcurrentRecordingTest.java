package io.accountcontracts.stub.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxy records from several worker threads at once: every entry must land, in a valid file. */
class ConcurrentRecordingTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    @TempDir
    Path dir;

    @Test
    void everyEntryFromEveryThreadIsKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < PER_THREAD; i++) {
                        String name = thread + "-" + i;
                        recorder.record(i % 2 == 0 ? Exchanges.vantage(name) : Exchanges.elasticPath(name));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Set<String> recorded = new HashSet<>();
        recorded.addAll(bodies(dir.resolve("vantage.har")));
        recorded.addAll(bodies(dir.resolve("elasticpath.har")));
        assertEquals(THREADS * PER_THREAD, recorded.size(), "every exchange recorded exactly once");
        assertEquals(
                THREADS * ((PER_THREAD + 1) / 2),
                Exchanges.entries(dir.resolve("vantage.har")).size());
        assertEquals(
                THREADS * (PER_THREAD / 2),
                Exchanges.entries(dir.resolve("elasticpath.har")).size());
    }

    private static List<String> bodies(Path file) {
        List<String> bodies = new ArrayList<>();
        for (JsonNode entry : Exchanges.entries(file)) {
            bodies.add(entry.at("/request/postData/text").asText());
        }
        return bodies;
    }
}
