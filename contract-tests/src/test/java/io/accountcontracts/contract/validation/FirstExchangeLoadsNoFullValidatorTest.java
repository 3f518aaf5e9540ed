package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.validation.SpecValidators;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full validator (swagger-parser, swagger-request-validator and its JSON Schema engine, some 1,300 classes
 * with Guava, Joda-Time and more) loads only when a request or answer needs it: in a JVM of its own (this one
 * has loaded everything by now), the checks a stub makes at its start and on its first valid request and
 * answer load no class of theirs. A refused record does, which shows the check can see them.
 */
@Timeout(120)
class FirstExchangeLoadsNoFullValidatorTest {

    private static final List<String> FULL_VALIDATOR = List.of("io.swagger.", "com.atlassian.oai.", "com.github.fge.");

    @Test
    void theScreensTakeTheStartAndAValidExchangeAlone(@TempDir Path dir) throws Exception {
        List<String> loaded = classesLoaded(dir, ScreenedExchange.class, "valid");

        assertEquals(List.of(), ofTheFullValidator(loaded));
        assertTrue(loaded.contains("io.accountcontracts.stub.schema.SchemaCompiler"), loaded.size() + " classes");
    }

    @Test
    void aRefusedRecordLoadsTheFullValidator(@TempDir Path dir) throws Exception {
        List<String> loaded = classesLoaded(dir, ScreenedExchange.class, "invalid");

        assertTrue(
                loaded.contains("com.atlassian.oai.validator.OpenApiInteractionValidator"), loaded.size() + " classes");
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("com.github.fge.")), loaded.size() + " classes");
    }

    /**
     * The same for a whole stub: start (fixtures checked), one valid PUT, its answer checked strictly. The
     * documented responses are read from the spec only when first asked for.
     */
    @Test
    void aStubsFirstValidExchangeLoadsNone(@TempDir Path dir) throws Exception {
        List<String> loaded = classesLoaded(dir, StubExchange.class, "valid");

        assertEquals(List.of(), ofTheFullValidator(loaded));
    }

    private static List<String> ofTheFullValidator(List<String> loaded) {
        return loaded.stream()
                .filter(c -> FULL_VALIDATOR.stream().anyMatch(c::startsWith))
                .toList();
    }

    private static List<String> classesLoaded(Path dir, Class<?> main, String mode) throws Exception {
        Path log = dir.resolve("classes.log");
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xlog:class+load=info:file=" + log,
                        "-cp",
                        System.getProperty("java.class.path"),
                        main.getName(),
                        mode)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertTrue(process.waitFor(100, TimeUnit.SECONDS), "the child JVM did not finish");
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), said);
        assertTrue(said.contains("done " + mode), said);
        // Lines such as "[0.123s][info][class,load] com.example.Y source: file:/..."
        return Files.readAllLines(log).stream()
                .map(line -> line.replaceAll("^.*\\[class,load\\]\\s+(\\S+).*$", "$1"))
                .toList();
    }

    /**
     * The child JVM's whole life: what a stub's validation does at its start (the screens, the seed fixtures'
     * check) and for one valid request and its answer; with "invalid", a fixture record the screen refuses too.
     */
    static final class ScreenedExchange {
        public static void main(String[] args) throws Exception {
            ObjectMapper mapper = JsonMapper.create();
            SpecValidators validators = new SpecValidators();
            validators.awaitLoaded();
            Fixtures seed = Fixtures.seed(mapper);
            for (ObjectNode record : seed.managedAccounts()) {
                require(validators.checkManagedAccount(record.toString()).isEmpty(), record);
            }
            for (ObjectNode record : seed.accounts()) {
                require(validators.checkAccount(record.toString()).isEmpty(), record);
            }
            require(
                    validators.conformsQuickly(
                            Vendor.ELASTIC_PATH,
                            "updateAccount",
                            "PUT",
                            "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23",
                            null,
                            "application/json",
                            null,
                            mapper.readTree("{\"data\":{\"type\":\"account\",\"name\":\"Bench\"}}")),
                    "the request");
            ObjectNode answer =
                    mapper.createObjectNode().set("data", seed.accounts().get(0));
            require(
                    validators.answerConformsQuickly(
                            Vendor.ELASTIC_PATH,
                            "updateAccount",
                            200,
                            Map.of("Content-Type", List.of("application/json")),
                            answer),
                    answer);
            // A programmed answer, checked as it is chosen.
            require(
                    validators
                            .checkAnswer(
                                    "updateManagedAccount",
                                    429,
                                    "{\"errors\":[\"Too many requests\"]}",
                                    Map.of("x-rate-limit-remaining", "0"))
                            .isEmpty(),
                    "the chosen answer");
            if (args[0].equals("invalid")) {
                require(!validators.checkAccount("{\"id\":1}").isEmpty(), "the refused record");
            }
            System.out.println("done " + args[0]);
        }

        private static void require(boolean held, Object what) {
            if (!held) {
                throw new IllegalStateException("not as expected: " + what);
            }
        }
    }

    /** The child JVM's whole life: start a stub with strict responses, serve one valid PUT, stop. */
    static final class StubExchange {
        public static void main(String[] args) throws Exception {
            StubConfig config =
                    StubConfig.forTests("t").toBuilder().accessLog(false).build();
            try (StubServer stub = StubServer.start(config)) {
                HttpResponse<String> answer = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(stub.baseUri()
                                                .resolve("/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23"))
                                        .header("Authorization", "Bearer t")
                                        .header("Content-Type", "application/json")
                                        .PUT(HttpRequest.BodyPublishers.ofString(
                                                "{\"data\":{\"type\":\"account\",\"name\":\"Bench\"}}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                }
            }
            System.out.println("done " + args[0]);
        }
    }
}
