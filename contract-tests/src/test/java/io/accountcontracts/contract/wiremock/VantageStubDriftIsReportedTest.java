package io.accountcontracts.contract.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accountcontracts.client.vantage.ApiClient;
import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A consumer's Vantage stub that has drifted from the spec makes the consumer's tests pass against an
 * API that does not exist. Each test stubs (or sends) one such drift and shows the listener reports it.
 */
class VantageStubDriftIsReportedTest {

    private static final String MANAGED_ACCOUNTS = "/v2/managed_accounts/[^/]+";

    @RegisterExtension
    static final ValidatedWireMock vantage = ValidatedWireMock.vantage();

    private ManagedAccountsApi api;

    @BeforeEach
    void pointTheGeneratedClientAtWireMock() {
        ApiClient client = new ApiClient();
        client.setBasePath(vantage.baseUrl());
        client.setBearerToken("consumer-test-token");
        api = new ManagedAccountsApi(client);
    }

    @Test
    void stubReturningAManagedAccountWithoutContactEmailIsReported() throws Exception {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {
                          "token": "acct_dd2fdf6564b60319",
                          "name": "New Name",
                          "parent_account_token": "acct_bb022aecd1125ada",
                          "access_credential_tokens": [],
                          "billing_rule_tokens": []
                        }""")));

        ManagedAccount account =
                api.updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("New Name"));

        // The generated client does not enforce required fields: without the listener this passes.
        assertNull(account.getContactEmail());
        vantage.expectReported("validation.response.body.schema.required");
    }

    @Test
    void stubReturningBillingRuleTokensAsAStringIsReported() {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {
                          "token": "acct_dd2fdf6564b60319",
                          "name": "New Name",
                          "contact_email": "contact@example.com",
                          "parent_account_token": "acct_bb022aecd1125ada",
                          "access_credential_tokens": [],
                          "billing_rule_tokens": "bllng_rl_5b2d7e1a3c4f9e80"
                        }""")));

        // The client does fail, but with a Jackson error that blames neither the stub nor the spec.
        assertThrows(
                ProcessingException.class,
                () -> api.updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("New Name")));

        vantage.expectReported("validation.response.body.schema.type");
    }

    @Test
    void stubAnsweringWithAnUndocumented418IsReported() {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("{\"errors\": [\"I'm a teapot\"]}", 418)));

        ApiException error = assertThrows(
                ApiException.class,
                () -> api.updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("New Name")));

        assertEquals(418, error.getCode());
        vantage.expectReported("validation.response.status.unknown");
    }

    @Test
    void stubReturningA404InElasticPathsErrorShapeIsReported() {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("""
                        {"errors": [{"status": "404", "title": "Not Found", "detail": "Managed Account not found"}]}""", 404)));

        ApiException error = assertThrows(
                ApiException.class,
                () -> api.updateManagedAccount("acct_0000000000000000", new UpdateManagedAccount().name("New Name")));

        assertEquals(404, error.getCode());
        vantage.expectReported("validation.response.body.schema.type");
    }

    @Test
    void stubReturningAPlainTextErrorIsReported() {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "text/plain")
                        .withBody("Internal Server Error")));

        assertThrows(
                ApiException.class,
                () -> api.updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("New Name")));

        vantage.expectReported("validation.response.contentType.notAllowed");
    }

    @Test
    void requestWithAFieldTheSpecDoesNotDefineIsReported() throws Exception {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {
                          "token": "acct_dd2fdf6564b60319",
                          "name": "New Name",
                          "contact_email": "contact@example.com",
                          "parent_account_token": "acct_bb022aecd1125ada",
                          "access_credential_tokens": [],
                          "billing_rule_tokens": []
                        }""")));

        // The generated client cannot send a field its model lacks; a hand-written consumer client can.
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(vantage.baseUrl() + "/v2/managed_accounts/acct_dd2fdf6564b60319"))
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"name\": \"New Name\", \"nickname\": \"Acme\"}"))
                                .header("Authorization", "Bearer consumer-test-token")
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        // The stub matches any body, so the consumer's test would have seen a success.
        assertEquals(200, response.statusCode());
        vantage.expectReported("validation.request.body.schema.additionalProperties");
    }
}
