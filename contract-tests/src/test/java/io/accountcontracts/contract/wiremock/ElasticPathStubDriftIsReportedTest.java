package io.accountcontracts.contract.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accountcontracts.client.elasticpath.ApiClient;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.Account;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A consumer's Elastic Path stub that has drifted from the spec makes the consumer's tests pass against
 * an API that does not exist. Each test stubs (or sends) one such drift and shows the listener reports it.
 */
class ElasticPathStubDriftIsReportedTest {

    private static final String ACCOUNTS = "/v2/accounts/[^/]+";
    private static final String ACCOUNT_ID = "deb6b25f-8451-4211-9a22-95610333df23";

    @RegisterExtension
    static final ValidatedWireMock elasticPath = ValidatedWireMock.elasticPath();

    private AccountsApi api;

    @BeforeEach
    void pointTheGeneratedClientAtWireMock() {
        ApiClient client = new ApiClient();
        client.setBasePath(elasticPath.baseUrl());
        client.setBearerToken("consumer-test-token");
        api = new AccountsApi(client);
    }

    @Test
    void stubReturningAnAccountWithoutIdIsReported() throws Exception {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {"data": {
                          "type": "account",
                          "name": "acc-name",
                          "legal_name": "acc-legal-name",
                          "meta": {"timestamps": {"created_at": "2021-02-23T09:40:33.882Z", "updated_at": "2021-02-23T09:40:33.882Z"}}
                        }}""")));

        Account account = api.updateAccount(ACCOUNT_ID, rename()).getData();

        // The generated client does not enforce required fields: without the listener this passes.
        assertNull(account.getId());
        elasticPath.expectReported("validation.response.body.schema.required");
    }

    @Test
    void stubReturningARegistrationIdThatIsANumberIsReported() throws Exception {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {"data": {
                          "id": "deb6b25f-8451-4211-9a22-95610333df23",
                          "type": "account",
                          "name": "acc-name",
                          "legal_name": "acc-legal-name",
                          "registration_id": 300,
                          "meta": {"timestamps": {"created_at": "2021-02-23T09:40:33.882Z", "updated_at": "2021-02-23T09:40:33.882Z"}},
                          "links": {"self": "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23"}
                        }}""")));

        Account account = api.updateAccount(ACCOUNT_ID, rename()).getData();

        // The generated client quietly turns the number into a string: without the listener this passes.
        assertEquals("300", account.getRegistrationId());
        elasticPath.expectReported("validation.response.body.schema.type");
    }

    @Test
    void stubReturningAnErrorWithANumericStatusIsReported() {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("""
                        {"errors": [{"status": 404, "title": "Not Found", "detail": "account not found"}]}""", 404)));

        ApiException error = assertThrows(ApiException.class, () -> api.updateAccount(ACCOUNT_ID, rename()));

        assertEquals(404, error.getCode());
        elasticPath.expectReported("validation.response.body.schema.type");
    }

    @Test
    void stubReturningVantageShapedErrorsIsReported() {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("{\"errors\": [\"account not found\"]}", 404)));

        ApiException error = assertThrows(ApiException.class, () -> api.updateAccount(ACCOUNT_ID, rename()));

        assertEquals(404, error.getCode());
        elasticPath.expectReported("validation.response.body.schema.type");
    }

    @Test
    void requestWithAFieldTheSpecDoesNotDefineIsReported() throws Exception {
        elasticPath.stubFor(put(urlPathMatching(ACCOUNTS))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(jsonResponse("""
                        {"errors": [{"status": "404", "title": "Not Found", "detail": "account not found"}]}""", 404)));

        // The generated client cannot send a field its model lacks; a hand-written consumer client can.
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(elasticPath.baseUrl() + "/v2/accounts/" + ACCOUNT_ID))
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"data\": {\"type\": \"account\", \"name\": \"acc-name\", \"nickname\": \"acc\"}}"))
                                .header("Authorization", "Bearer consumer-test-token")
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(404, response.statusCode());
        elasticPath.expectReported("validation.request.body.schema.additionalProperties");
    }

    private static UpdateAccountRequest rename() {
        return new UpdateAccountRequest()
                .data(new AccountUpdate().type(AccountUpdate.TypeEnum.ACCOUNT).name("acc-name"));
    }
}
