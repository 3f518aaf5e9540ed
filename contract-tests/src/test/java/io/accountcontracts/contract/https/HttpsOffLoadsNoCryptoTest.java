package io.accountcontracts.contract.https;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stub without HTTPS costs nothing for it: in a JVM of its own (this one has loaded everything by now), starting
 * and serving one request loads no BouncyCastle class and none of {@code stub.tls}. The same run with HTTPS on
 * does, which shows the check can see them.
 */
@Timeout(120)
class HttpsOffLoadsNoCryptoTest {

    @Test
    void withoutHttpsNoBouncyCastleClassIsLoaded(@TempDir Path dir) throws Exception {
        List<String> loaded = classesLoadedByAStub(dir, false);

        assertEquals(
                List.of(),
                loaded.stream().filter(c -> c.startsWith("org.bouncycastle.")).toList());
        assertEquals(
                List.of(),
                loaded.stream()
                        .filter(c -> c.startsWith("io.accountcontracts.stub.tls."))
                        .toList());
    }

    @Test
    void withHttpsTheyAre(@TempDir Path dir) throws Exception {
        List<String> loaded = classesLoadedByAStub(dir, true);

        assertTrue(loaded.contains("io.accountcontracts.stub.tls.RunCertificate"), loaded.size() + " classes");
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.bouncycastle.")), loaded.size() + " classes");
    }

    private static List<String> classesLoadedByAStub(Path dir, boolean https) throws Exception {
        Path log = dir.resolve("classes.log");
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+load=info:file=" + log,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartOneStub.class.getName(),
                        String.valueOf(https))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertTrue(process.waitFor(100, TimeUnit.SECONDS), "the stub's JVM did not finish");
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), said);
        assertTrue(said.contains("served 200"), said);
        // Lines such as "[0.123s][info][class,load] org.bouncycastle.x.Y source: file:/..."
        return Files.readAllLines(log).stream()
                .map(line -> line.replaceAll("^.*\\[class,load\\]\\s+(\\S+).*$", "$1"))
                .toList();
    }

    /** The child JVM's whole life: start a stub, serve one request, stop. */
    static final class StartOneStub {
        public static void main(String[] args) throws Exception {
            StubConfig config = StubConfig.forTests("t").toBuilder()
                    .accessLog(false)
                    .https(Boolean.parseBoolean(args[0]))
                    .build();
            try (StubServer stub = StubServer.start(config)) {
                var answer = java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                stub.baseUri().resolve("/__admin/health"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
                System.out.println("served " + answer.statusCode());
            }
        }
    }
}
