package io.accountcontracts.contract.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void healthAnswersWithoutAToken() throws Exception {
        HttpResponse<String> health = stub.raw().send("GET", "/__admin/health", null);

        assertEquals(200, health.statusCode());
        assertEquals("UP", JSON.readTree(health.body()).get("status").asText());
    }

    @Test
    void everyOtherAdminCallNeedsTheToken() {
        for (String[] call : new String[][] {
            {"GET", "/__admin/records"},
            {"POST", "/__admin/reset"},
            {"GET", "/__admin/journal"},
            {"DELETE", "/__admin/journal"}
        }) {
            assertEquals(401, stub.raw().send(call[0], call[1], null).statusCode(), call[1]);
            assertEquals(
                    401,
                    stub.raw()
                            .send(call[0], call[1], null, "Authorization", "Bearer nope")
                            .statusCode());
        }
    }

    @Test
    void resetPutsTheFixturesBack() throws Exception {
        stub.vantage().updateManagedAccount(MANAGED, new UpdateManagedAccount().name("Changed"));

        HttpResponse<String> reset = stub.raw().send("POST", "/__admin/reset", null, "Authorization", AUTH);

        assertEquals(204, reset.statusCode());
        assertEquals(
                "New Name",
                stub.server()
                        .stores()
                        .managedAccounts()
                        .get(MANAGED)
                        .orElseThrow()
                        .get("name")
                        .asText());
    }

    @Test
    void recordsDumpCanBeLoadedBackAsFixtures() throws Exception {
        stub.vantage().updateManagedAccount(MANAGED, new UpdateManagedAccount().name("Dumped"));

        HttpResponse<String> records = stub.raw().send("GET", "/__admin/records", null, "Authorization", AUTH);

        assertEquals(200, records.statusCode());
        Fixtures dumped = JsonMapper.create().readValue(records.body(), Fixtures.class);
        assertEquals("Dumped", dumped.managedAccounts().get(0).get("name").asText());
        assertEquals(1, dumped.accounts().size());
        try (StubServer reloaded = StubServer.start(
                StubConfig.forTests("other").toBuilder().fixtures(dumped).build())) {
            assertEquals(
                    "Dumped",
                    reloaded.stores()
                            .managedAccounts()
                            .get(MANAGED)
                            .orElseThrow()
                            .get("name")
                            .asText());
        }
    }

    @Test
    void journalKeepsMethodPathStatusAndVerdictButNeverTheToken() throws Exception {
        stub.raw()
                .put(
                        "/v2/managed_accounts/" + MANAGED,
                        "{\"name\":\"ok\"}",
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json",
                        "Cookie",
                        "session=cookie-secret",
                        "X-Api-Key",
                        "api-key-secret",
                        "X-Access-Key",
                        "access-key-secret",
                        "Referer",
                        "https://app.example/cb?access_token=referer-secret&page=2");
        stub.raw()
                .put(
                        "/v2/managed_accounts/" + MANAGED,
                        "{\"name\":1}",
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
        stub.expectRequestViolation("validation.request.body.schema.type");
        stub.raw()
                .put(
                        "/v2/accounts/x",
                        "{\"data\":{}}",
                        "Authorization",
                        "Bearer secret-guess",
                        "Content-Type",
                        "application/json");

        HttpResponse<String> journal = stub.raw().send("GET", "/__admin/journal", null, "Authorization", AUTH);

        JsonNode requests = JSON.readTree(journal.body()).get("requests");
        assertEquals(3, requests.size(), journal.body());
        assertEntry(requests.get(0), "/v2/managed_accounts/" + MANAGED, 200, "valid");
        assertEntry(requests.get(1), "/v2/managed_accounts/" + MANAGED, 400, "invalid");
        assertTrue(requests.get(1).get("problems").get(0).asText().contains("/name"));
        assertEntry(requests.get(2), "/v2/accounts/x", 401, "unauthenticated");
        assertEquals(
                "Bearer REDACTED",
                requests.get(0).at("/headers/authorization/0").asText());
        assertFalse(journal.body().contains(ContractStub.TOKEN));
        assertFalse(journal.body().contains("secret-guess"));
        assertEquals("REDACTED", requests.get(0).at("/headers/cookie/0").asText());
        assertFalse(journal.body().contains("cookie-secret"));
        assertEquals("REDACTED", requests.get(0).at("/headers/x-api-key/0").asText());
        assertEquals("REDACTED", requests.get(0).at("/headers/x-access-key/0").asText());
        assertEquals(
                "https://app.example/cb?access_token=REDACTED&page=2",
                requests.get(0).at("/headers/referer/0").asText());
        for (String secret : List.of("api-key-secret", "access-key-secret", "referer-secret")) {
            assertFalse(journal.body().contains(secret), secret + " in " + journal.body());
        }
    }

    @Test
    void journalCanBeEmptied() throws Exception {
        stub.vantage().updateManagedAccount(MANAGED, new UpdateManagedAccount().name("x"));

        assertEquals(
                204,
                stub.raw()
                        .send("DELETE", "/__admin/journal", null, "Authorization", AUTH)
                        .statusCode());

        assertTrue(stub.server().journal().entries().isEmpty());
    }

    private static void assertEntry(JsonNode entry, String path, int status, String verdict) {
        assertEquals("PUT", entry.get("method").asText());
        assertEquals(path, entry.get("path").asText());
        assertEquals(status, entry.get("status").asInt());
        assertEquals(verdict, entry.get("verdict").asText());
    }
}
