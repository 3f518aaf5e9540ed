package io.accountcontracts.contract.ratelimit;

import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.AUTH;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.MANAGED_PATH;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.assertNoRateLimitHeaders;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.body;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.header;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.renameAccount;
import static io.accountcontracts.contract.ratelimit.RateLimitAnswers.renameManaged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.contract.programmed.DocumentedExamples;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.proxy.ViolationTally;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stub started with {@code --rate-limit vantage=3/1m}, as a Vantage client meets it. */
class VantageRateLimitTest {

    @RegisterExtension
    static final ContractStub stub = ContractStub.withRateLimits("vantage=3/1m");

    @Test
    void threeUpdatesCountDownAndTheFourthGetsVantages429AndChangesNothing() {
        long before = Instant.now().getEpochSecond();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String name : List.of("First", "Second", "Third", "Fourth")) {
            answers.add(renameManaged(stub, name));
        }

        assertEquals(
                List.of(200, 200, 200, 429),
                answers.stream().map(HttpResponse::statusCode).toList());
        assertEquals(
                List.of("2", "1", "0", "0"),
                answers.stream().map(a -> header(a, "x-rate-limit-remaining")).toList());
        assertEquals(
                List.of("3", "3", "3", "3"),
                answers.stream().map(a -> header(a, "x-rate-limit-limit")).toList());
        long reset = Long.parseLong(header(answers.get(0), "x-rate-limit-reset"));
        assertTrue(reset > before && reset <= Instant.now().getEpochSecond() + 61, "reset " + reset);
        answers.forEach(a -> assertEquals(Long.toString(reset), header(a, "x-rate-limit-reset")));
        assertEquals(DocumentedExamples.firstExample(DocumentedExamples.VANTAGE, "429"), body(answers.get(3)));
        assertEquals(
                "Third",
                stub.server()
                        .stores()
                        .managedAccounts()
                        .get("acct_dd2fdf6564b60319")
                        .orElseThrow()
                        .get("name")
                        .asText());
    }

    @Test
    void errorsCarryTheHeadersAndCountToo() {
        HttpResponse<String> notFound = stub.raw()
                .put(
                        "/v2/managed_accounts/acct_nobody",
                        "{\"name\":\"x\"}",
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        "application/json");
        HttpResponse<String> invalid =
                stub.raw().put(MANAGED_PATH, "{\"name\":7}", "Authorization", AUTH, "Content-Type", "application/json");
        stub.expectRequestViolation("validation.request.body.schema.type");

        assertEquals(404, notFound.statusCode());
        assertEquals("2", header(notFound, "x-rate-limit-remaining"));
        assertEquals(400, invalid.statusCode());
        assertEquals("1", header(invalid, "x-rate-limit-remaining"));
    }

    @Test
    void aRequestWithoutAnAcceptedTokenIsNotCountedAndGetsNoHeaders() {
        HttpResponse<String> unauthenticated = stub.raw()
                .put(
                        MANAGED_PATH,
                        "{\"name\":\"x\"}",
                        "Authorization",
                        "Bearer not-ours",
                        "Content-Type",
                        "application/json");
        HttpResponse<String> first = renameManaged(stub, "First");

        assertEquals(401, unauthenticated.statusCode());
        assertNoRateLimitHeaders(unauthenticated);
        assertEquals("2", header(first, "x-rate-limit-remaining"));
    }

    @Test
    void theRequestOverTheLimitIsJournaledAsRateLimitedAndIsNoBreach() {
        for (int i = 0; i < 4; i++) {
            renameManaged(stub, "Name " + i);
        }

        Journal.Entry last = stub.server().journal().entries().get(3);
        ViolationTally.Summary.PerVendor vantage =
                stub.server().violations().vendors().get("vantage");

        assertEquals(429, last.status());
        assertEquals(Boolean.TRUE, last.rateLimited());
        assertEquals("not_validated", last.verdict());
        assertEquals(null, stub.server().journal().entries().get(2).rateLimited());
        assertEquals(0, vantage.invalidRequests().count());
        assertEquals(4, vantage.exchanges().stubbed());
    }

    @Test
    void aResetStartsAFreshWindow() {
        for (int i = 0; i < 3; i++) {
            renameManaged(stub, "Name " + i);
        }

        stub.server().reset();

        assertEquals("2", header(renameManaged(stub, "After"), "x-rate-limit-remaining"));
    }

    @Test
    void elasticPathIsNeitherLimitedNorGivenHeaders() {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = renameAccount(stub, "acc-" + i);
            assertEquals(200, answer.statusCode());
            assertNoRateLimitHeaders(answer);
        }
    }
}
