package io.accountcontracts.stub.store;

import io.accountcontracts.server.elasticpath.model.Account;
import io.accountcontracts.server.vantage.model.ManagedAccount;

/** Both vendors' tables, filled from one set of fixtures. */
public final class Stores {

    private final RecordStore<ManagedAccount> managedAccounts;
    private final RecordStore<Account> accounts;

    public Stores(Fixtures fixtures) {
        this.managedAccounts = new RecordStore<>(ManagedAccount::getToken, fixtures.managedAccounts());
        this.accounts = new RecordStore<>(Account::getId, fixtures.accounts());
    }

    public void load(Fixtures fixtures) {
        managedAccounts.replaceAll(fixtures.managedAccounts());
        accounts.replaceAll(fixtures.accounts());
    }

    public RecordStore<ManagedAccount> managedAccounts() {
        return managedAccounts;
    }

    public RecordStore<Account> accounts() {
        return accounts;
    }
}
