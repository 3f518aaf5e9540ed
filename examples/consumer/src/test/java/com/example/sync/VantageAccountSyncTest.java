package com.example.sync;

import static io.accountcontracts.contract.junit.Operation.CREATE_MANAGED_ACCOUNT;
import static io.accountcontracts.contract.junit.Operation.LIST_MANAGED_ACCOUNTS;
import static io.accountcontracts.contract.junit.Operation.UPDATE_MANAGED_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.sync.SyncFailedException.Step;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.contract.junit.Vendor;
import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Five managed accounts, two a page: three pages, the last holding one. */
@VendorStubTest(fixtures = "/fixtures/five-managed-accounts.json")
class VantageAccountSyncTest {

    static final String ON_PAGE_1 = "acct_a1b2c3d4e5f60000";
    static final String ON_PAGE_3 = "acct_a1b2c3d4e5f60004";

    private VendorStub stub;
    private VantageAccountSync sync;

    @BeforeEach
    void pointTheSyncAtTheStub(VendorStub stub, ManagedAccountsApi vantage) {
        this.stub = stub;
        this.sync = new VantageAccountSync(vantage, 2);
    }

    @Test
    void updatesTheAccountItFinds() throws Exception {
        assertEquals(new Synced(ON_PAGE_1, false), sync.sync("ops@acme.example", "Acme EU"));

        stub.verify(LIST_MANAGED_ACCOUNTS).times(1);
        stub.verify(UPDATE_MANAGED_ACCOUNT).forId(ON_PAGE_1).whenBody("/name", "Acme EU").times(1);
        stub.verify(CREATE_MANAGED_ACCOUNT).never();
    }

    @Test
    void followsTheNextLinkToALaterPage() throws Exception {
        assertEquals(new Synced(ON_PAGE_3, false), sync.sync("Cloud@Hooli.example", "Hooli XYZ"));

        stub.verify(LIST_MANAGED_ACCOUNTS).times(3);
        stub.verify(UPDATE_MANAGED_ACCOUNT).forId(ON_PAGE_3).whenBody("/name", "Hooli XYZ").times(1);
        stub.verify(CREATE_MANAGED_ACCOUNT).never();
        assertEquals("Hooli XYZ", stub.record(Vendor.VANTAGE, ON_PAGE_3).orElseThrow().text("/name"));
    }

    @Test
    void createsTheAccountOnlyAfterTheLastPage() throws Exception {
        Synced synced = sync.sync("ops@soylent.example", "Soylent");

        assertTrue(synced.created());
        stub.verify(LIST_MANAGED_ACCOUNTS).times(3);
        stub.verify(CREATE_MANAGED_ACCOUNT).whenBody("/contact_email", "ops@soylent.example")
                .whenBody("/name", "Soylent").times(1);
        stub.verify(UPDATE_MANAGED_ACCOUNT).never();
        assertEquals("Soylent", stub.record(Vendor.VANTAGE, synced.id()).orElseThrow().text("/name"));
    }

    /** A list that fails is not "not found": the sync stops, and creates nothing. */
    @ParameterizedTest(name = "the list answers {0}")
    @ValueSource(ints = {429, 500})
    void aFailedListStopsTheSync(int status) {
        stub.nextResponse(LIST_MANAGED_ACCOUNTS).status(status);

        SyncFailedException failure = assertThrows(SyncFailedException.class,
                () -> sync.sync("ops@soylent.example", "Soylent"));

        assertEquals(Step.FIND, failure.step());
        assertEquals(status, failure.status());
        stub.verify(CREATE_MANAGED_ACCOUNT).never();
        stub.verify(UPDATE_MANAGED_ACCOUNT).never();
    }
}
