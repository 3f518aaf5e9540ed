package io.accountcontracts.bench;

import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubExtension;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link SuiteStartBenchmark} measures as one number, step by step, in one plain JVM: start a stub as the
 * extension does, one validated Elastic Path PUT, close, for 12 stubs (or as many as asked). For each step it
 * prints the wall time and the CPU time of the whole process (every thread: the JIT compilers and the collector
 * too), which a machine shared with other work disturbs far less than the wall time.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.accountcontracts.bench.StubLifecycleLoop [stubs]</pre>
 */
public final class StubLifecycleLoop {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StubLifecycleLoop() {}

    public static void main(String[] args) throws Exception {
        int stubs = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<double[]> rows = new ArrayList<>();
        System.out.println("stub | start ms (cpu) | PUT ms (cpu) | close ms (cpu)");
        for (int i = 1; i <= stubs; i++) {
            Step start = new Step();
            VendorStub stub = VendorStub.start(new VendorStubExtension.Options(0, Set.of(Endpoint.TOKEN), null, true));
            start.end();
            Step put = new Step();
            int status = send(client, stub.baseUri());
            put.end();
            Step close = new Step();
            stub.close();
            close.end();
            if (status != 200) {
                throw new IllegalStateException("the PUT answered " + status);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%4d | %6.1f (%6.1f) | %6.1f (%6.1f) | %6.1f (%6.1f)%n",
                    i,
                    start.wallMs,
                    start.cpuMs,
                    put.wallMs,
                    put.cpuMs,
                    close.wallMs,
                    close.cpuMs);
            rows.add(new double[] {start.wallMs, start.cpuMs, put.wallMs, put.cpuMs, close.wallMs, close.cpuMs});
        }
        List<double[]> later = rows.subList(1, rows.size());
        System.out.printf(
                Locale.ROOT,
                "median of stubs 2..%d: start %.1f ms (cpu %.1f), PUT %.1f ms (cpu %.1f), close %.1f ms (cpu %.1f),"
                        + " all three %.1f ms (cpu %.1f)%n",
                stubs,
                median(later, 0),
                median(later, 1),
                median(later, 2),
                median(later, 3),
                median(later, 4),
                median(later, 5),
                medianSum(later, 0),
                medianSum(later, 1));
        // The process's CPU time is counted in ticks of 10 ms on Linux: summed over the stubs, that rounding evens out.
        System.out.printf(
                Locale.ROOT,
                "total of stubs 2..%d: wall %.0f ms, cpu %.0f ms%n",
                stubs,
                later.stream().mapToDouble(r -> r[0] + r[2] + r[4]).sum(),
                later.stream().mapToDouble(r -> r[1] + r[3] + r[5]).sum());
    }

    private static int send(HttpClient client, URI base) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(base.resolve(Endpoint.ELASTIC_PATH.path))
                                .header("Content-Type", Endpoint.CONTENT_TYPE)
                                .header("Authorization", "Bearer " + Endpoint.TOKEN)
                                .PUT(HttpRequest.BodyPublishers.ofString(Endpoint.ELASTIC_PATH.body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static double median(List<double[]> rows, int column) {
        return median(rows.stream().mapToDouble(r -> r[column]).sorted().toArray());
    }

    // Of each stub's start + PUT + close, as SuiteStartBenchmark times one shot.
    private static double medianSum(List<double[]> rows, int offset) {
        return median(rows.stream()
                .mapToDouble(r -> r[offset] + r[offset + 2] + r[offset + 4])
                .sorted()
                .toArray());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One step's wall time and the process's CPU time over it. */
    private static final class Step {
        private final long wallStart = System.nanoTime();
        private final long cpuStart = OS.getProcessCpuTime();
        double wallMs;
        double cpuMs;

        void end() {
            wallMs = (System.nanoTime() - wallStart) / 1e6;
            cpuMs = (OS.getProcessCpuTime() - cpuStart) / 1e6;
        }
    }
}
