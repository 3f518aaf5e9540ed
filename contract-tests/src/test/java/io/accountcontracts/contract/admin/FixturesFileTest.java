package io.accountcontracts.contract.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesFileTest {

    @Test
    void fileWithSeveralAccountsOfBothVendorsLoads() throws Exception {
        Fixtures fixtures = Fixtures.read(Paths.get(getClass().getResource("/fixtures/several-accounts.json").toURI()),
                JsonMapper.create());

        try (StubServer stub = StubServer.start(StubConfig.forTests("t").withFixtures(fixtures))) {
            assertEquals(2, stub.stores().managedAccounts().all().size());
            assertEquals(3, stub.stores().accounts().all().size());
            assertEquals("96b1f750-55d3-4768-a3f9-5c7f4e2b3a10",
                    stub.stores().accounts().get("3f0c9a2e-7b41-4d8e-9c65-0a1b2c3d4e5f").orElseThrow().get("parent_id").asText());
        }
    }

    @Test
    void recordThatBreaksTheSpecIsRefusedNamingTheField(@TempDir Path dir) throws Exception {
        String fixture = Files.readString(Paths.get(getClass().getResource("/fixtures/several-accounts.json").toURI()))
                .replace("\"00000000-0000-1000-8000-000f00000301\"", "\"" + "r".repeat(64) + "\"");
        Path file = Files.writeString(dir.resolve("too-long.json"), fixture);
        Fixtures fixtures = Fixtures.read(file, JsonMapper.create());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StubServer.start(StubConfig.forTests("t").withFixtures(fixtures)).close());

        assertTrue(refused.getMessage().contains("account '96b1f750-55d3-4768-a3f9-5c7f4e2b3a10'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("/data/registration_id"), refused.getMessage());
    }

    @Test
    void duplicateRegistrationIdsAreRefused(@TempDir Path dir) throws Exception {
        String fixture = Files.readString(Paths.get(getClass().getResource("/fixtures/several-accounts.json").toURI()))
                .replace("000f00000301", "000f00000300");
        Fixtures fixtures = Fixtures.read(Files.writeString(dir.resolve("dup.json"), fixture), JsonMapper.create());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StubServer.start(StubConfig.forTests("t").withFixtures(fixtures)).close());

        assertTrue(refused.getMessage().contains("duplicate account registration_id"), refused.getMessage());
    }
}
