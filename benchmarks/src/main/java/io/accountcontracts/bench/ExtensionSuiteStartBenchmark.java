package io.accountcontracts.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the JUnit extension costs the test classes of one suite, as surefire runs them: each fork is a
 * fresh JVM, and each single shot is one test class (start the stub, one validated update, stop). The
 * warm-up shot is the suite's first class, which also parses the specs (JMH prints it on its own line);
 * the ten measured shots are the 2nd to 11th classes, long before the JIT has settled.
 * {@link ExtensionStartBenchmark} gives the fully warmed steady state for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(8)
@Threads(1)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 10, batchSize = 1)
public class ExtensionSuiteStartBenchmark {

    // Made before the first shot, like the client a consumer's test already holds.
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Benchmark
    public int oneTestClass() throws IOException, InterruptedException {
        return ExtensionStartBenchmark.startServeOneAndStop(client);
    }
}
