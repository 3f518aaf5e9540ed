package io.accountcontracts.contract.ratelimit;

import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.assertNoRateLimitHeaders;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.renameAccount;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.renameManaged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without {@code --rate-limit}: no suite or load test ever meets a 429 or a rate-limit header. */
class RateLimitOffTest {

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void twoThousandQuickUpdatesNeverGet429NorARateLimitHeader() {
        for (int i = 0; i < 1_000; i++) {
            HttpResponse<String> vantage = renameManaged(stub, "Name " + i);
            HttpResponse<String> elasticPath = renameAccount(stub, "acc-" + i);

            assertEquals(200, vantage.statusCode());
            assertEquals(200, elasticPath.statusCode());
            assertNoRateLimitHeaders(vantage);
            assertNoRateLimitHeaders(elasticPath);
        }
    }
}
