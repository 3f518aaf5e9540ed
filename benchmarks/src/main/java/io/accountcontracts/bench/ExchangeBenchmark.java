package io.accountcontracts.bench;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** One whole update round trip over loopback HTTP against an in-process stub, per valid request. */
@State(Scope.Benchmark)
// Single-threaded, throughput is just the inverse; ask for it with -bm thrpt -tu s when wanted.
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class ExchangeBenchmark {

    @Param({"VANTAGE", "ELASTIC_PATH"})
    public Endpoint endpoint;

    private StubServer stub;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        // Lenient responses, as the stub jar runs by default; no access log, as under --no-access-log,
        // because a line per request on stdout would be timed and flood JMH's output.
        stub = StubServer.start(
                StubConfig.builder().token(Endpoint.TOKEN).accessLog(false).build());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(stub.baseUri().resolve(endpoint.path))
                .header("Content-Type", Endpoint.CONTENT_TYPE)
                .header("Accept", Endpoint.CONTENT_TYPE)
                .header("Authorization", "Bearer " + Endpoint.TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(endpoint.body))
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (stub != null) {
            stub.close();
        }
    }

    @Benchmark
    public String exchange() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        // An error answer is usually quicker than a real update; it must fail the run, not flatter it.
        if (response.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
