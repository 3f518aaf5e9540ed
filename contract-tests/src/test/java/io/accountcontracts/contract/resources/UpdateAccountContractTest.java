package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.model.Account;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.Error;
import io.accountcontracts.client.elasticpath.model.ErrorResponse;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UpdateAccountContractTest {

    private static final String SEEDED = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final OffsetDateTime SEEDED_AT = OffsetDateTime.parse("2021-02-23T09:40:33.882Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void accountFormUpdateReturnsTheAccountHoldingTheSentValues() throws Exception {
        // Values unlike the seed record's, which equal the documented example: an echo would pass a stub ignoring the
        // body.
        Account account = stub.elasticPath()
                .updateAccount(
                        SEEDED,
                        new UpdateAccountRequest()
                                .data(new AccountUpdate()
                                        .type(AccountUpdate.TypeEnum.ACCOUNT)
                                        .name("acme-eu")
                                        .legalName("Acme Europe GmbH")
                                        .registrationId("00000000-0000-1000-8000-000f00000777")
                                        .externalRef("crm-4711")))
                .getData();

        assertEquals(SEEDED, account.getId());
        assertEquals(Account.TypeEnum.ACCOUNT, account.getType());
        assertEquals("acme-eu", account.getName());
        assertEquals("Acme Europe GmbH", account.getLegalName());
        assertEquals("00000000-0000-1000-8000-000f00000777", account.getRegistrationId());
        assertEquals("crm-4711", account.getExternalRef());
        assertEquals("/v2/accounts/" + SEEDED, account.getLinks().getSelf());
    }

    @Test
    void updateMovesUpdatedAtButNeverCreatedAt() throws Exception {
        Account first = update(new AccountUpdate().name("first"));
        Account second = update(new AccountUpdate().name("second"));

        assertEquals(
                SEEDED_AT.toInstant(),
                first.getMeta().getTimestamps().getCreatedAt().toInstant());
        assertEquals(
                SEEDED_AT.toInstant(),
                second.getMeta().getTimestamps().getCreatedAt().toInstant());
        assertTrue(first.getMeta().getTimestamps().getUpdatedAt().isAfter(SEEDED_AT));
        assertTrue(second.getMeta()
                .getTimestamps()
                .getUpdatedAt()
                .isAfter(first.getMeta().getTimestamps().getUpdatedAt()));
    }

    @Test
    void subAccountFormSetsTheParent() throws Exception {
        Account account = update(new AccountUpdate().name("child").parentId("96b1f750-55d3-4768-a3f9-5c7f4e2b3a10"));

        assertEquals("96b1f750-55d3-4768-a3f9-5c7f4e2b3a10", account.getParentId());
    }

    @Test
    void partialUpdateLeavesEveryOtherFieldAsItWas() throws Exception {
        Account account = update(new AccountUpdate().legalName("New Legal Name Ltd"));

        // type is sent too: the spec gives it the default "account", so the generated model always carries it.
        JsonNode sent = JSON.readTree(stub.lastExchange().requestBody()).get("data");
        assertEquals(
                JSON.readTree("{\"type\":\"account\",\"legal_name\":\"New Legal Name Ltd\"}"),
                sent,
                "the generated client must send only the fields the caller set");
        assertEquals("New Legal Name Ltd", account.getLegalName());
        assertEquals("acc-name", account.getName());
        assertEquals("00000000-0000-1000-8000-000f00000300", account.getRegistrationId());
        assertEquals("16bedceb-8b2d-4f82-a973-b0a8d8432708", account.getExternalRef());
    }

    @Test
    void missingTokenIsRejectedWith401InJsonApiShape() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.elasticPath(null)
                        .updateAccount(SEEDED, new UpdateAccountRequest().data(new AccountUpdate().name("intruder"))));

        stub.expectRequestViolation("validation.request.security.missing");
        assertError(error, 401, "Unauthorized");
        assertEquals("acc-name", storedName());
    }

    @Test
    void wrongTokenIsRejectedWith401AndChangesNothing() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.elasticPath("not-the-token")
                        .updateAccount(SEEDED, new UpdateAccountRequest().data(new AccountUpdate().name("intruder"))));

        assertError(error, 401, "Unauthorized");
        assertEquals("acc-name", storedName());
    }

    @Test
    void unknownIdGives404WithTheDocumentedDetail() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.elasticPath()
                        .updateAccount(
                                "00000000-0000-0000-0000-000000000000",
                                new UpdateAccountRequest().data(new AccountUpdate().name("x"))));

        Error only = assertError(error, 404, "Not Found");
        assertEquals("account not found", only.getDetail());
    }

    @Test
    void emptyNameGives400NamingTheFieldAndChangesNothing() throws Exception {
        ApiException error = assertThrows(ApiException.class, () -> update(new AccountUpdate().name("")));

        stub.expectRequestViolation("validation.request.body.schema.minLength");
        Error only = assertError(error, 400, "Bad Request");
        assertTrue(only.getDetail().contains("/data/name"), only.getDetail());
        assertEquals("acc-name", storedName());
    }

    @Test
    void overlongRegistrationIdGives400AndChangesNothing() throws Exception {
        ApiException error =
                assertThrows(ApiException.class, () -> update(new AccountUpdate().registrationId("r".repeat(64))));

        stub.expectRequestViolation("validation.request.body.schema.maxLength");
        Error only = assertError(error, 400, "Bad Request");
        assertTrue(only.getDetail().contains("/data/registration_id"), only.getDetail());
        assertEquals(
                "00000000-0000-1000-8000-000f00000300",
                stub.server()
                        .stores()
                        .accounts()
                        .get(SEEDED)
                        .orElseThrow()
                        .get("registration_id")
                        .asText());
    }

    @Test
    void typeOtherThanAccountGives400() throws Exception {
        HttpResponse<String> response = stub.raw()
                .put(
                        "/v2/accounts/" + SEEDED,
                        "{\"data\":{\"type\":\"customer\"}}",
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        stub.expectRequestViolation("validation.request.body.schema.enum");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("/data/type"), response.body());
    }

    @Test
    void nullExternalRefClearsItAndIsStoredAsNull() throws Exception {
        Account account = update(new AccountUpdate().externalRef(null));

        JsonNode sent = JSON.readTree(stub.lastExchange().requestBody()).get("data");
        assertTrue(sent.get("external_ref").isNull(), "the generated client must send the explicit null: " + sent);
        assertNull(account.getExternalRef());
        JsonNode answered = JSON.readTree(stub.lastExchange().responseBody()).at("/data/external_ref");
        assertTrue(answered.isNull(), "answered " + answered);
        assertTrue(stub.server()
                .stores()
                .accounts()
                .get(SEEDED)
                .orElseThrow()
                .get("external_ref")
                .isNull());
        assertEquals("acc-legal-name", account.getLegalName(), "a field left out must keep its value");
    }

    private static Account update(AccountUpdate change) throws ApiException {
        return stub.elasticPath()
                .updateAccount(SEEDED, new UpdateAccountRequest().data(change))
                .getData();
    }

    private static String storedName() {
        return stub.server()
                .stores()
                .accounts()
                .get(SEEDED)
                .orElseThrow()
                .get("name")
                .asText();
    }

    private static Error assertError(ApiException error, int status, String title) throws Exception {
        assertEquals(status, error.getCode());
        List<Error> errors =
                JSON.readValue(error.getResponseBody(), ErrorResponse.class).getErrors();
        assertEquals(1, errors.size(), error.getResponseBody());
        assertEquals(Integer.toString(status), errors.get(0).getStatus());
        assertEquals(title, errors.get(0).getTitle());
        return errors.get(0);
    }
}
