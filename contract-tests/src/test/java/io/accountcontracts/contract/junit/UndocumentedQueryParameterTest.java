package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.ContractEnforcementTest.EP_ACCOUNT;
import static io.accountcontracts.contract.junit.ContractEnforcementTest.run;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Neither spec declares a query parameter on its update, so code that adds one (an {@code api_key} in the URL,
 * say) breaks the contract; the stub answers it as usual, and the test fails naming the parameter.
 */
class UndocumentedQueryParameterTest {

    @Test
    void aTestWhoseCodeSendsAnUndocumentedQueryParameterFailsNamingIt() {
        run(AddsAnApiKeyToTheUrl.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(
                                m -> m.startsWith("1 request from the code under test broke the vendor's contract")
                                        && m.contains("PUT /v2/accounts/" + EP_ACCOUNT + " -> 200")
                                        && m.contains("Query parameter 'api_key' is unexpected"))));
    }

    // Run only through the engine above: surefire leaves nested classes alone.

    @VendorStubTest
    static class AddsAnApiKeyToTheUrl {
        @Test
        void test(URI baseUri, @StubToken String token) throws Exception {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(baseUri.resolve("/v2/accounts/" + EP_ACCOUNT + "?api_key=zzz"))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            "{\"data\":{\"type\":\"account\",\"name\":\"fine\"}}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        }
    }
}
