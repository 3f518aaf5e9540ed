package io.accountcontracts.contract.ratelimit;

import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.ACCOUNT_ID;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.assertNoRateLimitHeaders;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.body;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.renameAccount;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.renameManaged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountcontracts.contract.programmed.DocumentedExamples;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stub started with {@code --rate-limit elasticpath=2/1s}, as an Elastic Path client meets it. */
class ElasticPathRateLimitTest {

    @RegisterExtension
    static final ContractStub stub = ContractStub.withRateLimits("elasticpath=2/1s");

    @Test
    void theThirdUpdateInASecondGets429InElasticPathsShapeAndOneASecondLaterPasses() throws Exception {
        // Vantage is not limited: one request warms the stub up without touching Elastic Path's window.
        renameManaged(stub, "Warm");
        long sent = System.nanoTime();
        HttpResponse<String> first = renameAccount(stub, "first");
        long firstAnswered = System.nanoTime();
        HttpResponse<String> second = renameAccount(stub, "second");
        HttpResponse<String> third = renameAccount(stub, "third");
        // The window started when the first arrived, after `sent`: the third is inside it if it came back within 1 s.
        Assumptions.assumeTrue(
                System.nanoTime() - sent < Duration.ofMillis(900).toNanos(), "three requests took over 0.9 s here");

        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        assertEquals(429, third.statusCode());
        assertEquals(DocumentedExamples.firstExample(DocumentedExamples.ELASTIC_PATH, "429"), body(third));
        assertNoRateLimitHeaders(third);
        assertEquals(name(), "second");

        // The window started before the first answer came back, so it has ended 1 s after that.
        long waitNanos = firstAnswered + Duration.ofMillis(1_050).toNanos() - System.nanoTime();
        Thread.sleep(Math.max(0, waitNanos / 1_000_000));
        HttpResponse<String> later = renameAccount(stub, "later");

        assertEquals(200, later.statusCode());
        assertEquals(name(), "later");
    }

    private static String name() {
        return stub.server()
                .stores()
                .accounts()
                .get(ACCOUNT_ID)
                .orElseThrow()
                .get("name")
                .asText();
    }
}
