package io.accountcontracts.contract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.contract.support.Resources;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesFileTest {

    @Test
    void fileWithSeveralAccountsOfBothVendorsLoads() throws Exception {
        Fixtures fixtures = Fixtures.read(
                Paths.get(getClass()
                        .getResource("/fixtures/several-accounts.json")
                        .toURI()),
                JsonMapper.create());

        try (StubServer stub = StubServer.start(
                StubConfig.forTests("t").toBuilder().fixtures(fixtures).build())) {
            assertEquals(2, stub.stores().managedAccounts().all().size());
            assertEquals(3, stub.stores().accounts().all().size());
            assertEquals(
                    "96b1f750-55d3-4768-a3f9-5c7f4e2b3a10",
                    stub.stores()
                            .accounts()
                            .get("3f0c9a2e-7b41-4d8e-9c65-0a1b2c3d4e5f")
                            .orElseThrow()
                            .get("parent_id")
                            .asText());
        }
    }

    @Test
    void recordsWithVendorAdditionsLoadAndComeBackAsTheVendorWouldSendThem(@TempDir Path dir) throws Exception {
        ObjectMapper json = JsonMapper.create();
        JsonNode managed = json.readTree(Resources.text("/vendor-responses/vantage-field-added-later.json"));
        JsonNode account = json.readTree(Resources.text("/vendor-responses/elasticpath-nulls-and-absolute-links.json"))
                .get("data");
        Path file = Files.writeString(
                dir.resolve("vendor-additions.json"),
                json.createObjectNode()
                        .<ObjectNode>set(
                                "managed_accounts", json.createArrayNode().add(managed))
                        .set("accounts", json.createArrayNode().add(account))
                        .toString());

        try (StubServer stub = StubServer.start(StubConfig.forTests("t").toBuilder()
                .fixtures(Fixtures.read(file, json))
                .build())) {
            JsonNode vantage = json.readTree(
                    put(stub, "/v2/managed_accounts/" + managed.get("token").asText(), "{\"name\":\"renamed\"}"));
            JsonNode elasticPath = json.readTree(put(
                            stub, "/v2/accounts/" + account.get("id").asText(), "{\"data\":{\"name\":\"renamed\"}}"))
                    .get("data");

            assertEquals("renamed", vantage.get("name").asText());
            assertEquals("EUR", vantage.get("invoice_currency").asText(), "a field the vendor added later was lost");
            assertTrue(vantage.get("email_domain").isNull(), "a null the vendor sends was dropped");
            assertTrue(vantage.get("business_information_attributes")
                    .get("verified")
                    .asBoolean());
            assertEquals("renamed", elasticPath.get("name").asText());
            assertEquals(account.get("relationships"), elasticPath.get("relationships"));
            assertTrue(elasticPath.get("legal_name").isNull(), "a null the vendor sends was dropped");
        }
    }

    @Test
    void recordThatBreaksTheSpecIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
        String fixture = Files.readString(Paths.get(getClass()
                        .getResource("/fixtures/several-accounts.json")
                        .toURI()))
                .replace("\"00000000-0000-1000-8000-000f00000301\"", "\"" + "r".repeat(64) + "\"");
        Path file = Files.writeString(dir.resolve("too-long.json"), fixture);
        Fixtures fixtures = Fixtures.read(file, JsonMapper.create());

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> StubServer.start(StubConfig.forTests("t").toBuilder()
                                .fixtures(fixtures)
                                .build())
                        .close());

        assertTrue(
                refused.getMessage().contains("account '96b1f750-55d3-4768-a3f9-5c7f4e2b3a10'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("/data/registration_id"), refused.getMessage());
    }

    private static String put(StubServer stub, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(stub.baseUri().resolve(path))
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .header("Authorization", "Bearer t")
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void duplicateRegistrationIdsAreRefused(@TempDir Path dir) throws Exception {
        String fixture = Files.readString(Paths.get(getClass()
                        .getResource("/fixtures/several-accounts.json")
                        .toURI()))
                .replace("000f00000301", "000f00000300");
        Fixtures fixtures = Fixtures.read(Files.writeString(dir.resolve("dup.json"), fixture), JsonMapper.create());

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> StubServer.start(StubConfig.forTests("t").toBuilder()
                                .fixtures(fixtures)
                                .build())
                        .close());

        assertTrue(refused.getMessage().contains("duplicate account registration_id"), refused.getMessage());
    }
}
