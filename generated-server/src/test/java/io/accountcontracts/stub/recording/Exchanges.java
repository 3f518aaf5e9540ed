package io.accountcontracts.stub.recording;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sstoehr.harreader.HarReader;
import de.sstoehr.harreader.HarReaderMode;
import de.sstoehr.harreader.jackson.DefaultMapperFactory;
import de.sstoehr.harreader.model.Har;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exchanges to record, and the recorded files read back, for the recorder's tests. */
final class Exchanges {

    static final Instant STARTED = Instant.parse("2024-05-06T07:08:09.123Z");
    // A second document after the first, as a botched append would leave, makes the file invalid.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final HarReader STRICT_HAR = new HarReader(new DefaultMapperFactory() {
        @Override
        public ObjectMapper instance(HarReaderMode mode) {
            return super.instance(mode).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        }
    });

    private Exchanges() {}

    static ProxiedExchange vantage(String name) {
        return exchange(
                Vendor.VANTAGE,
                URI.create("https://api.vantage.sh/v2/managed_accounts/acct_1"),
                Map.of("Authorization", List.of("Bearer vantage-token"), "Content-Type", List.of("application/json")),
                "{\"name\":\"" + name + "\"}",
                200,
                "{\"token\":\"acct_1\",\"name\":\"" + name + "\"}");
    }

    static ProxiedExchange elasticPath(String name) {
        return exchange(
                Vendor.ELASTIC_PATH,
                URI.create("https://useast.api.elasticpath.com/v2/accounts/a-1"),
                Map.of("Authorization", List.of("Bearer ep-token"), "Content-Type", List.of("application/json")),
                "{\"data\":{\"type\":\"account\",\"name\":\"" + name + "\"}}",
                200,
                "{\"data\":{\"id\":\"a-1\",\"name\":\"" + name + "\"}}");
    }

    static ProxiedExchange exchange(
            Vendor vendor,
            URI uri,
            Map<String, List<String>> requestHeaders,
            String requestBody,
            int status,
            String responseBody) {
        return new ProxiedExchange(
                vendor,
                STARTED,
                42,
                "PUT",
                uri,
                new LinkedHashMap<>(requestHeaders),
                requestBody.getBytes(StandardCharsets.UTF_8),
                status,
                new LinkedHashMap<>(Map.of("Content-Type", List.of("application/json"))),
                responseBody.getBytes(StandardCharsets.UTF_8));
    }

    /** The file as JSON, failing the test when it is not. */
    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not complete JSON", e);
        }
    }

    /** The file read by the HAR library, strictly, nothing after the document: what "a valid HAR file" means here. */
    static Har har(Path file) {
        try {
            return STRICT_HAR.readFromFile(file.toFile(), HarReaderMode.STRICT);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not a valid HAR file", e);
        }
    }

    static JsonNode entries(Path file) {
        JsonNode log = json(file).path("log");
        if (!"1.2".equals(log.path("version").asText())) {
            throw new AssertionError(file + " is not HAR 1.2: " + log.path("version"));
        }
        har(file);
        return log.path("entries");
    }
}
