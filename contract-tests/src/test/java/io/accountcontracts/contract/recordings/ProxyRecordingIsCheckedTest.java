package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.contract.support.Resources;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import io.accountcontracts.stub.recording.HarRecorder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * What the stub's proxy records ({@code --record DIR}) passes the offline recordings check as it is
 * written, so a team can drop the folder into {@code contract-tests/recordings/} or point the check at
 * it. The exchanges are real ones with the in-process stub, standing in for the vendor: the seed
 * requests and the stub's answers, accepted and refused, recorded as the proxy hands them over.
 */
class ProxyRecordingIsCheckedTest {

    private static final String TOKEN = "recording-check-secret-token";
    private static final String VANTAGE_ACCOUNT = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String ELASTIC_PATH_ACCOUNT = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StubServer stub;
    private static OverTheWire wire;

    @TempDir
    Path dir;

    @BeforeAll
    static void startStub() {
        stub = StubServer.start(StubConfig.forTests(TOKEN));
        wire = new OverTheWire(stub.baseUri());
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void everyRecordedEntryOfBothVendorsPassesTheCheckUnchanged() throws Throwable {
        recordBothVendors();

        for (Path file : RecordedTrafficTest.harFiles(dir)) {
            List<DynamicTest> tests = RecordedTrafficTest.testsOf(file).toList();
            assertEquals(3, tests.size(), file + ": " + names(tests));
            for (DynamicTest test : tests) {
                // Not skipped, not failed: each one was validated against its vendor's spec.
                assertDoesNotThrow(() -> test.getExecutable().execute(), test.getDisplayName());
            }
            for (HarEntry entry : HarFile.read(file)) {
                assertInstanceOf(EntryResult.Conforms.class, EntryCheck.check(entry), entry.name());
            }
        }
        assertEquals(
                List.of(dir.resolve("elasticpath.har"), dir.resolve("vantage.har")), RecordedTrafficTest.harFiles(dir));
    }

    @Test
    void recordingHoldsTheBearerSchemeButNotTheToken() throws Exception {
        recordBothVendors();

        for (Path file : RecordedTrafficTest.harFiles(dir)) {
            String raw = Files.readString(file);
            assertFalse(raw.contains(TOKEN), file + " holds the token");
            for (HarEntry entry : HarFile.read(file)) {
                assertEquals(List.of("Bearer REDACTED"), entry.requestHeaders().get("Authorization"), entry.name());
            }
        }
    }

    @Test
    void aRecordingTamperedWithFailsTheCheckNamingTheField() throws Exception {
        recordBothVendors();
        Path file = dir.resolve("vantage.har");
        // The accepted update's answer with "name" turned from a string into a number: the drift the check is for.
        ObjectNode har = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode content = (ObjectNode) har.at("/log/entries/0/response/content");
        ObjectNode body = (ObjectNode) JSON.readTree(content.get("text").asText());
        body.put("name", 42);
        content.put("text", JSON.writeValueAsString(body));
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), har);

        HarEntry tampered = HarFile.read(file).get(0);
        EntryResult.Violates verdict =
                assertInstanceOf(EntryResult.Violates.class, EntryCheck.check(tampered), tampered.name());
        assertTrue(
                verdict.problems().stream()
                        .anyMatch(p ->
                                p.startsWith("response validation.response.body.schema.type") && p.contains("/name")),
                verdict.problems().toString());
        DynamicTest test = RecordedTrafficTest.testsOf(file).findFirst().orElseThrow();
        assertThrows(AssertionFailedError.class, () -> test.getExecutable().execute());
    }

    @Test
    void aBodyThatIsNotUtf8IsReadBackFromItsBase64() {
        byte[] latin1 = "{\"name\":\"M\u00fcller\"}".getBytes(StandardCharsets.ISO_8859_1);
        ProxiedExchange exchange = new ProxiedExchange(
                Vendor.VANTAGE,
                Instant.now(),
                1,
                "PUT",
                URI.create(stub.baseUri() + VANTAGE_ACCOUNT),
                Map.of("Content-Type", List.of("application/json")),
                latin1,
                400,
                Map.of("Content-Type", List.of("application/json")),
                latin1);
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            recorder.record(exchange);
        }

        HarEntry entry = HarFile.read(dir.resolve("vantage.har")).get(0);
        // What a server decoding the bytes as UTF-8 would see, not the base64 that carried them.
        assertEquals(new String(latin1, StandardCharsets.UTF_8), entry.requestBody());
        assertEquals(new String(latin1, StandardCharsets.UTF_8), entry.responseBody());
    }

    /** Per vendor: the seed update (200), an unknown record (404), a token the vendor refuses (401). */
    private void recordBothVendors() {
        String vantageBody = Resources.text("/seed-requests/vantage-update-managed-account.json");
        String elasticPathBody = Resources.text("/seed-requests/elasticpath-update-account.json");
        try (HarRecorder recorder = HarRecorder.open(dir)) {
            record(recorder, 200, wire.put(Vendor.VANTAGE, VANTAGE_ACCOUNT, TOKEN, vantageBody));
            record(recorder, 404, wire.put(Vendor.VANTAGE, "/v2/managed_accounts/acct_unknown", TOKEN, vantageBody));
            record(recorder, 401, wire.put(Vendor.VANTAGE, VANTAGE_ACCOUNT, "not-" + TOKEN, vantageBody));
            record(recorder, 200, wire.put(Vendor.ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, TOKEN, elasticPathBody));
            record(
                    recorder,
                    404,
                    wire.put(
                            Vendor.ELASTIC_PATH,
                            "/v2/accounts/00000000-0000-4000-8000-000000000000",
                            TOKEN,
                            elasticPathBody));
            record(recorder, 401, wire.put(Vendor.ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "not-" + TOKEN, elasticPathBody));
        }
    }

    private static void record(HarRecorder recorder, int expectedStatus, ProxiedExchange exchange) {
        assertEquals(
                expectedStatus,
                exchange.status(),
                () -> exchange.upstreamUri() + " answered "
                        + new String(exchange.responseBody(), StandardCharsets.UTF_8));
        recorder.record(exchange);
    }

    private static String names(List<DynamicTest> tests) {
        return tests.stream().map(DynamicTest::getDisplayName).collect(Collectors.joining(", "));
    }
}
