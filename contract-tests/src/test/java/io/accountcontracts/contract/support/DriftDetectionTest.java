package io.accountcontracts.contract.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import java.util.List;
import java.util.Set;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suite is not vacuous: pointed at a vendor that drifts, the same recorder and verifier every
 * contract test ends with report each kind of drift.
 */
class DriftDetectionTest {

    private static HttpServer vendor;
    private final ExchangeRecorder recorder = new ExchangeRecorder();
    private io.accountcontracts.client.vantage.api.ManagedAccountsApi vantage;
    private io.accountcontracts.client.elasticpath.api.AccountsApi elasticPath;

    @BeforeAll
    static void startDriftingVendor() {
        vendor = FaultyVendor.start();
    }

    @AfterAll
    static void stopDriftingVendor() {
        vendor.shutdownNow();
    }

    @BeforeEach
    void pointClientsAtIt() {
        var v = new io.accountcontracts.client.vantage.ApiClient();
        v.setClientConfig(v.getDefaultClientConfig().register(recorder));
        v.setBasePath(FaultyVendor.baseUri(vendor).toString());
        v.setBearerToken("t");
        vantage = new io.accountcontracts.client.vantage.api.ManagedAccountsApi(v);
        var e = new io.accountcontracts.client.elasticpath.ApiClient();
        e.setClientConfig(e.getDefaultClientConfig().register(recorder));
        e.setBasePath(FaultyVendor.baseUri(vendor).toString());
        e.setBearerToken("t");
        elasticPath = new io.accountcontracts.client.elasticpath.api.AccountsApi(e);
    }

    @Test
    void conformingExchangeIsNotReported() throws Exception {
        vantage.updateManagedAccount("none", new UpdateManagedAccount().name("n"));

        assertEquals(List.of(), problems());
    }

    @Test
    void conformingExchangeWithTheDriftingVendorCountsNothingTowardsCoverage() throws Exception {
        vantage.updateManagedAccount("none", new UpdateManagedAccount().name("n"));
        Exchange exchange = recorder.last();

        assertEquals(List.of(), problems());
        // Else a status only this fake answered would pass the coverage gate as if the stub had.
        assertTrue(
                ResponseCoverage.validated().stream().noneMatch(v -> v.exchange() == exchange),
                "an exchange with a fake vendor was counted as stub coverage");
    }

    @Test
    void responseMissingARequiredFieldIsReportedThoughTheGeneratedClientAcceptsIt() throws Exception {
        vantage.updateManagedAccount("missing-field", new UpdateManagedAccount());

        assertReported("missing required properties");
    }

    @Test
    void responseFieldOfTheWrongTypeIsReported() throws Exception {
        vantage.updateManagedAccount("wrong-type", new UpdateManagedAccount());

        assertReported("[Path '/name'] Instance type (integer) does not match");
    }

    @Test
    void undocumentedStatusIsReported() {
        assertThrows(
                Exception.class, () -> vantage.updateManagedAccount("undocumented-status", new UpdateManagedAccount()));

        assertReported("Response status 418 not defined");
    }

    @Test
    void errorInTheOtherVendorsShapeIsReported() {
        assertThrows(
                Exception.class,
                () -> elasticPath.updateAccount(
                        "vantage-shaped", new UpdateAccountRequest().data(new AccountUpdate().name("n"))));

        assertReported("[Path '/errors/0'] Instance type (string) does not match");
    }

    @Test
    void jsonApiErrorWithANumericStatusIsReported() {
        assertThrows(
                Exception.class,
                () -> elasticPath.updateAccount(
                        "numeric-status", new UpdateAccountRequest().data(new AccountUpdate().name("n"))));

        assertReported("[Path '/errors/0/status'] Instance type (integer) does not match");
    }

    @Test
    void requestWithAnUnknownFieldIsReportedEvenWhenTheVendorAcceptsIt() {
        new RawHttp(FaultyVendor.baseUri(vendor), recorder)
                .put(
                        "/v2/managed_accounts/none",
                        "{\"name\":\"n\",\"nickname\":\"drift\"}",
                        "Authorization",
                        "Bearer t",
                        "Content-Type",
                        "application/json");

        assertReported("request breaks");
        assertReported("[\"nickname\"]");
    }

    private List<String> problems() {
        return ExchangeVerifier.problems(recorder.exchanges(), Set.of());
    }

    private void assertReported(String fragment) {
        List<String> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), "expected '" + fragment + "' in " + problems);
    }
}
