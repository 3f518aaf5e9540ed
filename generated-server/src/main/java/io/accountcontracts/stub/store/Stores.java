package io.accountcontracts.stub.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Both vendors' tables, filled from one set of fixtures: Vantage records keyed by token, Elastic Path ones by id. */
public final class Stores {

    private final RecordStore<ObjectNode> managedAccounts;
    private final RecordStore<ObjectNode> accounts;

    public Stores(Fixtures fixtures) {
        this.managedAccounts = new RecordStore<>(record -> record.path("token").asText(), fixtures.managedAccounts());
        this.accounts = new RecordStore<>(record -> record.path("id").asText(), fixtures.accounts());
    }

    public void load(Fixtures fixtures) {
        managedAccounts.replaceAll(fixtures.managedAccounts());
        accounts.replaceAll(fixtures.accounts());
    }

    public RecordStore<ObjectNode> managedAccounts() {
        return managedAccounts;
    }

    public RecordStore<ObjectNode> accounts() {
        return accounts;
    }
}
