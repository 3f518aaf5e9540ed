package io.accountcontracts.contract.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * What makes the extension a contract test of the consumer: a test fails when the code under test sent
 * a request that breaks a vendor's spec, unless the test declared exactly that many. Each case runs a
 * small test class through the JUnit engine and looks at how it ended.
 */
class ContractEnforcementTest {

    static final String EP_ACCOUNT = VendorStubTestAnnotationTest.EP_ACCOUNT;

    @Test
    void anUndeclaredInvalidRequestFailsTheTestNamingTheFieldAndTheRule() {
        // Word for word what docs/consumer-tests.md quotes.
        String expected = "1 request from the code under test broke the vendor's contract (if the test sends it on"
                + " purpose, declare it with VendorStub.expectInvalidRequests):\n"
                + "  PUT /v2/accounts/" + EP_ACCOUNT + " -> 400: [Path '/data/name'] String \"\" is too short"
                + " (length: 0, required minimum: 1)";
        run(SendsAnEmptyName.class)
                .assertThatEvents()
                .haveExactly(
                        1, finishedWithFailure(instanceOf(AssertionError.class), message(m -> m.equals(expected))));
    }

    @Test
    void aDeclaredInvalidRequestPasses() {
        run(DeclaresTheEmptyName.class).assertThatEvents().haveExactly(1, finishedSuccessfully());
    }

    @Test
    void aDeclaredInvalidRequestThatNeverCameFailsTheTest() {
        run(DeclaresButSendsAValidName.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(m -> m.contains(
                                "declared 1 request(s) that break the vendor's contract, but the stub received 0"))));
    }

    @Test
    void aRequestWithoutTheTokenFailsTheTest() {
        run(SendsNoToken.class)
                .assertThatEvents()
                .haveExactly(1, finishedWithFailure(message(m -> m.contains("-> 401: no accepted bearer token"))));
    }

    @Test
    void aRequestToAPathNoSpecHasFailsTheTest() {
        run(MisspellsThePath.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(m -> m.contains(
                                "PUT /v2/account/" + EP_ACCOUNT + " -> 404: No resource exists at this path."))));
    }

    @Test
    void validTrafficPasses() {
        run(SendsAValidName.class).assertThatEvents().haveExactly(1, finishedSuccessfully());
    }

    /** Runs an inner class of one test through the engine, as a consumer's build would, and returns its events. */
    static Events run(Class<?> testClass) {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents();
        tests.assertStatistics(stats -> stats.started(1));
        return tests;
    }

    static void rename(AccountsApi elasticPath, String name) {
        try {
            elasticPath.updateAccount(EP_ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name(name)));
        } catch (ApiException e) {
            // The case classes look only at what the extension concludes.
        }
    }

    // The classes below run only through the engine above: surefire leaves nested classes alone.

    @VendorStubTest
    static class SendsAnEmptyName {
        @Test
        void test(AccountsApi elasticPath) {
            rename(elasticPath, "");
        }
    }

    @VendorStubTest
    static class DeclaresTheEmptyName {
        @Test
        void test(AccountsApi elasticPath, VendorStub stub) {
            stub.expectInvalidRequests(1);
            rename(elasticPath, "");
        }
    }

    @VendorStubTest
    static class DeclaresButSendsAValidName {
        @Test
        void test(AccountsApi elasticPath, VendorStub stub) {
            stub.expectInvalidRequests(1);
            rename(elasticPath, "fine");
        }
    }

    @VendorStubTest
    static class SendsNoToken {
        @Test
        void test(URI baseUri) throws Exception {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(baseUri.resolve("/v2/accounts/" + EP_ACCOUNT))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":{\"name\":\"x\"}}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }
    }

    @VendorStubTest
    static class MisspellsThePath {
        @Test
        void test(URI baseUri, @StubToken String token) throws Exception {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(baseUri.resolve("/v2/account/" + EP_ACCOUNT))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":{\"name\":\"x\"}}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }
    }

    @VendorStubTest
    static class SendsAValidName {
        @Test
        void test(AccountsApi elasticPath) {
            rename(elasticPath, "fine");
        }
    }
}
