package io.accountcontracts.contract.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.ApiResponse;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.ratelimit.RateLimit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The rate limit as a consumer's test arms it: from the handle for one test, or from the annotation for every
 * test of the class, each starting with a fresh window; and what the generated clients see.
 */
@VendorStubTest(rateLimits = "elasticpath=2/1m")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitHandleTest {

    static final String EP_ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    static final String VANTAGE_ACCOUNT = "acct_dd2fdf6564b60319";

    @Test
    @Order(1)
    void theAnnotationsLimitHoldsInEveryTestAndTheHandleAddsOneForThisTest(
            VendorStub stub, AccountsApi elasticPath, ManagedAccountsApi vantage) throws Exception {
        stub.rateLimit(Vendor.VANTAGE, 1, Duration.ofMinutes(1));

        assertEquals(
                List.of(
                        new RateLimit(Vendor.VANTAGE, 1, Duration.ofMinutes(1)),
                        new RateLimit(Vendor.ELASTIC_PATH, 2, Duration.ofMinutes(1))),
                stub.rateLimits());
        var answer = vantage.updateManagedAccountWithHttpInfo(VANTAGE_ACCOUNT, new UpdateManagedAccount().name("a"));
        assertEquals(List.of("0"), header(answer.getHeaders(), "x-rate-limit-remaining"));
        var refused = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> vantage.updateManagedAccount(VANTAGE_ACCOUNT, new UpdateManagedAccount().name("b")));
        assertEquals(429, refused.getCode());
        assertTrue(refused.getResponseBody().startsWith("{\"errors\":[\""), refused.getResponseBody());
        assertEquals(List.of("1"), header(refused.getResponseHeaders(), "x-rate-limit-limit"));
        useUpElasticPathsTwo(elasticPath);
    }

    @Test
    @Order(2)
    void theNextTestHasTheAnnotationsLimitOnlyWithAFreshWindow(
            VendorStub stub, AccountsApi elasticPath, ManagedAccountsApi vantage) throws Exception {
        assertEquals(List.of(new RateLimit(Vendor.ELASTIC_PATH, 2, Duration.ofMinutes(1))), stub.rateLimits());
        ManagedAccount free = vantage.updateManagedAccount(VANTAGE_ACCOUNT, new UpdateManagedAccount().name("c"));
        assertEquals("c", free.getName());
        useUpElasticPathsTwo(elasticPath);
    }

    @Test
    @Order(3)
    void clearRateLimitsLiftsThemForTheRestOfTheTest(VendorStub stub, AccountsApi elasticPath) throws Exception {
        stub.clearRateLimits();

        for (int i = 0; i < 5; i++) {
            ApiResponse<?> answer = elasticPath.updateAccountWithHttpInfo(
                    EP_ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("n" + i)));
            assertEquals(200, answer.getStatusCode());
        }
        assertEquals(List.of(), stub.rateLimits());
    }

    @Nested
    class BuilderOptions {

        @Test
        void aVendorTwiceOrABadLimitIsRefusedNamingIt() {
            IllegalArgumentException twice = assertThrows(
                    IllegalArgumentException.class,
                    () -> VendorStubExtension.newInstance()
                            .rateLimit("vantage=1/1s")
                            .rateLimit("vantage=2/1s"));
            IllegalArgumentException bad = assertThrows(
                    IllegalArgumentException.class,
                    () -> VendorStubExtension.newInstance().rateLimit("vantage=1/1w"));

            assertTrue(twice.getMessage().contains("two rate limits for vantage"), twice.getMessage());
            assertTrue(bad.getMessage().contains("rate limit 'vantage=1/1w': the window '1w'"), bad.getMessage());
        }
    }

    // Header names are case-insensitive, and the JDK's server sends them capitalised: X-rate-limit-limit.
    private static List<String> header(java.util.Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey() != null && h.getKey().equalsIgnoreCase(name))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static void useUpElasticPathsTwo(AccountsApi elasticPath) throws Exception {
        for (String name : List.of("x", "y")) {
            elasticPath.updateAccount(EP_ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name(name)));
        }
        ApiException refused = assertThrows(
                ApiException.class,
                () -> elasticPath.updateAccount(
                        EP_ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("z"))));
        assertEquals(429, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"status\":\"429\""), refused.getResponseBody());
    }
}
