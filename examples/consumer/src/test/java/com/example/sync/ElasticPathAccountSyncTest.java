package com.example.sync;

import static io.accountcontracts.contract.junit.Operation.CREATE_ACCOUNT;
import static io.accountcontracts.contract.junit.Operation.LIST_ACCOUNTS;
import static io.accountcontracts.contract.junit.Operation.UPDATE_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.sync.SyncFailedException.Step;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountCreate;
import io.accountcontracts.client.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.contract.junit.Vendor;
import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Against the stub's own records: one account, its external_ref that of Elastic Path's documentation. */
@VendorStubTest
class ElasticPathAccountSyncTest {

    static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    static final String ITS_REF = "16bedceb-8b2d-4f82-a973-b0a8d8432708";

    private VendorStub stub;
    private ElasticPathAccountSync sync;

    @BeforeEach
    void pointTheSyncAtTheStub(VendorStub stub, AccountsApi elasticPath) {
        this.stub = stub;
        this.sync = new ElasticPathAccountSync(elasticPath);
    }

    @Test
    void updatesTheAccountItFinds() throws Exception {
        assertEquals(new Synced(ACCOUNT, false), sync.sync(ITS_REF, "Acme EU"));

        stub.verify(UPDATE_ACCOUNT).forId(ACCOUNT).whenBody("/data/name", "Acme EU").times(1);
        stub.verify(CREATE_ACCOUNT).never();
    }

    @Test
    void createsTheAccountItDoesNotFind() throws Exception {
        Synced synced = sync.sync("crm-4711", "Soylent");

        assertTrue(synced.created());
        stub.verify(CREATE_ACCOUNT).whenBody("/data/external_ref", "crm-4711").whenBody("/data/name", "Soylent")
                .times(1);
        stub.verify(UPDATE_ACCOUNT).never();
        assertEquals("crm-4711", stub.record(Vendor.ELASTIC_PATH, synced.id()).orElseThrow().text("/external_ref"));
    }

    /** Quotes, commas and brackets in a reference would break the filter's grammar unless quoted. */
    @Test
    void findsAReferenceWithTheFiltersOwnCharacters() throws Exception {
        String ref = "crm:\"Acme\", (EU) \\ 2";
        Synced created = sync.sync(ref, "Acme");
        Synced updated = sync.sync(ref, "Acme EU");

        assertEquals(new Synced(created.id(), false), updated);
        stub.verify(CREATE_ACCOUNT).times(1);
        stub.verify(UPDATE_ACCOUNT).forId(created.id()).times(1);
    }

    @Test
    void twoAccountsWithTheReferenceStopTheSync(AccountsApi elasticPath) throws Exception {
        for (String name : new String[] {"Twin A", "Twin B"}) {
            elasticPath.createAccount(new CreateAccountRequest().data(
                    new AccountCreate().type(AccountCreate.TypeEnum.ACCOUNT).name(name).externalRef("crm-twin")));
        }

        SyncFailedException failure = assertThrows(SyncFailedException.class, () -> sync.sync("crm-twin", "Twin"));

        assertEquals(Step.FIND, failure.step());
        stub.verify(UPDATE_ACCOUNT).never();
        stub.verify(CREATE_ACCOUNT).times(2); // the test's own two
    }

    /** A list that fails is not "not found": the sync stops, and creates nothing. */
    @ParameterizedTest(name = "the list answers {0}")
    @ValueSource(ints = {429, 500})
    void aFailedListStopsTheSync(int status) {
        stub.nextResponse(LIST_ACCOUNTS).status(status);

        SyncFailedException failure = assertThrows(SyncFailedException.class, () -> sync.sync("crm-4711", "Soylent"));

        assertEquals(Step.FIND, failure.step());
        assertEquals(status, failure.status());
        stub.verify(CREATE_ACCOUNT).never();
        stub.verify(UPDATE_ACCOUNT).never();
    }
}
