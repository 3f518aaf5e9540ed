package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.model.CreateManagedAccount;
import io.accountcontracts.client.vantage.model.Errors;
import io.accountcontracts.contract.support.ContractStub;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * A stub started with {@code --rate-limit vantage=1/1m}: every test spends the one request its fresh window allows,
 * then meets Vantage's 429 on one of the new operations, which carries the rate-limit headers and changes nothing.
 */
class ManagedAccountsRateLimitContractTest {

    private static final String SEEDED = "acct_dd2fdf6564b60319";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withRateLimits("vantage=1/1m");

    @Test
    void listOverTheLimitGets429() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.vantage().listManagedAccounts(1, 10));
    }

    @Test
    void getOverTheLimitGets429() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.vantage().getManagedAccount(SEEDED));
    }

    @Test
    void createOverTheLimitGets429AndStoresNothing() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.vantage()
                .createManagedAccount(
                        new CreateManagedAccount().name("Too Many").contactEmail("t@acme.example")));
        assertEquals(1, stub.server().stores().managedAccounts().all().size());
    }

    @Test
    void deleteOverTheLimitGets429AndDeletesNothing() throws Exception {
        spendTheWindow();

        assertRateLimited(() -> stub.vantage().deleteManagedAccount(SEEDED, Map.of()));
        assertTrue(stub.server().stores().managedAccounts().get(SEEDED).isPresent());
    }

    @Test
    void theOneAllowedRequestCountsDownToZero() throws Exception {
        stub.vantage().listManagedAccounts(null, null);

        assertEquals(List.of("0"), stub.lastExchange().responseHeaders().get("x-rate-limit-remaining"));
        assertEquals(List.of("1"), stub.lastExchange().responseHeaders().get("x-rate-limit-limit"));
    }

    private static void spendTheWindow() throws ApiException {
        stub.vantage().getManagedAccount(SEEDED);
        assertEquals(200, stub.lastExchange().status());
    }

    private static void assertRateLimited(Executable call) throws Exception {
        ApiException error = assertThrows(ApiException.class, call);

        assertEquals(429, error.getCode(), error.getResponseBody());
        Errors errors = JSON.readValue(error.getResponseBody(), Errors.class);
        assertEquals(
                List.of("Too many requests; send no more before the time in x-rate-limit-reset."), errors.getErrors());
        Map<String, List<String>> headers = stub.lastExchange().responseHeaders();
        assertEquals(List.of("0"), headers.get("x-rate-limit-remaining"));
        assertEquals(List.of("1"), headers.get("x-rate-limit-limit"));
        assertTrue(headers.containsKey("x-rate-limit-reset"), headers.toString());
    }
}
