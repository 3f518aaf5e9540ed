package io.accountcontracts.contract.resources;

import static io.accountcontracts.contract.resources.ElasticPathAccounts.AUTH;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.JSON;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.JSON_TYPE;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.NO_SUCH_ID;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.assertError;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.ApiResponse;
import io.accountcontracts.client.elasticpath.model.Account;
import io.accountcontracts.client.elasticpath.model.AccountCreate;
import io.accountcontracts.client.elasticpath.model.AccountListResponse;
import io.accountcontracts.client.elasticpath.model.AccountResponse;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.client.elasticpath.model.Error;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Elastic Path accounts from creation to deletion, through the generated client: {@code POST /v2/accounts},
 * {@code GET} and {@code DELETE /v2/accounts/{accountID}} and the list, with every error they document, each
 * refused request leaving the store as it was.
 */
class AccountLifecycleContractTest {

    private static final String SEEDED = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final String SEEDED_REGISTRATION_ID = "00000000-0000-1000-8000-000f00000300";
    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final String VALID_BODY = "{\"data\":{\"type\":\"account\",\"name\":\"raw-co\"}}";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void anAccountIsCreatedReadListedUpdatedAndDeletedThenIsGone() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

        ApiResponse<AccountResponse> created = stub.elasticPath()
                .createAccountWithHttpInfo(new CreateAccountRequest()
                        .data(new AccountCreate()
                                .type(AccountCreate.TypeEnum.ACCOUNT)
                                .name("swan-co")
                                .legalName("Swan Company Ltd")
                                .registrationId("reg-swan-0001")
                                .externalRef("crm-9001")));

        assertEquals(201, created.getStatusCode());
        Account account = created.getData().getData();
        String id = account.getId();
        assertTrue(UUID_V4.matcher(id).matches(), "a version 4 UUID: " + id);
        assertEquals(Account.TypeEnum.ACCOUNT, account.getType());
        assertEquals("swan-co", account.getName());
        assertEquals("Swan Company Ltd", account.getLegalName());
        assertEquals("reg-swan-0001", account.getRegistrationId());
        assertEquals("crm-9001", account.getExternalRef());
        assertNull(account.getParentId());
        assertNull(account.getRelationships());
        OffsetDateTime createdAt = account.getMeta().getTimestamps().getCreatedAt();
        assertEquals(createdAt, account.getMeta().getTimestamps().getUpdatedAt());
        assertTrue(
                createdAt.isAfter(before)
                        && createdAt.isBefore(OffsetDateTime.now().plusSeconds(1)),
                "created now: " + createdAt);
        assertEquals("/v2/accounts/" + id, account.getLinks().getSelf());

        assertEquals(account, stub.elasticPath().getAccount(id).getData(), "read back as created");

        AccountListResponse list = stub.elasticPath().listAccounts(null, null, null, null);
        assertEquals(List.of(id, SEEDED), ids(list.getData()), "newest first");
        assertEquals(2, list.getMeta().getResults().getTotal());
        assertEquals(
                List.of(id),
                ids(stub.elasticPath()
                        .listAccounts("eq(name,swan-co)", null, null, null)
                        .getData()));

        Account updated = stub.elasticPath()
                .updateAccount(id, new UpdateAccountRequest().data(new AccountUpdate().name("swan-co-renamed")))
                .getData();
        assertEquals("swan-co-renamed", updated.getName());
        assertEquals("Swan Company Ltd", updated.getLegalName());
        assertEquals(createdAt, updated.getMeta().getTimestamps().getCreatedAt());
        assertEquals(updated, stub.elasticPath().getAccount(id).getData());

        ApiResponse<Void> deleted = stub.elasticPath().deleteAccountWithHttpInfo(id);
        assertEquals(204, deleted.getStatusCode());
        assertEquals("", stub.lastExchange().responseBody(), "a 204 has no body");

        assertNotFound(assertThrows(ApiException.class, () -> stub.elasticPath().getAccount(id)));
        assertNotFound(assertThrows(
                ApiException.class,
                () -> stub.elasticPath()
                        .updateAccount(id, new UpdateAccountRequest().data(new AccountUpdate().name("ghost")))));
        assertNotFound(assertThrows(ApiException.class, () -> stub.elasticPath().deleteAccount(id)));
        assertEquals(
                List.of(SEEDED),
                ids(stub.elasticPath().listAccounts(null, null, null, null).getData()));
    }

    @Test
    void onlyNameAndTypeAreNeededAndTheRestComesBackUnset() throws Exception {
        Account account =
                create(new AccountCreate().type(AccountCreate.TypeEnum.ACCOUNT).name("bare"));

        assertEquals("bare", account.getName());
        assertNull(account.getLegalName());
        assertNull(account.getRegistrationId());
        assertNull(account.getExternalRef());
        assertNull(account.getParentId());
        assertEquals(account, stub.elasticPath().getAccount(account.getId()).getData());
    }

    @Test
    void eachCreateGetsItsOwnId() throws Exception {
        String first = create(
                        new AccountCreate().type(AccountCreate.TypeEnum.ACCOUNT).name("same"))
                .getId();
        String second = create(
                        new AccountCreate().type(AccountCreate.TypeEnum.ACCOUNT).name("same"))
                .getId();

        assertFalse(first.equals(second), first);
        assertEquals(3, total());
    }

    @Test
    void aSubAccountNamesItsParentAndEveryAncestorRootFirst() throws Exception {
        Account child = create(new AccountCreate()
                .type(AccountCreate.TypeEnum.ACCOUNT)
                .name("child-co")
                .parentId(SEEDED));

        assertEquals(SEEDED, child.getParentId());
        assertEquals(SEEDED, child.getRelationships().getParent().getData().getId());
        assertEquals("account", child.getRelationships().getParent().getData().getType());
        assertEquals(
                List.of(SEEDED),
                child.getRelationships().getAncestors().stream()
                        .map(a -> a.getData().getId())
                        .toList());

        Account grandchild = create(new AccountCreate()
                .type(AccountCreate.TypeEnum.ACCOUNT)
                .name("grandchild-co")
                .parentId(child.getId()));

        assertEquals(
                child.getId(),
                grandchild.getRelationships().getParent().getData().getId());
        assertEquals(
                List.of(SEEDED, child.getId()),
                grandchild.getRelationships().getAncestors().stream()
                        .map(a -> a.getData().getId())
                        .toList());
        assertEquals(
                grandchild, stub.elasticPath().getAccount(grandchild.getId()).getData());
    }

    @Test
    void aNullParentIdCreatesAParentAccount() throws Exception {
        Account account = create(new AccountCreate()
                .type(AccountCreate.TypeEnum.ACCOUNT)
                .name("top")
                .parentId(null));

        assertNull(account.getParentId());
        assertNull(account.getRelationships());
    }

    @Test
    void aTakenRegistrationIdGets409AndCreatesNothing() throws Exception {
        String before = records();

        ApiException error = assertThrows(
                ApiException.class,
                () -> create(new AccountCreate()
                        .type(AccountCreate.TypeEnum.ACCOUNT)
                        .name("copycat")
                        .registrationId(SEEDED_REGISTRATION_ID)));

        Error only = assertError(error, 409, "Conflict");
        assertTrue(only.getDetail().contains("registration_id"), only.getDetail());
        assertEquals(1, total());
        assertEquals(before, records());
    }

    @Test
    void aRegistrationIdTakenByACreatedAccountGets409Too() throws Exception {
        create(new AccountCreate()
                .type(AccountCreate.TypeEnum.ACCOUNT)
                .name("first")
                .registrationId("reg-once"));

        ApiException error = assertThrows(
                ApiException.class,
                () -> create(new AccountCreate()
                        .type(AccountCreate.TypeEnum.ACCOUNT)
                        .name("second")
                        .registrationId("reg-once")));

        assertError(error, 409, "Conflict");
        assertEquals(2, total());
    }

    @Test
    void aParentIdNamingNoAccountGets400AndCreatesNothing() throws Exception {
        String before = records();

        ApiException error = assertThrows(
                ApiException.class,
                () -> create(new AccountCreate()
                        .type(AccountCreate.TypeEnum.ACCOUNT)
                        .name("orphan")
                        .parentId(NO_SUCH_ID)));

        Error only = assertError(error, 400, "Bad Request");
        assertTrue(only.getDetail().contains("parent_id"), only.getDetail());
        assertEquals(1, total());
        assertEquals(before, records());
    }

    @Test
    void aDeletedParentCannotTakeNewSubAccounts() throws Exception {
        Account parent =
                create(new AccountCreate().type(AccountCreate.TypeEnum.ACCOUNT).name("short-lived"));
        stub.elasticPath().deleteAccount(parent.getId());

        ApiException error = assertThrows(
                ApiException.class,
                () -> create(new AccountCreate()
                        .type(AccountCreate.TypeEnum.ACCOUNT)
                        .name("late-child")
                        .parentId(parent.getId())));

        assertError(error, 400, "Bad Request");
        assertEquals(1, total());
    }

    @Test
    void aCreateWithoutANameGets400NamingItAndCreatesNothing() throws Exception {
        HttpResponse<String> response = post("{\"data\":{\"type\":\"account\"}}", "Content-Type", JSON_TYPE);

        stub.expectRequestViolation("validation.request.body.schema.required");
        Error only = assertError(response, 400, "Bad Request");
        assertTrue(only.getDetail().contains("name"), only.getDetail());
        assertEquals(1, total());
    }

    @Test
    void aCreateWithAnUnknownFieldGets400AndCreatesNothing() throws Exception {
        HttpResponse<String> response =
                post("{\"data\":{\"type\":\"account\",\"name\":\"x\",\"is_admin\":true}}", "Content-Type", JSON_TYPE);

        stub.expectRequestViolation("validation.request.body.schema.additionalProperties");
        assertError(response, 400, "Bad Request");
        assertEquals(1, total());
    }

    @Test
    void getAndDeleteOfAnUnknownIdGet404() throws Exception {
        assertNotFound(assertThrows(ApiException.class, () -> stub.elasticPath().getAccount(NO_SUCH_ID)));
        assertNotFound(assertThrows(ApiException.class, () -> stub.elasticPath().deleteAccount(NO_SUCH_ID)));
        assertNotFound(assertThrows(ApiException.class, () -> stub.elasticPath().getAccount("not-a-uuid")));
        assertEquals(1, total());
    }

    @Test
    void withoutATokenEachOperationGets401AndChangesNothing() throws Exception {
        String before = records();

        assertUnauthorized(
                assertThrows(ApiException.class, () -> stub.elasticPath(null).listAccounts(null, null, null, null)));
        stub.expectRequestViolation("validation.request.security.missing");
        assertUnauthorized(
                assertThrows(ApiException.class, () -> stub.elasticPath(null).getAccount(SEEDED)));
        stub.expectRequestViolation("validation.request.security.missing");
        assertUnauthorized(assertThrows(
                ApiException.class,
                () -> stub.elasticPath(null)
                        .createAccount(new CreateAccountRequest()
                                .data(new AccountCreate()
                                        .type(AccountCreate.TypeEnum.ACCOUNT)
                                        .name("intruder")))));
        stub.expectRequestViolation("validation.request.security.missing");
        assertUnauthorized(
                assertThrows(ApiException.class, () -> stub.elasticPath(null).deleteAccount(SEEDED)));
        stub.expectRequestViolation("validation.request.security.missing");

        assertEquals(before, records());
    }

    @Test
    void withAWrongTokenEachOperationGets401AndChangesNothing() throws Exception {
        String before = records();

        assertUnauthorized(
                assertThrows(ApiException.class, () -> stub.elasticPath("wrong").listAccounts(null, null, null, null)));
        assertUnauthorized(
                assertThrows(ApiException.class, () -> stub.elasticPath("wrong").getAccount(SEEDED)));
        assertUnauthorized(assertThrows(
                ApiException.class,
                () -> stub.elasticPath("wrong")
                        .createAccount(new CreateAccountRequest()
                                .data(new AccountCreate()
                                        .type(AccountCreate.TypeEnum.ACCOUNT)
                                        .name("intruder")))));
        assertUnauthorized(
                assertThrows(ApiException.class, () -> stub.elasticPath("wrong").deleteAccount(SEEDED)));

        assertEquals(before, records());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "GET /v2/accounts",
                "GET /v2/accounts/" + SEEDED,
                "POST /v2/accounts",
                "DELETE /v2/accounts/" + SEEDED
            })
    void acceptingOnlyHtmlGets406AndChangesNothing(String request) throws Exception {
        String before = records();
        String method = request.substring(0, request.indexOf(' '));
        String path = request.substring(request.indexOf(' ') + 1);

        HttpResponse<String> response = stub.raw()
                .send(
                        method,
                        path,
                        method.equals("POST") ? VALID_BODY.getBytes(StandardCharsets.UTF_8) : null,
                        method.equals("POST")
                                ? new String[] {"Authorization", AUTH, "Accept", "text/html", "Content-Type", JSON_TYPE}
                                : new String[] {"Authorization", AUTH, "Accept", "text/html"});

        stub.expectRequestViolation("validation.request.accept.notAllowed");
        assertError(response, 406, "Not Acceptable");
        assertEquals(before, records());
    }

    @Test
    void aCreateBodyOver1MiBGets413AndCreatesNothing() throws Exception {
        HttpResponse<String> response = post(
                "{\"data\":{\"type\":\"account\",\"name\":\"" + "x".repeat(1024 * 1024) + "\"}}",
                "Content-Type",
                JSON_TYPE);

        assertError(response, 413, "Request Entity Too Large");
        assertEquals(1, total());
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void aCreateBodyThatIsNotJsonGets415AndCreatesNothing(String contentType) throws Exception {
        HttpResponse<String> response = post(VALID_BODY, "Content-Type", contentType);

        stub.expectRequestViolation("validation.request.contentType.notAllowed");
        assertError(response, 415, "Unsupported Media Type");
        assertEquals(1, total());
    }

    @Test
    void aCreateWithNoContentTypeGets415() throws Exception {
        HttpResponse<String> response = post(VALID_BODY);

        assertError(response, 415, "Unsupported Media Type");
        assertEquals(1, total());
    }

    @Test
    void createdAtStaysWhenTheAccountChangesLater() throws Exception {
        Account account =
                create(new AccountCreate().type(AccountCreate.TypeEnum.ACCOUNT).name("aging"));
        Thread.sleep(Duration.ofMillis(5).toMillis());

        Account changed = stub.elasticPath()
                .updateAccount(account.getId(), new UpdateAccountRequest().data(new AccountUpdate().name("aged")))
                .getData();

        assertEquals(
                account.getMeta().getTimestamps().getCreatedAt(),
                changed.getMeta().getTimestamps().getCreatedAt());
        assertTrue(changed.getMeta()
                .getTimestamps()
                .getUpdatedAt()
                .isAfter(account.getMeta().getTimestamps().getUpdatedAt()));
    }

    private static Account create(AccountCreate account) throws ApiException {
        return stub.elasticPath()
                .createAccount(new CreateAccountRequest().data(account))
                .getData();
    }

    private static HttpResponse<String> post(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = AUTH;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return stub.raw().send("POST", "/v2/accounts", body.getBytes(StandardCharsets.UTF_8), all);
    }

    /** The list's count, read through the list itself (one more validated exchange). */
    private static int total() throws ApiException {
        return stub.elasticPath()
                .listAccounts(null, null, null, null)
                .getMeta()
                .getResults()
                .getTotal();
    }

    private static String records() throws Exception {
        return JSON.writeValueAsString(stub.records());
    }

    private static void assertNotFound(ApiException error) throws Exception {
        assertEquals("account not found", assertError(error, 404, "Not Found").getDetail());
    }

    private static void assertUnauthorized(ApiException error) throws Exception {
        assertError(error, 401, "Unauthorized");
        assertTrue(
                error.getResponseHeaders().getOrDefault("WWW-Authenticate", List.of()).stream()
                                .anyMatch(value -> value.startsWith("Bearer"))
                        || error.getResponseHeaders().getOrDefault("www-authenticate", List.of()).stream()
                                .anyMatch(value -> value.startsWith("Bearer")),
                "WWW-Authenticate: " + error.getResponseHeaders());
    }
}
