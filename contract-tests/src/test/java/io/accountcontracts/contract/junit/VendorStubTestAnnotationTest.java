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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
    void givesTheBaseUriTheTokenAndReadyClients(
            URI baseUri, @StubToken String token, ManagedAccountsApi vantage, AccountsApi elasticPath, VendorStub stub)
            throws Exception {
        assertEquals(stub.baseUri(), baseUri);
        assertEquals("127.0.0.1", baseUri.getHost());
        assertEquals(VendorStubExtension.DEFAULT_TOKEN, token);

        assertEquals(
                "renamed",
                vantage.updateManagedAccount(VANTAGE_ACCOUNT, new UpdateManagedAccount().name("renamed"))
                        .getName());
        assertEquals(
                "renamed",
                elasticPath
                        .updateAccount(EP_ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("renamed")))
                        .getData()
                        .getName());

        assertEquals(
                List.of("valid", "valid"),
                stub.requests().stream().map(r -> r.verdict()).toList());
        assertEquals(
                List.of("Bearer REDACTED"), stub.requests().get(0).headers().get("authorization"));
        // Left behind on purpose: the next test must not see it.
        stub.nextResponse("updateAccount").status(500).persistent();
    }

    @Test
    @Order(2)
    void eachTestStartsFromTheFixturesWithNothingPendingAndAnEmptyJournal(VendorStub stub) {
        assertEquals(
                "acc-name", stub.account(EP_ACCOUNT).orElseThrow().get("name").asText());
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
        assertEquals(
                "acc-name", stub.account(EP_ACCOUNT).orElseThrow().get("name").asText());
        assertEquals(
                "renamed",
                elasticPath.updateAccount(EP_ACCOUNT, rename).getData().getName());
    }

    @Test
    @Order(5)
    void leavesADelayedRenameInFlight(URI baseUri, @StubToken String token, VendorStub stub) {
        stub.nextResponse("updateAccount").delay(Duration.ofMillis(800));
        // Sent and not waited for, like a call whose client timed out: it is still being served when this ends.
        HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(baseUri.resolve("/v2/accounts/" + EP_ACCOUNT))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":{\"name\":\"late\"}}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        // Once the rule is taken, the request is in its delay.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!stub.pendingResponses().isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(stub.pendingResponses().isEmpty(), "the delayed request never arrived");
    }

    @Test
    @Order(6)
    void aRequestStillInFlightAtTheResetChangesNothingInTheNextTest(VendorStub stub) throws Exception {
        Thread.sleep(1200);

        assertEquals(
                "acc-name", stub.account(EP_ACCOUNT).orElseThrow().get("name").asText());
        assertTrue(stub.requests().isEmpty(), () -> "journal: " + stub.requests());
    }

    @Test
    @Order(4)
    void listsTheDocumentedStatusesOfEachOperation(VendorStub stub) {
        assertEquals(
                List.of("200", "400", "401", "404", "406", "413", "415", "429", "500"),
                stub.documentedStatuses("updateManagedAccount"));
        assertTrue(stub.documentedStatuses("updateAccount").contains("409"));
    }
}
