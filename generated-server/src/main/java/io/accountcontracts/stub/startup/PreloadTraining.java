package io.accountcontracts.stub.startup;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@link ClassPreload}'s list at build time: runs, in a JVM of its own that logs every class it loads, what a
 * test class's stub does first (start as the JUnit extension starts it, one valid update to each vendor, its answer
 * checked, stop), and keeps the classes that came from the classpath or the JDK's modules, in load order. The
 * JDK's own shared classes load fast already and are left out.
 *
 * <p>{@code PreloadTraining OUTPUT} runs the training JVM and writes OUTPUT; {@code PreloadTraining --run} is the
 * training itself.
 */
public final class PreloadTraining {

    private static final String TOKEN = "preload-training";

    private PreloadTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--run")) {
            train();
            return;
        }
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PreloadTraining OUTPUT");
        }
        Path output = Path.of(args[0]);
        // The training's own stub must not preload an earlier build's list (which is on its classpath): the list
        // would then carry forward whatever that build loaded.
        Files.deleteIfExists(output);
        Path log = Files.createTempFile("class-load", ".log");
        try {
            Process training = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xlog:class+load=info:file=" + log + ":none",
                            "-cp",
                            System.getProperty("java.class.path"),
                            PreloadTraining.class.getName(),
                            "--run")
                    .inheritIO()
                    .start();
            if (training.waitFor() != 0) {
                throw new IllegalStateException("the training run failed: exit " + training.exitValue());
            }
            List<String> classes = classes(Files.readAllLines(log, StandardCharsets.UTF_8));
            Files.createDirectories(output.getParent());
            Files.write(output, classes, StandardCharsets.UTF_8);
            System.out.println("preload list: " + classes.size() + " classes in " + output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The names in load order, from lines such as {@code org.glassfish.jersey.server.ApplicationHandler source: jar:...}. */
    static List<String> classes(List<String> log) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : log) {
            int space = line.indexOf(" source: ");
            if (space < 0) {
                continue;
            }
            String name = line.substring(0, space);
            String source = line.substring(space + " source: ".length());
            // Shared classes load fast already, and hidden and lambda classes (defined, not found on a class path)
            // cannot be loaded by name; the training's own class is no stub's.
            boolean fromClasspath =
                    source.startsWith("file:") || source.startsWith("jar:") || source.startsWith("jrt:");
            if (fromClasspath && !name.startsWith(PreloadTraining.class.getName())) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static void train() throws IOException {
        StubConfig config = StubConfig.builder()
                .port(0)
                .tokens(Set.of(TOKEN))
                .strictResponses(true)
                .accessLog(false)
                .build();
        try (StubServer stub = StubServer.start(config)) {
            put(stub.baseUri(), "/v2/managed_accounts/acct_dd2fdf6564b60319", "{\"name\":\"Preload\"}");
            put(
                    stub.baseUri(),
                    "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23",
                    "{\"data\":{\"type\":\"account\",\"name\":\"Preload\"}}");
        }
    }

    // A raw socket, so that the list holds the server's classes and not those of an HTTP client.
    private static void put(URI base, String path, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                            + "\r\nAuthorization: Bearer " + TOKEN
                            + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                            + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!answer.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("the training update of " + path + " was answered: " + answer);
            }
        }
    }
}
