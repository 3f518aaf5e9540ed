package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.ApiResponse;
import io.accountcontracts.client.vantage.model.CreateManagedAccount;
import io.accountcontracts.client.vantage.model.Errors;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vantage's managed accounts from birth to deletion through the generated client: create (201), read, list,
 * update, delete (204), and the vendor's 404 for every operation on the token afterwards; and creates the
 * spec refuses, which leave the store as it was.
 */
class ManagedAccountLifecycleContractTest {

    private static final String SEEDED = "acct_dd2fdf6564b60319";
    private static final String SEED_PARENT = "acct_bb022aecd1125ada";
    private static final String COLLECTION = "/v2/managed_accounts";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void createdAccountIsReadListedUpdatedAndDeletedAndThenUnknownToEveryOperation() throws Exception {
        ApiResponse<ManagedAccount> createdAnswer = stub.vantage()
                .createManagedAccountWithHttpInfo(new CreateManagedAccount()
                        .name("Acme Europe")
                        .contactEmail("ops@acme.example")
                        .accessCredentialTokens(List.of("accss_crdntl_72a8c8ab1d6c9d2c"))
                        .billingRuleTokens(List.of("bllng_rl_5b2d7e1a3c4f9e80"))
                        .emailDomain("acme.example"));
        ManagedAccount created = createdAnswer.getData();
        String token = created.getToken();

        assertEquals(201, createdAnswer.getStatusCode());
        assertTrue(token.matches("acct_[0-9a-f]{16}"), token);
        assertNotEquals(SEEDED, token);
        assertEquals("Acme Europe", created.getName());
        assertEquals("ops@acme.example", created.getContactEmail());
        assertEquals(SEED_PARENT, created.getParentAccountToken());
        assertEquals(List.of("accss_crdntl_72a8c8ab1d6c9d2c"), created.getAccessCredentialTokens());
        assertEquals(List.of("bllng_rl_5b2d7e1a3c4f9e80"), created.getBillingRuleTokens());
        assertEquals("acme.example", created.getEmailDomain());

        assertEquals(created, stub.vantage().getManagedAccount(token));
        assertEquals(List.of(SEEDED, token), listedTokens());

        ManagedAccount renamed = stub.vantage().updateManagedAccount(token, new UpdateManagedAccount().name("Acme EU"));
        assertEquals("Acme EU", renamed.getName());
        assertEquals("ops@acme.example", renamed.getContactEmail());
        assertEquals("Acme EU", stub.vantage().getManagedAccount(token).getName());

        ApiResponse<Void> deleted = stub.vantage().deleteManagedAccountWithHttpInfo(token, null);
        assertEquals(204, deleted.getStatusCode());
        assertEquals("", stub.lastExchange().responseBody());
        assertEquals(List.of(SEEDED), listedTokens());

        assertNotFound(() -> stub.vantage().getManagedAccount(token));
        assertNotFound(() -> stub.vantage().updateManagedAccount(token, new UpdateManagedAccount().name("Ghost")));
        assertNotFound(() -> stub.vantage().deleteManagedAccount(token, null));
        assertEquals(List.of(SEEDED), listedTokens());
    }

    @Test
    void createWithOnlyTheRequiredFieldsGetsEmptyListsAndANullEmailDomain() throws Exception {
        ManagedAccount created = stub.vantage()
                .createManagedAccount(
                        new CreateManagedAccount().name("New Managed Account").contactEmail("admin@acme.example"));

        assertEquals("New Managed Account", created.getName());
        assertEquals("admin@acme.example", created.getContactEmail());
        assertEquals(List.of(), created.getAccessCredentialTokens());
        assertEquals(List.of(), created.getBillingRuleTokens());
        assertNull(created.getEmailDomain());
        assertTrue(JSON.readTree(stub.lastExchange().responseBody()).has("email_domain"), "sent as null, as Vantage");
    }

    @Test
    void everyCreateGetsItsOwnToken() throws Exception {
        String first = create("First").getToken();
        String second = create("Second").getToken();

        assertNotEquals(first, second);
        assertEquals("First", stub.vantage().getManagedAccount(first).getName());
        assertEquals("Second", stub.vantage().getManagedAccount(second).getName());
        assertEquals(List.of(SEEDED, first, second), listedTokens());
    }

    @Test
    void seededAccountIsReadAsStored() throws Exception {
        ManagedAccount seeded = stub.vantage().getManagedAccount(SEEDED);

        assertEquals(SEEDED, seeded.getToken());
        assertEquals("New Name", seeded.getName());
        assertEquals("contact@example.com", seeded.getContactEmail());
        assertEquals(SEED_PARENT, seeded.getParentAccountToken());
        assertEquals(List.of("accss_crdntl_686904ffd39a4618"), seeded.getAccessCredentialTokens());
    }

    @Test
    void deletingTheSeededAccountRemovesItAndOnlyIt() throws Exception {
        String kept = create("Kept").getToken();

        stub.vantage().deleteManagedAccount(SEEDED, null);

        assertEquals(204, stub.lastExchange().status());
        assertEquals(List.of(kept), listedTokens());
        assertNotFound(() -> stub.vantage().getManagedAccount(SEEDED));
    }

    @Test
    void unknownTokenGivesVantages404OnGetAndDelete() throws Exception {
        assertNotFound(() -> stub.vantage().getManagedAccount("acct_0000000000000000"));
        assertNotFound(() -> stub.vantage().deleteManagedAccount("acct_0000000000000000", null));
        assertEquals(List.of(SEEDED), listedTokens());
    }

    @Test
    void deleteWithTheEmptyObjectTheVendorsJavaScriptSdkSendsGets204() throws Exception {
        HttpResponse<String> answer = stub.raw()
                .send(
                        "DELETE",
                        COLLECTION + "/" + SEEDED,
                        "{}".getBytes(),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");

        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals("", answer.body());
        assertEquals(List.of(), listedTokens());
    }

    @Test
    void deleteThroughTheGeneratedClientWithAnEmptyObjectGets204() throws Exception {
        stub.vantage().deleteManagedAccount(SEEDED, Map.of());

        assertEquals("{}", stub.lastExchange().requestBody());
        assertEquals(204, stub.lastExchange().status());
        assertEquals(List.of(), listedTokens());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"a\":1}|validation.request.body.schema.additionalProperties",
                "[]|validation.request.body.schema.type",
                "{\"token\":\"acct_dd2fdf6564b60319\"}|validation.request.body.schema.additionalProperties"
            })
    void deleteWithAnyOtherBodyGets400AndDeletesNothing(String body, String violation) throws Exception {
        HttpResponse<String> answer = stub.raw()
                .send(
                        "DELETE",
                        COLLECTION + "/" + SEEDED,
                        body.getBytes(),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
        stub.expectRequestViolation(violation);

        assertEquals(400, answer.statusCode(), answer.body());
        assertVantageErrors(answer.body());
        assertEquals(List.of(SEEDED), listedTokens());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":\"No Email\"}|validation.request.body.schema.required|contact_email",
                "{\"contact_email\":\"ops@acme.example\"}|validation.request.body.schema.required|name",
                "{\"name\":\"Bad\",\"contact_email\":\"not-an-email\"}|validation.request.body.schema.format.email"
                        + "|contact_email",
                "{\"name\":\"Sneaky\",\"contact_email\":\"ops@acme.example\",\"is_admin\":true}"
                        + "|validation.request.body.schema.additionalProperties|is_admin",
                "{\"name\":\"Later\",\"contact_email\":\"ops@acme.example\",\"payment_terms_days\":30}"
                        + "|validation.request.body.schema.additionalProperties|payment_terms_days",
                "{\"name\":42,\"contact_email\":\"ops@acme.example\"}|validation.request.body.schema.type|name",
                "{\"name\":\"x\",\"contact_email\":\"ops@acme.example\",\"billing_rule_tokens\":\"b\"}"
                        + "|validation.request.body.schema.type|billing_rule_tokens"
            })
    void refusedCreateGets400NamingTheFieldAndStoresNothing(String body, String violation, String named)
            throws Exception {
        String before = stub.records().toString();

        HttpResponse<String> answer = stub.raw()
                .send("POST", COLLECTION, body.getBytes(), "Authorization", AUTH, "Content-Type", "application/json");
        stub.expectRequestViolation(violation);

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(String.join(" ", assertVantageErrors(answer.body())).contains(named), answer.body());
        assertEquals(before, stub.records().toString(), "a refused create changed stored state");
        assertEquals(List.of(SEEDED), listedTokens());
    }

    @Test
    void refusedCreateThroughTheGeneratedClientStoresNothing() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.vantage()
                        .createManagedAccount(
                                new CreateManagedAccount().name("Bad").contactEmail("not-an-email")));
        stub.expectRequestViolation("validation.request.body.schema.format.email");

        assertEquals(400, error.getCode());
        assertTrue(errorsOf(error).getErrors().get(0).contains("contact_email"), error.getResponseBody());
        assertEquals(List.of(SEEDED), listedTokens());
    }

    private static ManagedAccount create(String name) throws ApiException {
        return stub.vantage()
                .createManagedAccount(new CreateManagedAccount().name(name).contactEmail("a@b.example"));
    }

    private static List<String> listedTokens() throws ApiException {
        return stub.vantage().listManagedAccounts(1, 1000).getManagedAccounts().stream()
                .map(ManagedAccount::getToken)
                .toList();
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable call) throws Exception {
        ApiException error = assertThrows(ApiException.class, call);
        assertEquals(404, error.getCode(), error.getResponseBody());
        assertEquals(List.of("Managed Account not found"), errorsOf(error).getErrors());
        assertEquals("{\"errors\":[\"Managed Account not found\"]}", error.getResponseBody());
    }

    static List<String> assertVantageErrors(String body) throws Exception {
        Errors errors = JSON.readValue(body, Errors.class);
        assertTrue(!errors.getErrors().isEmpty(), body);
        errors.getErrors().forEach(e -> assertTrue(!e.contains("Exception") && !e.contains("io.account"), body));
        return errors.getErrors();
    }

    private static Errors errorsOf(ApiException error) throws Exception {
        assertNull(JSON.readTree(error.getResponseBody()).get("stackTrace"));
        return JSON.readValue(error.getResponseBody(), Errors.class);
    }
}
