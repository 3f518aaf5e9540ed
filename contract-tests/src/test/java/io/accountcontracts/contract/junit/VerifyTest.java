package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.Operation.UPDATE_ACCOUNT;
import static io.accountcontracts.contract.junit.Operation.UPDATE_MANAGED_ACCOUNT;
import static io.accountcontracts.contract.junit.VendorStubTestAnnotationTest.EP_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.ApiClient;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import org.junit.jupiter.api.Test;

/** {@code stub.verify(...)}: counting an operation's requests, by id, body and header, and saying what came close. */
@VendorStubTest
class VerifyTest {

    static final String OTHER_ACCOUNT = "0d4aa2a0-2d72-4f5b-8a5a-d2e5c5d0a8c1";

    @Test
    void countsEveryRequestOfTheOperation(VendorStub stub, AccountsApi elasticPath) {
        rename(elasticPath, EP_ACCOUNT, "Acme");
        rename(elasticPath, EP_ACCOUNT, "Acme EU");

        stub.verify(UPDATE_ACCOUNT).times(2);
        stub.verify("updateAccount").atLeast(1);
        stub.verify(UPDATE_MANAGED_ACCOUNT).never();
        assertThrows(AssertionError.class, () -> stub.verify(UPDATE_ACCOUNT).times(1));
        assertThrows(AssertionError.class, () -> stub.verify(UPDATE_ACCOUNT).atLeast(3));
        assertThrows(AssertionError.class, () -> stub.verify(UPDATE_ACCOUNT).never());
    }

    @Test
    void countsOnlyTheRequestsForTheIdWithTheBodyValues(VendorStub stub, AccountsApi elasticPath) {
        rename(elasticPath, EP_ACCOUNT, "Acme");
        rename(elasticPath, EP_ACCOUNT, "Other");
        rename(elasticPath, OTHER_ACCOUNT, "Acme");

        stub.verify(UPDATE_ACCOUNT)
                .forId(EP_ACCOUNT)
                .whenBody("/data/name", "Acme")
                .times(1);
        stub.verify(UPDATE_ACCOUNT).forId(EP_ACCOUNT).times(2);
        stub.verify(UPDATE_ACCOUNT).whenBody("/data/name", "Acme").times(2);
        stub.verify(UPDATE_ACCOUNT).whenBody("/data/name", "Nobody").never();
        assertEquals(
                2,
                stub.verify(UPDATE_ACCOUNT)
                        .whenBody("/data/name", "Acme")
                        .requests()
                        .size());
    }

    @Test
    void matchesAHeaderWithoutRegardToTheCaseOfItsName(VendorStub stub) {
        ApiClient client = new ApiClient().setBasePath(stub.baseUri().toString());
        client.setBearerToken(stub.token());
        client.addDefaultHeader("X-Correlation-Id", "run-42");
        rename(new AccountsApi(client), EP_ACCOUNT, "Acme");

        stub.verify(UPDATE_ACCOUNT).whenHeader("x-correlation-id", "run-42").times(1);
        stub.verify(UPDATE_ACCOUNT).whenHeader("X-CORRELATION-ID", "run-43").never();
    }

    @Test
    void aMissNamesTheClosestRequestsAndWhatDifferedInEach(VendorStub stub, AccountsApi elasticPath) {
        rename(elasticPath, EP_ACCOUNT, "Acme Ltd");
        rename(elasticPath, OTHER_ACCOUNT, "Other");

        AssertionError miss = assertThrows(
                AssertionError.class,
                () -> stub.verify(UPDATE_ACCOUNT)
                        .forId(EP_ACCOUNT)
                        .whenBody("/data/name", "Acme")
                        .times(1));

        String message = miss.getMessage();
        assertTrue(
                message.startsWith("Expected exactly 1 updateAccount request for id '" + EP_ACCOUNT
                        + "', with /data/name = \"Acme\", but 0 matched. Of the 2 updateAccount requests received,"
                        + " the closest:"),
                message);
        // The nearer miss (one difference) comes first, with what differed in it.
        String[] lines = message.split("\n");
        assertTrue(
                lines[1].contains("PUT /v2/accounts/" + EP_ACCOUNT + " -> 200: ") && lines[1].contains("Acme Ltd"),
                message);
        assertTrue(
                lines[2].contains("PUT /v2/accounts/" + OTHER_ACCOUNT)
                        && lines[2].contains(OTHER_ACCOUNT + "'")
                        && lines[2].contains("Other"),
                message);
    }

    @Test
    void tooManyMatchesAreListed(VendorStub stub, AccountsApi elasticPath) {
        rename(elasticPath, EP_ACCOUNT, "Acme");
        rename(elasticPath, EP_ACCOUNT, "Acme");

        AssertionError tooMany = assertThrows(
                AssertionError.class, () -> stub.verify(UPDATE_ACCOUNT).never());

        assertEquals(
                "Expected no updateAccount requests, but 2 matched:\n  PUT /v2/accounts/" + EP_ACCOUNT + " -> 200\n"
                        + "  PUT /v2/accounts/" + EP_ACCOUNT + " -> 200",
                tooMany.getMessage());
    }

    @Test
    void aLongListOfMatchesIsCutShortSayingHowManyMore(VendorStub stub, AccountsApi elasticPath) {
        for (int i = 0; i < 12; i++) {
            rename(elasticPath, EP_ACCOUNT, "Acme " + i);
        }

        String[] lines = assertThrows(
                        AssertionError.class, () -> stub.verify(UPDATE_ACCOUNT).never())
                .getMessage()
                .split("\n");

        assertEquals(12, lines.length);
        assertEquals("  and 2 more", lines[11]);
    }

    @Test
    void noRequestOfTheOperationListsWhatDidArrive(VendorStub stub, AccountsApi elasticPath) {
        rename(elasticPath, EP_ACCOUNT, "Acme");

        AssertionError none = assertThrows(
                AssertionError.class, () -> stub.verify(UPDATE_MANAGED_ACCOUNT).atLeast(1));

        assertEquals(
                "Expected at least 1 updateManagedAccount request, but 0 matched; the stub received no"
                        + " updateManagedAccount request at all, only:\n  PUT /v2/accounts/" + EP_ACCOUNT + " -> 200",
                none.getMessage());
    }

    @Test
    void refusedRequestsAreCountedWithTheirBodies(VendorStub stub, AccountsApi elasticPath) {
        stub.expectInvalidRequests(1);
        rename(elasticPath, EP_ACCOUNT, "");

        stub.verify(UPDATE_ACCOUNT).whenBody("/data/name", "").times(1);
    }

    @Test
    void anUnknownOperationIsRefusedNamingTheKnownOnes(VendorStub stub) {
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> stub.verify("updateAcount"));

        assertEquals(
                "'updateAcount' is not an operation of the stub; it serves listManagedAccounts, createManagedAccount, getManagedAccount, updateManagedAccount, deleteManagedAccount, listAccounts, createAccount, getAccount, updateAccount, deleteAccount.",
                unknown.getMessage());
    }

    @Test
    void aPointerThatIsNoPointerIsRefusedNamingIt(VendorStub stub) {
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class,
                () -> stub.verify(UPDATE_ACCOUNT).whenBody("data/name", "Acme"));

        assertTrue(bad.getMessage().contains("data/name"), bad.getMessage());
    }

    static void rename(AccountsApi elasticPath, String id, String name) {
        try {
            elasticPath.updateAccount(id, new UpdateAccountRequest().data(new AccountUpdate().name(name)));
        } catch (ApiException e) {
            // What the stub answered is not the point here: what it received is.
        }
    }
}
