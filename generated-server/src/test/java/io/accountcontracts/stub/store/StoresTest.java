package io.accountcontracts.stub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vantage records are keyed by token, Elastic Path ones by id, and load resets both tables. */
class StoresTest {

    @Test
    void managedAccountsAreKeyedByTokenAndAccountsById() {
        Stores stores = new Stores(new Fixtures(List.of(record("token", "t1")), List.of(record("id", "a1"))));

        assertTrue(stores.managedAccounts().get("t1").isPresent());
        assertTrue(stores.accounts().get("a1").isPresent());
    }

    @Test
    void loadReplacesBothTables() {
        Stores stores = new Stores(new Fixtures(List.of(record("token", "t1")), List.of(record("id", "a1"))));

        stores.load(new Fixtures(List.of(record("token", "t2")), List.of()));

        assertEquals(List.of(record("token", "t2")), stores.managedAccounts().all());
        assertEquals(List.of(), stores.accounts().all());
    }

    private static ObjectNode record(String key, String value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }
}
