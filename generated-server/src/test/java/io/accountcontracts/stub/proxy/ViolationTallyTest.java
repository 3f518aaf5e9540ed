package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.validation.Problem;
import io.accountcontracts.stub.validation.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Counts by vendor, then by operation, status and rule, with the first exchange of each group as its example. */
class ViolationTallyTest {

    private static final String EP = "updateAccount";
    private static final Problem MIN_LENGTH =
            new Problem("validation.request.body.schema.minLength", "[Path '/data/name'] String \"\" is too short");
    private static final Problem REQUIRED = new Problem(
            "validation.response.body.schema.required",
            "[Path '/data'] Object has missing required properties ([\"name\"])");

    private final ViolationTally tally =
            new ViolationTally(Map.of(Vendor.ELASTIC_PATH, URI.create("http://upstream:1")));

    @Test
    void countsExchangesPerVendorAndSaysWhichAreProxied() {
        tally.count(
                Vendor.ELASTIC_PATH, EP, "PUT", "/v2/accounts/a", 200, Verdict.VALID, Proxied.answered(200, List.of()));
        tally.count(
                Vendor.ELASTIC_PATH, EP, "PUT", "/v2/accounts/b", 200, Verdict.VALID, Proxied.answered(200, List.of()));
        tally.count(Vendor.VANTAGE, "updateManagedAccount", "PUT", "/v2/managed_accounts/c", 200, Verdict.VALID, null);

        ViolationTally.Summary summary = tally.summary();

        assertEquals(
                new ViolationTally.Summary.Exchanges(2, 0),
                summary.vendors().get("elasticpath").exchanges());
        assertEquals(
                new ViolationTally.Summary.Exchanges(0, 1),
                summary.vendors().get("vantage").exchanges());
        assertEquals("proxied", summary.vendors().get("elasticpath").mode());
        assertEquals("http://upstream:1", summary.vendors().get("elasticpath").upstream());
        assertEquals("stubbed", summary.vendors().get("vantage").mode());
        assertEquals(
                List.of("vantage", "elasticpath"), List.copyOf(summary.vendors().keySet()));
    }

    @Test
    void groupsByOperationStatusAndRuleKeepingTheFirstExampleAndCountingEveryOne() {
        tally.count(
                Vendor.ELASTIC_PATH,
                EP,
                "PUT",
                "/v2/accounts/first",
                400,
                Verdict.invalidBy(List.of(MIN_LENGTH)),
                Proxied.answered(400, List.of()));
        tally.count(
                Vendor.ELASTIC_PATH,
                EP,
                "PUT",
                "/v2/accounts/second",
                400,
                Verdict.invalidBy(List.of(MIN_LENGTH)),
                Proxied.answered(400, List.of()));
        tally.count(
                Vendor.ELASTIC_PATH,
                EP,
                "PUT",
                "/v2/accounts/third",
                400,
                Verdict.invalidBy(List.of(MIN_LENGTH)),
                Proxied.REFUSED_LOCALLY);

        ViolationTally.Summary.Findings invalid =
                tally.summary().vendors().get("elasticpath").invalidRequests();

        assertEquals(3, invalid.count());
        assertEquals(1, invalid.byRule().size());
        ViolationTally.Summary.Group group = invalid.byRule().get(0);
        assertEquals(
                new ViolationTally.Summary.Group(
                        EP,
                        400,
                        MIN_LENGTH.rule(),
                        3,
                        new ViolationTally.Example("PUT", "/v2/accounts/first", MIN_LENGTH.message())),
                group);
    }

    @Test
    void anotherStatusOrRuleIsAnotherGroupAndTheLargestComesFirst() {
        Problem format =
                new Problem("validation.request.body.schema.format.email", "[Path '/contact_email'] not an email");
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/a",
                400,
                Verdict.invalidBy(List.of(format)),
                null);
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/a",
                401,
                Verdict.invalidBy(List.of(format)),
                null);
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/a",
                401,
                Verdict.invalidBy(List.of(format)),
                null);

        List<ViolationTally.Summary.Group> groups =
                tally.summary().vendors().get("vantage").invalidRequests().byRule();

        assertEquals(
                List.of(401, 400),
                groups.stream().map(ViolationTally.Summary.Group::status).toList());
        assertEquals(
                List.of(2L, 1L),
                groups.stream().map(ViolationTally.Summary.Group::count).toList());
    }

    @Test
    void anExchangeBreakingARuleTwiceCountsOnceForItButOnceForEachRuleItBreaks() {
        Problem secondField = new Problem(MIN_LENGTH.rule(), "[Path '/data/legal_name'] String \"\" is too short");
        Problem unknown = new Problem("validation.request.body.schema.additionalProperties", "[Path '/data'] x");
        tally.count(
                Vendor.ELASTIC_PATH,
                EP,
                "PUT",
                "/v2/accounts/a",
                400,
                Verdict.invalidBy(List.of(MIN_LENGTH, secondField, unknown)),
                null);

        ViolationTally.Summary.Findings invalid =
                tally.summary().vendors().get("elasticpath").invalidRequests();

        assertEquals(1, invalid.count());
        assertEquals(2, invalid.byRule().size());
        assertTrue(invalid.byRule().stream().allMatch(g -> g.count() == 1));
    }

    @Test
    void nonConformingAnswersAreGroupedByTheStatusTheUpstreamGave() {
        // Under --proxy-strict the caller got 502; what was checked is the upstream's 200.
        tally.count(
                Vendor.ELASTIC_PATH,
                EP,
                "PUT",
                "/v2/accounts/a",
                502,
                Verdict.VALID,
                Proxied.answered(200, List.of(REQUIRED)));

        ViolationTally.Summary.PerVendor ep = tally.summary().vendors().get("elasticpath");

        assertEquals(0, ep.invalidRequests().count());
        assertEquals(1, ep.nonconformingResponses().count());
        assertEquals(200, ep.nonconformingResponses().byRule().get(0).status());
        assertEquals(
                REQUIRED.rule(), ep.nonconformingResponses().byRule().get(0).rule());
    }

    @Test
    void stubRefusalsUnauthenticatedRequestsAndUpstreamFailuresHaveRulesOfTheirOwn() {
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/a",
                400,
                Verdict.invalid(
                        List.of("Request body is not valid JSON: unexpected end of input at line 1, column 9.")),
                null);
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/a",
                401,
                Verdict.UNAUTHENTICATED,
                null);
        tally.count(
                Vendor.ELASTIC_PATH,
                EP,
                "PUT",
                "/v2/accounts/a",
                504,
                Verdict.VALID,
                Proxied.failed("upstream.timeout", "The upstream h:1 did not answer within 300 ms."));

        ViolationTally.Summary summary = tally.summary();

        assertEquals(
                List.of("stub.refused", "stub.unauthenticated"),
                summary.vendors().get("vantage").invalidRequests().byRule().stream()
                        .map(ViolationTally.Summary.Group::rule)
                        .sorted()
                        .toList());
        ViolationTally.Summary.Findings failures =
                summary.vendors().get("elasticpath").upstreamFailures();
        assertEquals(1, failures.count());
        assertEquals("upstream.timeout", failures.byRule().get(0).rule());
        assertEquals(504, failures.byRule().get(0).status());
        assertEquals(
                "The upstream h:1 did not answer within 300 ms.",
                failures.byRule().get(0).example().problem());
    }

    @Test
    void clearForgetsEverythingButWhatIsProxied() {
        tally.count(
                Vendor.ELASTIC_PATH, EP, "PUT", "/v2/accounts/a", 400, Verdict.invalidBy(List.of(MIN_LENGTH)), null);
        tally.clear();

        ViolationTally.Summary.PerVendor ep = tally.summary().vendors().get("elasticpath");

        assertEquals(new ViolationTally.Summary.Exchanges(0, 0), ep.exchanges());
        assertEquals(new ViolationTally.Summary.Findings(0, List.of()), ep.invalidRequests());
        assertEquals("proxied", ep.mode());
    }

    @Test
    void worthReportingWhenProxyingOrWhenSomethingBrokeTheSpec() {
        ViolationTally stubOnly = new ViolationTally(Map.of());
        stubOnly.count(
                Vendor.VANTAGE, "updateManagedAccount", "PUT", "/v2/managed_accounts/a", 200, Verdict.VALID, null);
        assertFalse(stubOnly.summary().worthReporting());
        assertTrue(tally.summary().worthReporting());

        stubOnly.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/a",
                401,
                Verdict.UNAUTHENTICATED,
                null);
        assertTrue(stubOnly.summary().worthReporting());
    }

    @Test
    void concurrentCountsAreNeitherLostNorSplitAcrossGroups() throws Exception {
        int threads = 8;
        int each = 2_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        tally.count(
                                Vendor.ELASTIC_PATH,
                                EP,
                                "PUT",
                                "/v2/accounts/" + thread + "-" + i,
                                200,
                                Verdict.VALID,
                                Proxied.answered(200, List.of(REQUIRED)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        ViolationTally.Summary.PerVendor ep = tally.summary().vendors().get("elasticpath");
        assertEquals(threads * each, ep.exchanges().proxied());
        assertEquals(threads * each, ep.nonconformingResponses().count());
        assertEquals(1, ep.nonconformingResponses().byRule().size());
        assertEquals(threads * each, ep.nonconformingResponses().byRule().get(0).count());
    }

    @Test
    void asJson() {
        tally.count(
                Vendor.ELASTIC_PATH,
                EP,
                "PUT",
                "/v2/accounts/a",
                200,
                Verdict.VALID,
                Proxied.answered(200, List.of(REQUIRED)));
        tally.count(
                Vendor.ELASTIC_PATH,
                null,
                "GET",
                "/v2/accounts/a",
                405,
                Verdict.invalidBy(List.of(new Problem("validation.request.operation.notAllowed", "GET not allowed"))),
                Proxied.answered(405, null));

        JsonNode json = JsonMapper.create().valueToTree(tally.summary());

        assertEquals(
                "{\"mode\":\"stubbed\",\"exchanges\":{\"proxied\":0,\"stubbed\":0},"
                        + "\"invalid_requests\":{\"count\":0,\"by_rule\":[]},\"nonconforming_responses\":{\"count\":0,\"by_rule\":[]},"
                        + "\"upstream_failures\":{\"count\":0,\"by_rule\":[]}}",
                json.at("/vendors/vantage").toString());
        assertEquals(
                "{\"operationId\":\"updateAccount\",\"status\":200,\"rule\":\"validation.response.body.schema.required\","
                        + "\"count\":1,\"example\":{\"method\":\"PUT\",\"path\":\"/v2/accounts/a\",\"problem\":"
                        + "\"[Path '/data'] Object has missing required properties ([\\\"name\\\"])\"}}",
                json.at("/vendors/elasticpath/nonconforming_responses/by_rule/0")
                        .toString());
        assertTrue(json.at("/vendors/elasticpath/invalid_requests/by_rule/0").has("operationId"));
        assertTrue(json.at("/vendors/elasticpath/invalid_requests/by_rule/0/operationId")
                .isNull());
        assertEquals(
                "http://upstream:1", json.at("/vendors/elasticpath/upstream").asText());
    }
}
