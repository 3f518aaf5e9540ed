package io.accountcontracts.contract.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link VendorStubTest} as a consumer's test class uses it: parameters, programmed answers, reset. */
@VendorStubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorStubTestAnnotationTest {

    static final String EP_ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    static final String VANTAGE_ACCOUNT = "acct_dd2fdf6564b60319";

    @Test
    @Order(1)
    void givesTheBaseUriTheTokenAndReadyClients(URI baseUri, @StubToken String token, ManagedAccountsApi vantage,
            AccountsApi elasticPath, VendorStub stub) throws Exception {
        assertEquals(stub.baseUri(), baseUri);
        assertEquals("127.0.0.1", baseUri.getHost());
        assertEquals(VendorStubExtension.DEFAULT_TOKEN, token);

        assertEquals("renamed", vantage.updateManagedAccount(VANTAGE_ACCOUNT, new UpdateManagedAccount().name("renamed"))
                .getName());
        assertEquals("renamed", elasticPath.updateAccount(EP_ACCOUNT,
                new UpdateAccountRequest().data(new AccountUpdate().name("renamed"))).getData().getName());

        assertEquals(List.of("valid", "valid"), stub.requests().stream().map(r -> r.verdict()).toList());
        assertEquals(List.of("REDACTED"), stub.requests().get(0).headers().get("authorization"));
        // Left behind on purpose: the next test must not see it.
        stub.nextResponse("updateAccount").status(500).persistent();
    }

    @Test
    @Order(2)
    void eachTestStartsFromTheFixturesWithNothingPendingAndAnEmptyJournal(VendorStub stub) {
        assertEquals("acc-name", stub.account(EP_ACCOUNT).orElseThrow().get("name").asText());
        assertTrue(stub.pendingResponses().isEmpty(), () -> "pending: " + stub.pendingResponses());
        assertTrue(stub.requests().isEmpty(), () -> "journal: " + stub.requests());
    }

    @Test
    @Order(3)
    void aProgrammedConflictComesOnceInTheVendorsShapeAndChangesNothing(AccountsApi elasticPath, VendorStub stub)
            throws Exception {
        stub.nextResponse("updateAccount").status(409);
        UpdateAccountRequest rename = new UpdateAccountRequest().data(new AccountUpdate().name("renamed"));

        ApiException conflict = assertThrows(ApiException.class, () -> elasticPath.updateAccount(EP_ACCOUNT, rename));

        assertEquals(409, conflict.getCode());
        assertTrue(conflict.getResponseBody().contains("\"status\":\"409\""), conflict.getResponseBody());
        assertEquals("acc-name", stub.account(EP_ACCOUNT).orElseThrow().get("name").asText());
        assertEquals("renamed", elasticPath.updateAccount(EP_ACCOUNT, rename).getData().getName());
    }

    @Test
    @Order(4)
    void listsTheDocumentedStatusesOfEachOperation(VendorStub stub) {
        assertEquals(List.of("200", "400", "401", "404", "406", "413", "415", "500"),
                stub.documentedStatuses("updateManagedAccount"));
        assertTrue(stub.documentedStatuses("updateAccount").contains("409"));
    }
}
