package io.accountcontracts.stub.listing;

import static io.accountcontracts.stub.listing.Records.BASE;
import static io.accountcontracts.stub.listing.Records.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsQueryTest {

    private static final String LINK = "http://127.0.0.1:8080/v2/accounts?";

    /** Seven accounts, "a0" created first; so newest first (the default) is a6 … a0. */
    private static List<ObjectNode> store(int size) {
        List<ObjectNode> accounts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            accounts.add(account("a" + i, "Account " + i, "2021-06-0" + (i + 1) + "T00:00:00Z"));
        }
        return accounts;
    }

    @Test
    void theFirstPageHasNextButNoPrev() {
        ObjectNode body = answer(null, null, "3", null, 7);
        assertEquals(List.of("a6", "a5", "a4"), ids(body));
        assertLinks(body, 0, 0, 6, 3, null);
        assertMeta(body, 1, 3, 0, 3, 7);
    }

    @Test
    void aMiddlePageHasBothNextAndPrev() {
        ObjectNode body = answer(null, null, "3", "3", 7);
        assertEquals(List.of("a3", "a2", "a1"), ids(body));
        assertLinks(body, 3, 0, 6, 6, 0);
        assertMeta(body, 2, 3, 3, 3, 7);
    }

    @Test
    void theLastPageHasPrevButNoNext() {
        ObjectNode body = answer(null, null, "3", "6", 7);
        assertEquals(List.of("a0"), ids(body));
        assertLinks(body, 6, 0, 6, null, 3);
        assertMeta(body, 3, 3, 6, 3, 7);
    }

    @Test
    void aSinglePageHasLastButNeitherNextNorPrev() {
        ObjectNode body = answer(null, null, null, null, 7);
        assertEquals(7, ids(body).size());
        assertLinks(body, 0, 0, 0, null, null);
        assertEquals(
                LINK + "page%5Blimit%5D=25&page%5Boffset%5D=0",
                body.at("/links/current").textValue());
        assertMeta(body, 1, 25, 0, 1, 7);
    }

    @Test
    void anEmptyStoreIsPageOneOfNoneWithoutLastAsInTheContractsExample() {
        ObjectNode body = answer(null, null, null, null, 0);
        assertEquals(List.of(), ids(body));
        assertLinks(body, 0, 0, null, null, null);
        assertMeta(body, 1, 25, 0, 0, 0);
    }

    @Test
    void pastTheEndOfAnEmptyResultPrevGoesToTheFirstPage() {
        ObjectNode body = answer("eq(name,nobody)", null, "5", "20", 7);
        assertLinks(body, 20, 0, null, null, 0);
        assertMeta(body, 5, 5, 20, 0, 0);
    }

    @Test
    void pastTheEndThereIsNoDataAndPrevGoesBackToTheLastPage() {
        ObjectNode body = answer(null, null, "3", "30", 7);
        assertEquals(List.of(), ids(body));
        assertLinks(body, 30, 0, 6, null, 6);
        assertMeta(body, 11, 3, 30, 3, 7);
    }

    @Test
    void anOffsetBetweenPagesCountsInThePageItFallsIn() {
        ObjectNode body = answer(null, null, "3", "4", 7);
        assertEquals(List.of("a2", "a1", "a0"), ids(body));
        assertLinks(body, 4, 0, 6, null, 1);
        assertMeta(body, 2, 3, 4, 3, 7);
    }

    @Test
    void theLinksCarryFilterAndSortAsSentEncoded() {
        ObjectNode body = answer("like(name,\"Account *\"):gt(created_at,2021-06-01)", "-id", "2", "2", 7);
        assertEquals(List.of("a4", "a3"), ids(body));
        assertEquals(6, body.at("/meta/results/total").intValue());
        for (String link : List.of("current", "first", "last", "next", "prev")) {
            String url = body.at("/links/" + link).textValue();
            assertTrue(url.startsWith(LINK), url);
            assertEquals(
                    List.of("filter", "page[limit]", "page[offset]", "sort"),
                    List.copyOf(Records.query(url).keySet()));
            assertEquals(
                    "like(name,\"Account *\"):gt(created_at,2021-06-01)",
                    Records.query(url).get("filter"));
            assertEquals("-id", Records.query(url).get("sort"));
            URI.create(url); // a link a client can follow as it is
        }
        assertEquals(
                LINK + "filter=like%28name%2C%22Account%20*%22%29%3Agt%28created_at%2C2021-06-01%29"
                        + "&page%5Blimit%5D=2&page%5Boffset%5D=4&sort=-id",
                body.at("/links/next").textValue());
    }

    @Test
    void theResultsTotalCountsAfterTheFilter() {
        ObjectNode body = answer("in(id,a1,a2)", null, null, null, 7);
        assertMeta(body, 1, 25, 0, 1, 2);
    }

    @Test
    void aBaseWithoutTrailingSlashOrWithAPathGivesTheSameShapeOfLink() {
        AccountsQuery query = AccountsQuery.parse(null, null, null, null);
        assertEquals(
                "http://h:1/v2/accounts?page%5Blimit%5D=25&page%5Boffset%5D=0",
                query.answer(List.of(), URI.create("http://h:1"))
                        .at("/links/first")
                        .textValue());
        assertEquals(
                "http://h:1/stub/v2/accounts?page%5Blimit%5D=25&page%5Boffset%5D=0",
                query.answer(List.of(), URI.create("http://h:1/stub/"))
                        .at("/links/first")
                        .textValue());
    }

    @Test
    void theStoredRecordsAreAnsweredUnchanged() {
        List<ObjectNode> store = store(2);
        ObjectNode body = AccountsQuery.parse(null, null, null, null).answer(store, BASE);
        assertEquals(store.get(1), body.at("/data/0"));
        assertEquals(store.get(0), body.at("/data/1"));
    }

    @Test
    void pageLimitFromOneToOneHundredIsAcceptedAndOtherwiseRefused() {
        assertEquals(1, answer(null, null, "1", null, 7).at("/meta/page/limit").intValue());
        assertEquals(
                100, answer(null, null, "100", null, 7).at("/meta/page/limit").intValue());
        for (String bad : List.of("0", "101", "-1", "ten", "", "2.0", "+5", "1e2", "99999999999999999999999")) {
            assertRefused("page[limit]", "page[limit] must be an integer from 1 to 100, not '" + bad + "'", null, bad);
        }
    }

    @Test
    void pageOffsetFromZeroToTenThousandIsAcceptedAndOtherwiseRefused() {
        assertEquals(
                10000,
                answer(null, null, null, "10000", 7).at("/meta/page/offset").intValue());
        for (String bad : List.of("10001", "-1", "x", "")) {
            assertRefused(
                    "page[offset]", "page[offset] must be an integer from 0 to 10000, not '" + bad + "'", bad, null);
        }
    }

    @Test
    void aBadFilterOrSortIsRefusedByParse() {
        assertEquals(
                "filter",
                assertThrows(ListParameterProblem.class, () -> AccountsQuery.parse("eq(nme,A)", null, null, null))
                        .parameter());
        assertEquals(
                "sort",
                assertThrows(ListParameterProblem.class, () -> AccountsQuery.parse(null, "email", null, null))
                        .parameter());
    }

    private static void assertRefused(String parameter, String message, String offset, String limit) {
        ListParameterProblem problem =
                assertThrows(ListParameterProblem.class, () -> AccountsQuery.parse(null, null, limit, offset));
        assertEquals(parameter, problem.parameter());
        assertEquals(message, problem.getMessage());
    }

    private static ObjectNode answer(String filter, String sort, String limit, String offset, int size) {
        return AccountsQuery.parse(filter, sort, limit, offset).answer(store(size), BASE);
    }

    private static List<String> ids(ObjectNode body) {
        List<String> ids = new ArrayList<>();
        body.get("data").forEach(account -> ids.add(account.get("id").textValue()));
        return ids;
    }

    /** Each link's page[offset], or null where the link must be null. */
    private static void assertLinks(
            ObjectNode body, Integer current, Integer first, Integer last, Integer next, Integer prev) {
        assertOffset(body.at("/links/current"), current);
        assertOffset(body.at("/links/first"), first);
        assertOffset(body.at("/links/last"), last);
        assertOffset(body.at("/links/next"), next);
        assertOffset(body.at("/links/prev"), prev);
    }

    private static void assertOffset(JsonNode link, Integer offset) {
        if (offset == null) {
            assertTrue(link.isNull(), "expected a null link, got " + link);
            return;
        }
        Map<String, String> query = Records.query(link.textValue());
        assertEquals(String.valueOf(offset), query.get("page[offset]"), link.textValue());
    }

    private static void assertMeta(ObjectNode body, int current, int limit, int offset, int pages, int results) {
        assertEquals(current, body.at("/meta/page/current").intValue(), "current");
        assertEquals(limit, body.at("/meta/page/limit").intValue(), "limit");
        assertEquals(offset, body.at("/meta/page/offset").intValue(), "offset");
        assertEquals(pages, body.at("/meta/page/total").intValue(), "pages");
        assertEquals(results, body.at("/meta/results/total").intValue(), "results");
    }
}
