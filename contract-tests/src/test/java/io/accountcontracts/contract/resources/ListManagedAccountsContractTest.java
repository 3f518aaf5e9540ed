package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.model.CreateManagedAccount;
import io.accountcontracts.client.vantage.model.Links;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.ManagedAccounts;
import io.accountcontracts.contract.support.ContractStub;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vantage's {@code GET /v2/managed_accounts}: pages of {@code limit} accounts counted from 1, in the order they
 * were stored, with absolute {@code self}, {@code first}, {@code next}, {@code last} and {@code prev} links; and the
 * spec's 400 naming the parameter for a page or limit out of range.
 *
 * <p>Seven accounts (the seed's and six created through the API) in pages of three: 3, 3 and 1.
 */
class ListManagedAccountsContractTest {

    private static final String SEEDED = "acct_dd2fdf6564b60319";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @Test
    void firstPageHoldsTheFirstLimitAccountsAndLinksToTheNextAndTheLast() throws Exception {
        List<String> all = sevenAccounts();

        ManagedAccounts page = stub.vantage().listManagedAccounts(1, 3);

        assertEquals(all.subList(0, 3), tokens(page));
        assertLinks(page.getLinks(), "?limit=3&page=1", "?limit=3&page=1", "?limit=3&page=2", "?limit=3&page=3", null);
    }

    @Test
    void middlePageLinksBothWays() throws Exception {
        List<String> all = sevenAccounts();

        ManagedAccounts page = stub.vantage().listManagedAccounts(2, 3);

        assertEquals(all.subList(3, 6), tokens(page));
        assertLinks(
                page.getLinks(),
                "?limit=3&page=2",
                "?limit=3&page=1",
                "?limit=3&page=3",
                "?limit=3&page=3",
                "?limit=3&page=1");
    }

    @Test
    void lastPageHoldsTheRestAndHasNoNext() throws Exception {
        List<String> all = sevenAccounts();

        ManagedAccounts page = stub.vantage().listManagedAccounts(3, 3);

        assertEquals(all.subList(6, 7), tokens(page));
        assertLinks(page.getLinks(), "?limit=3&page=3", "?limit=3&page=1", null, "?limit=3&page=3", "?limit=3&page=2");
        assertTrue(JSON.readTree(stub.lastExchange().responseBody())
                .get("links")
                .get("next")
                .isNull());
    }

    @Test
    void pagePastTheEndIsEmptyAndLeadsBackToTheLastPage() throws Exception {
        sevenAccounts();

        ManagedAccounts page = stub.vantage().listManagedAccounts(9, 3);

        assertEquals(List.of(), tokens(page));
        assertLinks(page.getLinks(), "?limit=3&page=9", "?limit=3&page=1", null, "?limit=3&page=3", "?limit=3&page=3");
    }

    @Test
    void withoutParametersEveryAccountIsOnOnePageAndSelfCarriesNoQuery() throws Exception {
        List<String> all = sevenAccounts();

        ManagedAccounts page = stub.vantage().listManagedAccounts(null, null);

        assertEquals(all, tokens(page));
        assertLinks(page.getLinks(), "", "?page=1", null, "?page=1", null);
    }

    @Test
    void pageSizeOfOneGivesOnePagePerAccount() throws Exception {
        List<String> all = sevenAccounts();

        ManagedAccounts page = stub.vantage().listManagedAccounts(5, 1);

        assertEquals(all.subList(4, 5), tokens(page));
        assertLinks(
                page.getLinks(),
                "?limit=1&page=5",
                "?limit=1&page=1",
                "?limit=1&page=6",
                "?limit=1&page=7",
                "?limit=1&page=4");
    }

    @Test
    void followingNextFromTheFirstPageVisitsEveryAccountExactlyOnce() throws Exception {
        List<String> all = sevenAccounts();

        List<String> visited = new ArrayList<>();
        Set<String> pagesSeen = new HashSet<>();
        String next = stub.vantage().listManagedAccounts(null, 2).getLinks().getSelf();
        while (next != null) {
            assertTrue(pagesSeen.add(next), "came back to " + next);
            assertTrue(pagesSeen.size() <= all.size(), "too many pages: " + pagesSeen);
            URI link = URI.create(next);
            HttpResponse<String> answer =
                    stub.raw().send("GET", link.getRawPath() + "?" + link.getRawQuery(), null, "Authorization", AUTH);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode page = JSON.readTree(answer.body());
            page.get("managed_accounts")
                    .forEach(account -> visited.add(account.get("token").asText()));
            next = page.get("links").get("next").textValue();
        }

        assertEquals(all, visited);
        assertEquals(4, pagesSeen.size(), pagesSeen.toString());
    }

    @Test
    void emptyStoreGivesNoAccountsAndNoLastPage() throws Exception {
        stub.vantage().deleteManagedAccount(SEEDED, null);

        ManagedAccounts page = stub.vantage().listManagedAccounts(null, null);

        assertEquals(List.of(), page.getManagedAccounts());
        assertLinks(page.getLinks(), "", "?page=1", null, null, null);
    }

    @Test
    void emptyStoreWithAPageAskedForStillHasNoLastPage() throws Exception {
        stub.vantage().deleteManagedAccount(SEEDED, null);

        ManagedAccounts page = stub.vantage().listManagedAccounts(2, 10);

        assertEquals(List.of(), page.getManagedAccounts());
        assertLinks(page.getLinks(), "?limit=10&page=2", "?limit=10&page=1", null, null, "?limit=10&page=1");
    }

    @Test
    void largestLimitIsTaken() throws Exception {
        List<String> all = sevenAccounts();

        assertEquals(all, tokens(stub.vantage().listManagedAccounts(1, 1000)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "page=0|page",
                "page=-1|page",
                "page=abc|page",
                "page=1.5|page",
                "page=|page",
                "page=2147483648|page",
                "limit=0|limit",
                "limit=1001|limit",
                "limit=abc|limit",
                "limit=-5|limit",
                "limit=|limit",
                "limit=10&page=0|page",
                "page=2&limit=1001|limit"
            })
    void pageOrLimitOutOfRangeGets400NamingTheParameter(String query, String parameter) throws Exception {
        sevenAccounts();

        HttpResponse<String> answer =
                stub.raw().send("GET", "/v2/managed_accounts?" + query, null, "Authorization", AUTH);

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<String> errors = ManagedAccountLifecycleContractTest.assertVantageErrors(answer.body());
        assertEquals(1, errors.size(), answer.body());
        String other = parameter.equals("page") ? "limit" : "page";
        assertTrue(errors.get(0).contains("'" + parameter + "'"), answer.body());
        assertFalse(errors.get(0).contains(other), answer.body());
        // The harness validates no query string, so the stub's own verdict is what says the spec refuses the request.
        JsonNode entry = lastVendorJournalEntry();
        assertEquals(400, entry.get("status").asInt(), entry.toString());
        assertEquals("invalid", entry.get("verdict").asText(), entry.toString());
    }

    @Test
    void outOfRangeLimitThroughTheGeneratedClientGets400() throws Exception {
        ApiException error =
                assertThrows(ApiException.class, () -> stub.vantage().listManagedAccounts(1, 1001));

        assertEquals(400, error.getCode());
        assertTrue(error.getResponseBody().contains("limit"), error.getResponseBody());
    }

    @Test
    void refusedParameterIsNamedEvenWhenTheOtherIsFine() throws Exception {
        ApiException error =
                assertThrows(ApiException.class, () -> stub.vantage().listManagedAccounts(0, 10));

        assertEquals(400, error.getCode());
        String message =
                JSON.readTree(error.getResponseBody()).get("errors").get(0).asText();
        assertTrue(message.contains("'page'"), message);
        assertFalse(message.contains("limit"), message);
    }

    /** The seed's account and six more created through the API, in the order the list must give them. */
    private static List<String> sevenAccounts() throws ApiException {
        List<String> tokens = new ArrayList<>(List.of(SEEDED));
        for (int i = 1; i <= 6; i++) {
            ManagedAccount created = stub.vantage()
                    .createManagedAccount(
                            new CreateManagedAccount().name("Account " + i).contactEmail("a" + i + "@acme.example"));
            tokens.add(created.getToken());
        }
        return List.copyOf(tokens);
    }

    private static List<String> tokens(ManagedAccounts page) {
        return page.getManagedAccounts().stream().map(ManagedAccount::getToken).toList();
    }

    /** Each expected link as the query after the collection's absolute URL on the stub, or null when none. */
    private static void assertLinks(Links links, String self, String first, String next, String last, String prev) {
        assertEquals(url(self), links.getSelf(), "self");
        assertEquals(url(first), links.getFirst(), "first");
        assertEquals(url(next), links.getNext(), "next");
        assertEquals(url(last), links.getLast(), "last");
        assertEquals(url(prev), links.getPrev(), "prev");
    }

    private static String url(String query) {
        return query == null ? null : stub.baseUri() + "/v2/managed_accounts" + query;
    }

    private static JsonNode lastVendorJournalEntry() throws Exception {
        HttpResponse<String> journal = stub.raw().send("GET", "/__admin/journal", null, "Authorization", AUTH);
        JsonNode requests = JSON.readTree(journal.body()).get("requests");
        JsonNode last = null;
        for (JsonNode entry : requests) {
            if (entry.get("path").asText().startsWith("/v2/")) {
                last = entry;
            }
        }
        assertFalse(last == null, journal.body());
        return last;
    }
}
