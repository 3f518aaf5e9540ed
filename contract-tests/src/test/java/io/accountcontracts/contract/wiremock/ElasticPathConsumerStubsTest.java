package io.accountcontracts.contract.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.elasticpath.ApiClient;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.Account;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.Error;
import io.accountcontracts.client.elasticpath.model.ErrorResponse;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Elastic Path stubbed the way a consumer stubs it, one test per status a consumer handles, each
 * driven through the generated client; the listener holds every stubbed response to the spec.
 */
class ElasticPathConsumerStubsTest {

    private static final String ACCOUNTS = "/v2/accounts/[^/]+";
    private static final String ACCOUNT_ID = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The 200 example of the spec. */
    private static final String ACCOUNT = """
            {
              "data": {
                "id": "deb6b25f-8451-4211-9a22-95610333df23",
                "type": "account",
                "name": "acc-name",
                "legal_name": "acc-legal-name",
                "registration_id": "00000000-0000-1000-8000-000f00000300",
                "external_ref": "16bedceb-8b2d-4f82-a973-b0a8d8432708",
                "meta": {
                  "timestamps": {
                    "created_at": "2021-02-23T09:40:33.882Z",
                    "updated_at": "2021-02-23T09:40:33.882Z"
                  }
                },
                "links": {"self": "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23"}
              }
            }""";

    @RegisterExtension
    static final ValidatedWireMock elasticPath = ValidatedWireMock.elasticPath();

    private AccountsApi api;

    @BeforeEach
    void pointTheGeneratedClientAtWireMock() {
        api = clientWithToken("consumer-test-token");
    }

    @Test
    void consumerStubOfElasticPath200ConformsToTheSpec() throws Exception {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(ACCOUNT)));

        Account account = api.updateAccount(ACCOUNT_ID, rename("acc-name")).getData();

        assertEquals(ACCOUNT_ID, account.getId());
        assertEquals(Account.TypeEnum.ACCOUNT, account.getType());
        assertEquals("acc-name", account.getName());
        assertEquals("acc-legal-name", account.getLegalName());
        assertEquals("00000000-0000-1000-8000-000f00000300", account.getRegistrationId());
        assertEquals(
                OffsetDateTime.parse("2021-02-23T09:40:33.882Z"),
                account.getMeta().getTimestamps().getUpdatedAt());
        assertEquals("/v2/accounts/" + ACCOUNT_ID, account.getLinks().getSelf());
        elasticPath.verify(putRequestedFor(urlPathEqualTo("/v2/accounts/" + ACCOUNT_ID))
                .withRequestBody(equalToJson("{\"data\": {\"type\": \"account\", \"name\": \"acc-name\"}}")));
    }

    @Test
    void consumerStubOfElasticPath400ConformsToTheSpec() throws Exception {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse(
                        error("400", "Bad Request", "Validation failed: field 'Name' on the 'min' tag."), 400)));

        ApiException thrown = assertThrows(ApiException.class, () -> api.updateAccount(ACCOUNT_ID, rename("acc-name")));

        assertError(thrown, 400, "Bad Request", "Validation failed: field 'Name' on the 'min' tag.");
    }

    @Test
    void consumerStubOfElasticPath401ConformsToTheSpec() throws Exception {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", equalTo("Bearer expired-token"))
                .willReturn(jsonResponse(error("401", "Unauthorized", "A valid bearer token is required."), 401)
                        .withHeader("WWW-Authenticate", "Bearer realm=\"elasticpath\"")));

        ApiException thrown = assertThrows(
                ApiException.class,
                () -> clientWithToken("expired-token").updateAccount(ACCOUNT_ID, rename("acc-name")));

        assertError(thrown, 401, "Unauthorized", "A valid bearer token is required.");
        assertEquals(
                List.of("Bearer realm=\"elasticpath\""),
                thrown.getResponseHeaders().get("WWW-Authenticate"));
    }

    @Test
    void consumerStubOfElasticPath404ConformsToTheSpec() throws Exception {
        elasticPath.stubFor(put(urlPathEqualTo("/v2/accounts/00000000-0000-0000-0000-000000000000"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse(error("404", "Not Found", "account not found"), 404)));

        ApiException thrown = assertThrows(
                ApiException.class,
                () -> api.updateAccount("00000000-0000-0000-0000-000000000000", rename("acc-name")));

        assertError(thrown, 404, "Not Found", "account not found");
    }

    @Test
    void consumerStubOfElasticPath409ConformsToTheSpec() throws Exception {
        String taken = "00000000-0000-1000-8000-000f00000300";
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.data.registration_id", equalTo(taken)))
                .willReturn(jsonResponse(
                        error("409", "Conflict", "registration_id '" + taken + "' is already used by another account"),
                        409)));

        ApiException thrown = assertThrows(
                ApiException.class,
                () -> api.updateAccount(
                        ACCOUNT_ID,
                        new UpdateAccountRequest()
                                .data(new AccountUpdate()
                                        .type(AccountUpdate.TypeEnum.ACCOUNT)
                                        .registrationId(taken))));

        assertError(thrown, 409, "Conflict", "registration_id '" + taken + "' is already used by another account");
    }

    @Test
    void consumerStubOfElasticPath500ConformsToTheSpec() throws Exception {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse(
                        error("500", "Internal Server Error", "there was a problem processing your request"), 500)));

        ApiException thrown = assertThrows(ApiException.class, () -> api.updateAccount(ACCOUNT_ID, rename("acc-name")));

        assertError(thrown, 500, "Internal Server Error", "there was a problem processing your request");
    }

    private static AccountsApi clientWithToken(String token) {
        ApiClient client = new ApiClient();
        client.setBasePath(elasticPath.baseUrl());
        client.setBearerToken(token);
        return new AccountsApi(client);
    }

    private static UpdateAccountRequest rename(String name) {
        return new UpdateAccountRequest()
                .data(new AccountUpdate().type(AccountUpdate.TypeEnum.ACCOUNT).name(name));
    }

    /** A JSON:API error body, as a consumer would write one: status a string, as the spec has it. */
    private static String error(String status, String title, String detail) {
        return """
                {"errors": [{"status": "%s", "title": "%s", "detail": "%s"}]}""".formatted(status, title, detail);
    }

    private static void assertError(ApiException thrown, int status, String title, String detail) throws Exception {
        assertEquals(status, thrown.getCode());
        List<Error> errors =
                JSON.readValue(thrown.getResponseBody(), ErrorResponse.class).getErrors();
        assertEquals(1, errors.size());
        assertEquals(String.valueOf(status), errors.get(0).getStatus());
        assertEquals(title, errors.get(0).getTitle());
        assertEquals(detail, errors.get(0).getDetail());
    }
}
