package io.accountcontracts.contract.programmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.ErrorResponse;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.model.Errors;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /__admin/fail-next} lets a consumer test how it handles the vendor's 500: shorthand for a
 * programmed rule of {@code count} 500s for any operation, answered with that rule.
 */
class FailNextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void vantageRequestAfterFailNextGetsVantage500AndChangesNothing() throws Exception {
        failNext(1);

        var error = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> stub.vantage().updateManagedAccount(MANAGED, new UpdateManagedAccount().name("lost")));

        assertEquals(500, error.getCode());
        assertEquals(
                "there was a problem processing your request",
                JSON.readValue(error.getResponseBody(), Errors.class)
                        .getErrors()
                        .get(0));
        assertEquals("New Name", stub.records().at("/managed_accounts/0/name").asText());
        assertEquals(
                "kept",
                stub.vantage()
                        .updateManagedAccount(MANAGED, new UpdateManagedAccount().name("kept"))
                        .getName());
    }

    @Test
    void elasticPathRequestAfterFailNextGetsJsonApi500() throws Exception {
        failNext(2);

        for (int i = 0; i < 2; i++) {
            var error = assertThrows(
                    io.accountcontracts.client.elasticpath.ApiException.class,
                    () -> stub.elasticPath()
                            .updateAccount(ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("lost"))));
            assertEquals(500, error.getCode());
            assertEquals(
                    "500",
                    JSON.readValue(error.getResponseBody(), ErrorResponse.class)
                            .getErrors()
                            .get(0)
                            .getStatus());
        }
        assertEquals("acc-name", stub.records().at("/accounts/0/name").asText());
        assertEquals(
                200,
                stub.elasticPath()
                        .updateAccountWithHttpInfo(
                                ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("kept")))
                        .getStatusCode());
    }

    @Test
    void unauthenticatedRequestDoesNotUseUpAPendingFault() throws Exception {
        failNext(1);
        assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> stub.vantage("wrong").updateManagedAccount(MANAGED, new UpdateManagedAccount().name("x")));

        var error = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> stub.vantage().updateManagedAccount(MANAGED, new UpdateManagedAccount().name("x")));

        assertEquals(500, error.getCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "1.5", "", "99999999999"})
    void countThatIsNotAWholeNumberFromOneIsRefusedWith400AndArmsNothing(String count) throws Exception {
        var response = stub.raw()
                .send(
                        "POST",
                        "/__admin/fail-next?count=" + count,
                        null,
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElse(""));
        var error =
                JSON.readValue(response.body(), ErrorResponse.class).getErrors().get(0);
        assertEquals("400", error.getStatus());
        assertTrue(error.getDetail().contains("'count'"), error.getDetail());
        assertEquals(
                200,
                stub.elasticPath()
                        .updateAccountWithHttpInfo(
                                ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("not failed")))
                        .getStatusCode());
    }

    @Test
    void failNextAnswersWithTheRuleItInstalledWhichTheNextResponsesListShows() throws Exception {
        var response = stub.raw()
                .send("POST", "/__admin/fail-next?count=2", null, "Authorization", "Bearer " + ContractStub.TOKEN);

        assertEquals(200, response.statusCode());
        JsonNode rule = JSON.readTree(response.body());
        assertEquals(500, rule.get("status").asInt());
        assertEquals(2, rule.get("remaining").asInt());
        assertFalse(rule.has("operationId"), "applies to any operation: " + rule);
        var listed = JSON.readTree(stub.raw()
                        .send("GET", "/__admin/next-responses", null, "Authorization", "Bearer " + ContractStub.TOKEN)
                        .body())
                .get("nextResponses");
        assertEquals(rule, listed.get(0));
    }

    @Test
    void aRequestThatBreaksTheContractGetsIts400AndDoesNotUseUpAPendingFault() throws Exception {
        failNext(1);
        var invalid = stub.raw()
                .put(
                        "/v2/managed_accounts/" + MANAGED,
                        "{\"name\":1}",
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");
        stub.expectRequestViolation("validation.request.body.schema.type");

        var error = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> stub.vantage().updateManagedAccount(MANAGED, new UpdateManagedAccount().name("x")));

        assertEquals(400, invalid.statusCode());
        assertEquals(500, error.getCode());
    }

    @Test
    void eachFailNextQueuesItsOwnFailures() throws Exception {
        failNext(1);
        failNext(1);

        for (int i = 0; i < 2; i++) {
            assertEquals(
                    500,
                    assertThrows(
                                    io.accountcontracts.client.vantage.ApiException.class,
                                    () -> stub.vantage()
                                            .updateManagedAccount(MANAGED, new UpdateManagedAccount().name("x")))
                            .getCode());
        }
        assertEquals(
                "y",
                stub.vantage()
                        .updateManagedAccount(MANAGED, new UpdateManagedAccount().name("y"))
                        .getName());
    }

    private static void failNext(int count) {
        assertEquals(
                200,
                stub.raw()
                        .send(
                                "POST",
                                "/__admin/fail-next?count=" + count,
                                null,
                                "Authorization",
                                "Bearer " + ContractStub.TOKEN)
                        .statusCode());
    }
}
