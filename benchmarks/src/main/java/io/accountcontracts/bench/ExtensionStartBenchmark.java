package io.accountcontracts.bench;

import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
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
 * What the JUnit extension costs a test class in a warm JVM (surefire runs every class in one): start
 * the stub as {@code @VendorStubTest} does, and stop it. The first class in a JVM also pays for parsing
 * the specs, which every later stub shares; the warm-up iterations pay that here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class ExtensionStartBenchmark {

    private static final VendorStubExtension.Options DEFAULTS =
            new VendorStubExtension.Options(0, Set.of(Endpoint.TOKEN), null, true);

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Start and stop: the extension's whole per-class overhead. */
    @Benchmark
    public void startAndStop() {
        VendorStub.start(DEFAULTS).close();
    }

    /** Start, serve one validated update, stop: up to the point a class's first test has its answer. */
    @Benchmark
    public int startServeOneAndStop() throws IOException, InterruptedException {
        return startServeOneAndStop(client);
    }

    /** One test class as the extension runs it: a stub started, one validated update answered, the stub stopped. */
    static int startServeOneAndStop(HttpClient client) throws IOException, InterruptedException {
        try (VendorStub stub = VendorStub.start(DEFAULTS)) {
            return update(client, stub.baseUri());
        }
    }

    /** The bench's Elastic Path update, sent to a server at {@code base}; anything but a 200 fails the run. */
    static int update(HttpClient client, URI base) throws IOException, InterruptedException {
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(base.resolve(Endpoint.ELASTIC_PATH.path))
                        .header("Content-Type", Endpoint.CONTENT_TYPE)
                        .header("Authorization", "Bearer " + Endpoint.TOKEN)
                        .PUT(HttpRequest.BodyPublishers.ofString(Endpoint.ELASTIC_PATH.body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the update answered " + response.statusCode());
        }
        return response.statusCode();
    }
}
