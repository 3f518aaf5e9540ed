package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.store.Stores;
import java.util.function.Supplier;

/**
 * Everything a test may want to put back between tests: records, the journal, pending faults. The
 * fixtures come through a supplier because they are still being read while the server is set up.
 */
public record StubState(Stores stores, Supplier<Fixtures> fixtures, Journal journal, FaultInjection faults) {

    public void reset() {
        stores.load(fixtures.get());
        journal.clear();
        faults.clear();
    }
}
