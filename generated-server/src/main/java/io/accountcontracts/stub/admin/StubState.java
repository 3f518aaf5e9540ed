package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.store.Stores;

/** Everything a test may want to put back between tests: records, the journal, pending faults. */
public record StubState(Stores stores, Fixtures fixtures, Journal journal, FaultInjection faults) {

    public void reset() {
        stores.load(fixtures);
        journal.clear();
        faults.clear();
    }
}
