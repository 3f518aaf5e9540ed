package io.accountcontracts.contract.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.vantage.ApiClient;
import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.Errors;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Vantage stubbed the way a consumer stubs it, one test per status a consumer handles, each driven
 * through the generated client; the listener holds every stubbed response to the spec.
 */
class VantageConsumerStubsTest {

    private static final String MANAGED_ACCOUNTS = "/v2/managed_accounts/[^/]+";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The 200 example of the spec. */
    private static final String MANAGED_ACCOUNT = """
            {
              "token": "acct_dd2fdf6564b60319",
              "name": "New Name",
              "contact_email": "contact@example.com",
              "parent_account_token": "acct_bb022aecd1125ada",
              "access_credential_tokens": ["accss_crdntl_686904ffd39a4618"],
              "billing_rule_tokens": []
            }""";

    @RegisterExtension
    static final ValidatedWireMock vantage = ValidatedWireMock.vantage();

    private ManagedAccountsApi api;

    @BeforeEach
    void pointTheGeneratedClientAtWireMock() {
        api = clientWithToken("consumer-test-token");
    }

    @Test
    void consumerStubOfVantage200ConformsToTheSpec() throws Exception {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(MANAGED_ACCOUNT)));

        ManagedAccount account =
                api.updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("New Name"));

        assertEquals("acct_dd2fdf6564b60319", account.getToken());
        assertEquals("New Name", account.getName());
        assertEquals("contact@example.com", account.getContactEmail());
        assertEquals("acct_bb022aecd1125ada", account.getParentAccountToken());
        assertEquals(List.of("accss_crdntl_686904ffd39a4618"), account.getAccessCredentialTokens());
        assertEquals(List.of(), account.getBillingRuleTokens());
        vantage.verify(putRequestedFor(urlPathEqualTo("/v2/managed_accounts/acct_dd2fdf6564b60319"))
                .withRequestBody(equalToJson("{\"name\": \"New Name\"}")));
    }

    @Test
    void consumerStubOfVantage400ConformsToTheSpec() throws Exception {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("""
                        {"errors": ["name: instance type (integer) does not match any allowed primitive type (allowed: [\\"string\\"])"]}""", 400)));

        ApiException error = assertThrows(
                ApiException.class,
                () -> api.updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("New Name")));

        assertEquals(400, error.getCode());
        assertEquals(
                List.of(
                        "name: instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])"),
                errorsOf(error));
    }

    @Test
    void consumerStubOfVantage401ConformsToTheSpec() throws Exception {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", equalTo("Bearer expired-token"))
                .willReturn(jsonResponse("{\"errors\": [\"Unauthorized\"]}", 401)
                        .withHeader("WWW-Authenticate", "Bearer realm=\"vantage\"")));

        ApiException error = assertThrows(
                ApiException.class,
                () -> clientWithToken("expired-token")
                        .updateManagedAccount("acct_dd2fdf6564b60319", new UpdateManagedAccount().name("New Name")));

        assertEquals(401, error.getCode());
        assertEquals(
                List.of("Bearer realm=\"vantage\""), error.getResponseHeaders().get("WWW-Authenticate"));
        assertEquals(List.of("Unauthorized"), errorsOf(error));
    }

    @Test
    void consumerStubOfVantage404ConformsToTheSpec() throws Exception {
        vantage.stubFor(put(urlPathEqualTo("/v2/managed_accounts/acct_0000000000000000"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("{\"errors\": [\"Managed Account not found\"]}", 404)));

        ApiException error = assertThrows(
                ApiException.class,
                () -> api.updateManagedAccount(
                        "acct_0000000000000000", new UpdateManagedAccount().contactEmail("ops@acme.example")));

        assertEquals(404, error.getCode());
        assertEquals(List.of("Managed Account not found"), errorsOf(error));
    }

    @Test
    void consumerStubOfVantage500ConformsToTheSpec() throws Exception {
        vantage.stubFor(put(urlPathMatching(MANAGED_ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("{\"errors\": [\"there was a problem processing your request\"]}", 500)));

        ApiException error = assertThrows(
                ApiException.class,
                () -> api.updateManagedAccount(
                        "acct_dd2fdf6564b60319",
                        new UpdateManagedAccount().billingRuleTokens(List.of("bllng_rl_5b2d7e1a3c4f9e80"))));

        assertEquals(500, error.getCode());
        assertEquals(List.of("there was a problem processing your request"), errorsOf(error));
    }

    private static ManagedAccountsApi clientWithToken(String token) {
        ApiClient client = new ApiClient();
        client.setBasePath(vantage.baseUrl());
        client.setBearerToken(token);
        return new ManagedAccountsApi(client);
    }

    private static List<String> errorsOf(ApiException error) throws Exception {
        return JSON.readValue(error.getResponseBody(), Errors.class).getErrors();
    }
}
