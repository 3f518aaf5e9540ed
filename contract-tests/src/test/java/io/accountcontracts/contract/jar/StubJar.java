package io.accountcontracts.contract.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged stub jar as a user starts it: a JVM of its own with the flags given, its output (log lines,
 * the SIGTERM summary) kept in a file. The reactor packages the jar before these tests run.
 */
final class StubJar implements AutoCloseable {

    private static final Path JAR = Path.of("..", "generated-server", "target", "stub-server.jar");
    private static final Pattern LISTENING = Pattern.compile("(?m)^Listening on (http\\S+)$");

    private final Process process;
    private final Path output;
    private final URI baseUri;

    private StubJar(Process process, Path output, URI baseUri) {
        this.process = process;
        this.output = output;
        this.baseUri = baseUri;
    }

    /** Starts the jar on a free port and waits until it says where it listens. */
    static StubJar start(List<String> jvmFlags, List<String> args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: package generated-server first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", JAR.toString(), "--port", "0"));
        command.addAll(args);
        Path output = Files.createTempFile("stub-jar", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(Files.readString(output, StandardCharsets.UTF_8));
            if (listening.find()) {
                return new StubJar(process, output, URI.create(listening.group(1)));
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the jar did not start:\n" + Files.readString(output));
    }

    URI baseUri() {
        return baseUri;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process wrote so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops it as an orchestrator would (SIGTERM) and returns all it wrote, the shutdown summary included. */
    String stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not stop within 20 s of SIGTERM:\n" + output());
        }
        return output();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(output);
    }
}
