package io.accountcontracts.bench;

import io.accountcontracts.bench.SuiteStartBenchmark.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SuiteStartBenchmark} for the kit and for WireMock in alternating fresh JVMs (the order swapped each
 * round, so a drifting machine favours neither) and prints what a suite pays for its first test class and for
 * each later one, with the kit's ratio to WireMock.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.accountcontracts.bench.SuiteStartRatios [rounds]</pre>
 */
public final class SuiteStartRatios {

    private SuiteStartRatios() {}

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<Target, List<Double>> first = new EnumMap<>(Target.class);
        Map<Target, List<Double>> later = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            first.put(target, new ArrayList<>());
            later.put(target, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            List<Target> order =
                    round % 2 == 0 ? List.of(Target.KIT, Target.WIREMOCK) : List.of(Target.WIREMOCK, Target.KIT);
            for (Target target : order) {
                List<Double> firstShots = first.get(target);
                OutputFormat quiet = new FirstShot(firstShots);
                for (RunResult result : new Runner(
                                new OptionsBuilder()
                                        .include(SuiteStartBenchmark.class.getName() + ".oneTestClass$")
                                        .param("target", target.name())
                                        .forks(1)
                                        .build(),
                                quiet)
                        .run()) {
                    result.getBenchmarkResults()
                            .forEach(b -> b.getIterationResults()
                                    .forEach(i -> later.get(target)
                                            .add(i.getPrimaryResult().getScore())));
                }
                System.out.printf(
                        Locale.ROOT,
                        "round %d %-8s first %6.0f ms%n",
                        round + 1,
                        target,
                        firstShots.get(firstShots.size() - 1));
            }
        }
        System.out.println();
        System.out.println("| | this kit | WireMock | ratio |");
        System.out.println("|---|---|---|---|");
        row("first stub in a fresh JVM, to its first answered PUT (median of " + rounds + ")", first);
        row("each later stub, 2nd to 11th in the JVM (median of " + 10 * rounds + ")", later);
    }

    private static void row(String title, Map<Target, List<Double>> shots) {
        double kit = median(shots.get(Target.KIT));
        double wireMock = median(shots.get(Target.WIREMOCK));
        System.out.printf(
                Locale.ROOT,
                "| %s | %.0f ms (%.0f–%.0f) | %.0f ms (%.0f–%.0f) | %.2f× |%n",
                title,
                kit,
                min(shots.get(Target.KIT)),
                max(shots.get(Target.KIT)),
                wireMock,
                min(shots.get(Target.WIREMOCK)),
                max(shots.get(Target.WIREMOCK)),
                kit / wireMock);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /**
     * Prints nothing, and keeps each fork's first shot: JMH's results hold only the measured ones, and this
     * first (warm-up) shot is the suite's first class.
     */
    private record FirstShot(List<Double> firstShots) implements OutputFormat {
        @Override
        public void iterationResult(
                BenchmarkParams benchmark, IterationParams params, int iteration, IterationResult data) {
            if (params.getType() == IterationType.WARMUP && iteration == 1) {
                firstShots.add(data.getPrimaryResult().getScore());
            }
        }

        @Override
        public void iteration(BenchmarkParams benchmark, IterationParams params, int iteration) {}

        @Override
        public void startBenchmark(BenchmarkParams benchmark) {}

        @Override
        public void endBenchmark(BenchmarkResult result) {}

        @Override
        public void startRun() {}

        @Override
        public void endRun(Collection<RunResult> results) {}

        @Override
        public void print(String text) {}

        @Override
        public void println(String text) {}

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public void verbosePrintln(String text) {}

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b) {}
    }
}
