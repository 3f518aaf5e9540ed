package io.accountcontracts.contract.resources;

import static io.accountcontracts.contract.resources.ElasticPathAccounts.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.model.AccountCreate;
import io.accountcontracts.client.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.contract.support.ContractStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * A stub started with {@code --rate-limit elasticpath=1/1m}: once the store's one request of the minute is spent,
 * list, get, create and delete each get Elastic Path's 429 and change nothing. Each test starts a fresh window.
 */
class AccountsRateLimitContractTest {

    private static final String SEEDED = "deb6b25f-8451-4211-9a22-95610333df23";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withRateLimits("elasticpath=1/1m");

    @Test
    void listOverTheLimitGets429() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.elasticPath().listAccounts(null, null, null, null));
    }

    @Test
    void getOverTheLimitGets429() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.elasticPath().getAccount(SEEDED));
    }

    @Test
    void createOverTheLimitGets429AndCreatesNothing() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.elasticPath()
                .createAccount(new CreateAccountRequest()
                        .data(new AccountCreate()
                                .type(AccountCreate.TypeEnum.ACCOUNT)
                                .name("too-soon"))));
        assertEquals(1, stub.server().stores().accounts().all().size());
    }

    @Test
    void deleteOverTheLimitGets429AndDeletesNothing() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.elasticPath().deleteAccount(SEEDED));
        assertEquals(true, stub.server().stores().accounts().get(SEEDED).isPresent());
    }

    private static void spendTheWindow() throws ApiException {
        assertEquals(SEEDED, stub.elasticPath().getAccount(SEEDED).getData().getId());
    }

    private static void assertRateLimited(Executable call) throws Exception {
        assertError(assertThrows(ApiException.class, call), 429, "Too Many Requests");
    }
}
