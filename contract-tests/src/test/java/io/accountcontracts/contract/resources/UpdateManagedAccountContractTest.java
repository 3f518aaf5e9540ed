package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.model.BillingInformationInput;
import io.accountcontracts.client.vantage.model.BusinessInformationInput;
import io.accountcontracts.client.vantage.model.BusinessMetadataInput;
import io.accountcontracts.client.vantage.model.CustomFieldInput;
import io.accountcontracts.client.vantage.model.Errors;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UpdateManagedAccountContractTest {

    private static final String SEEDED = "acct_dd2fdf6564b60319";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void updateReturnsTheWholeManagedAccountHoldingTheSentValues() throws Exception {
        // Values unlike the seed record's, which equal the documented example: an echo would pass a stub ignoring the
        // body.
        ManagedAccount updated = stub.vantage()
                .updateManagedAccount(
                        SEEDED,
                        new UpdateManagedAccount()
                                .name("Acme Holdings")
                                .contactEmail("accounts@acme.example")
                                .accessCredentialTokens(List.of("accss_crdntl_0f1e2d3c4b5a6978")));

        assertEquals(SEEDED, updated.getToken());
        assertEquals("Acme Holdings", updated.getName());
        assertEquals("accounts@acme.example", updated.getContactEmail());
        assertEquals("acct_bb022aecd1125ada", updated.getParentAccountToken());
        assertEquals(List.of("accss_crdntl_0f1e2d3c4b5a6978"), updated.getAccessCredentialTokens());
        assertEquals(List.of(), updated.getBillingRuleTokens());
    }

    @Test
    void everyDocumentedRequestFieldIsStoredAndReturned() throws Exception {
        ManagedAccount updated = stub.vantage()
                .updateManagedAccount(
                        SEEDED,
                        new UpdateManagedAccount()
                                .name("Acme EU")
                                .contactEmail("ops@acme.example")
                                .accessCredentialTokens(List.of("accss_crdntl_1", "accss_crdntl_2"))
                                .billingRuleTokens(List.of("bllng_rl_1"))
                                .mspBillingProfileToken("msp_bllng_prfl_1")
                                .billingInformationAttributes(new BillingInformationInput()
                                        .companyName("Acme GmbH")
                                        .countryCode("DE")
                                        .city("Berlin")
                                        .billingEmail(List.of("billing@acme.example")))
                                .businessInformationAttributes(new BusinessInformationInput()
                                        .metadata(new BusinessMetadataInput()
                                                .customFields(List.of(new CustomFieldInput()
                                                        .name("cost_center")
                                                        .value("CC-42"))))));

        assertEquals("Acme EU", updated.getName());
        assertEquals(List.of("accss_crdntl_1", "accss_crdntl_2"), updated.getAccessCredentialTokens());
        assertEquals(List.of("bllng_rl_1"), updated.getBillingRuleTokens());
        assertEquals("msp_bllng_prfl_1", updated.getMspBillingProfileToken());
        assertEquals("Berlin", updated.getBillingInformationAttributes().getCity());
        assertEquals(
                List.of("billing@acme.example"),
                updated.getBillingInformationAttributes().getBillingEmail());
        assertEquals(
                "CC-42",
                updated.getBusinessInformationAttributes()
                        .getMetadata()
                        .getCustomFields()
                        .get(0)
                        .getValue());
    }

    @Test
    void partialUpdateLeavesEveryOtherFieldAsItWas() throws Exception {
        stub.vantage()
                .updateManagedAccount(
                        SEEDED,
                        new UpdateManagedAccount()
                                .billingRuleTokens(List.of("bllng_rl_1"))
                                .billingInformationAttributes(new BillingInformationInput()
                                        .companyName("Acme")
                                        .city("Paris")));

        ManagedAccount renamed =
                stub.vantage().updateManagedAccount(SEEDED, new UpdateManagedAccount().name("Renamed"));

        List<String> sentFields = new ArrayList<>();
        JSON.readTree(stub.lastExchange().requestBody()).fieldNames().forEachRemaining(sentFields::add);
        assertEquals(List.of("name"), sentFields, "the generated client must send only the fields the caller set");
        assertEquals("Renamed", renamed.getName());
        assertEquals("contact@example.com", renamed.getContactEmail());
        assertEquals(List.of("accss_crdntl_686904ffd39a4618"), renamed.getAccessCredentialTokens());
        assertEquals(List.of("bllng_rl_1"), renamed.getBillingRuleTokens());
        assertEquals("Acme", renamed.getBillingInformationAttributes().getCompanyName());
    }

    @Test
    void nestedAttributesMergeFieldByField() throws Exception {
        stub.vantage()
                .updateManagedAccount(
                        SEEDED,
                        new UpdateManagedAccount()
                                .billingInformationAttributes(new BillingInformationInput()
                                        .companyName("Acme")
                                        .city("Paris")));

        ManagedAccount moved = stub.vantage()
                .updateManagedAccount(
                        SEEDED,
                        new UpdateManagedAccount()
                                .billingInformationAttributes(new BillingInformationInput().city("Lyon")));

        assertEquals("Acme", moved.getBillingInformationAttributes().getCompanyName());
        assertEquals("Lyon", moved.getBillingInformationAttributes().getCity());
    }

    @Test
    void sentListReplacesTheStoredList() throws Exception {
        ManagedAccount updated = stub.vantage()
                .updateManagedAccount(SEEDED, new UpdateManagedAccount().accessCredentialTokens(List.of()));

        assertEquals(List.of(), updated.getAccessCredentialTokens());
    }

    @Test
    void missingTokenIsRejectedWith401InVantageErrorShape() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.vantage(null).updateManagedAccount(SEEDED, new UpdateManagedAccount().name("Intruder")));

        stub.expectRequestViolation("validation.request.security.missing");
        assertEquals(401, error.getCode());
        assertFalse(errorsOf(error).getErrors().isEmpty());
        String challenge = error.getResponseHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("WWW-Authenticate"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .get(0);
        assertEquals("Bearer realm=\"vantage\"", challenge);
        assertEquals("New Name", storedName());
    }

    @Test
    void wrongTokenIsRejectedWith401AndChangesNothing() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.vantage("not-the-token")
                        .updateManagedAccount(SEEDED, new UpdateManagedAccount().name("Intruder")));

        assertEquals(401, error.getCode());
        assertFalse(errorsOf(error).getErrors().isEmpty());
        assertEquals("New Name", storedName());
    }

    @Test
    void unknownTokenGives404InVantageErrorShape() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.vantage()
                        .updateManagedAccount("acct_0000000000000000", new UpdateManagedAccount().name("x")));

        assertEquals(404, error.getCode());
        assertEquals(List.of("Managed Account not found"), errorsOf(error).getErrors());
    }

    @Test
    void fieldOfWrongTypeGives400NamingTheFieldAndChangesNothing() throws Exception {
        HttpResponse<String> response = stub.raw()
                .put(
                        "/v2/managed_accounts/" + SEEDED,
                        "{\"name\": 42}",
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        stub.expectRequestViolation("validation.request.body.schema.type");
        assertEquals(400, response.statusCode());
        String message = JSON.readTree(response.body()).get("errors").get(0).asText();
        assertTrue(message.contains("/name"), message);
        assertEquals("New Name", storedName());
    }

    @Test
    void unknownFieldGives400AndChangesNothing() throws Exception {
        HttpResponse<String> response = stub.raw()
                .put(
                        "/v2/managed_accounts/" + SEEDED,
                        "{\"name\": \"Sneaky\", \"is_admin\": true}",
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        stub.expectRequestViolation("validation.request.body.schema.additionalProperties");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("is_admin"), response.body());
        assertEquals("New Name", storedName());
    }

    private static String storedName() {
        return stub.server()
                .stores()
                .managedAccounts()
                .get(SEEDED)
                .orElseThrow()
                .get("name")
                .asText();
    }

    private static Errors errorsOf(ApiException error) throws Exception {
        assertNull(JSON.readTree(error.getResponseBody()).get("stackTrace"));
        return JSON.readValue(error.getResponseBody(), Errors.class);
    }
}
