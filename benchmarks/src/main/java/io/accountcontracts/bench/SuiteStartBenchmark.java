package io.accountcontracts.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One test class as a suite pays it, for this kit and for WireMock in the same JVM: start a server, get one
 * answered Elastic Path PUT over {@code java.net.http}, stop. Each fork is a fresh JVM with no extra flags (what
 * surefire gives a consumer); its warm-up shot is the suite's first class, its ten measured shots the 2nd to
 * 11th. {@link SuiteStartRatios} runs both targets alternately and prints the ratios.
 *
 * <p>The kit's stub validates the request and its answer (the extension's options); WireMock answers one
 * {@code stubFor} PUT mapping and validates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 10, batchSize = 1)
public class SuiteStartBenchmark {

    /** What starts a server, serves the one PUT and stops it. Public for JMH's generated code. */
    public enum Target {
        KIT,
        WIREMOCK
    }

    @Param({"KIT", "WIREMOCK"})
    public Target target;

    // Made before the first shot, like the client a consumer's test already holds.
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Benchmark
    public int oneTestClass() throws IOException, InterruptedException {
        // The kit's class is ExtensionStartBenchmark's: the stub started with the extension's options.
        return target == Target.KIT ? ExtensionStartBenchmark.startServeOneAndStop(client) : wireMock(client);
    }

    private static int wireMock(HttpClient client) throws IOException, InterruptedException {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            server.stubFor(put(urlEqualTo(Endpoint.ELASTIC_PATH.path))
                    .willReturn(okJson("{\"data\":{\"type\":\"account\",\"name\":\"Bench\"}}")));
            return ExtensionStartBenchmark.update(client, URI.create(server.baseUrl()));
        } finally {
            server.stop();
        }
    }
}
