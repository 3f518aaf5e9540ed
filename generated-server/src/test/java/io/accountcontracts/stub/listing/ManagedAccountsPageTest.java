package io.accountcontracts.stub.listing;

import static io.accountcontracts.stub.listing.Records.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManagedAccountsPageTest {

    private static final String LINK = "http://127.0.0.1:8080/v2/managed_accounts";

    private static List<ObjectNode> store(int size) {
        List<ObjectNode> accounts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            accounts.add(Records.managed("acct_" + i));
        }
        return accounts;
    }

    @Test
    void theFirstPageHasNextButNoPrev() {
        ObjectNode body = answer("1", "2", 5);
        assertEquals(List.of("acct_0", "acct_1"), tokens(body));
        assertLinks(body, "?limit=2&page=1", "?limit=2&page=1", "?limit=2&page=2", "?limit=2&page=3", null);
    }

    @Test
    void aMiddlePageHasBothNextAndPrev() {
        ObjectNode body = answer("2", "2", 5);
        assertEquals(List.of("acct_2", "acct_3"), tokens(body));
        assertLinks(
                body, "?limit=2&page=2", "?limit=2&page=1", "?limit=2&page=3", "?limit=2&page=3", "?limit=2&page=1");
    }

    @Test
    void theLastPageHasPrevButNoNext() {
        ObjectNode body = answer("3", "2", 5);
        assertEquals(List.of("acct_4"), tokens(body));
        assertLinks(body, "?limit=2&page=3", "?limit=2&page=1", null, "?limit=2&page=3", "?limit=2&page=2");
    }

    @Test
    void withoutParametersSelfHasNoQueryAndTheOthersNoLimitAsInTheVendorsExample() {
        ObjectNode body = answer(null, null, 5);
        assertEquals(5, tokens(body).size());
        assertLinks(body, "", "?page=1", null, "?page=1", null);
    }

    @Test
    void theDefaultLimitIsOneHundred() {
        ObjectNode body = answer(null, null, 250);
        assertEquals(100, tokens(body).size());
        assertLinks(body, "", "?page=1", "?page=2", "?page=3", null);
    }

    @Test
    void anEmptyStoreHasNoLastPage() {
        ObjectNode body = answer(null, null, 0);
        assertEquals(List.of(), tokens(body));
        assertLinks(body, "", "?page=1", null, null, null);
    }

    @Test
    void pastTheEndThereAreNoAccountsAndPrevGoesBackToTheLastPage() {
        ObjectNode body = answer("9", "2", 5);
        assertEquals(List.of(), tokens(body));
        assertLinks(body, "?limit=2&page=9", "?limit=2&page=1", null, "?limit=2&page=3", "?limit=2&page=3");
        ObjectNode empty = answer("4", null, 0);
        assertLinks(empty, "?page=4", "?page=1", null, null, "?page=1");
    }

    @Test
    void theStoreOrderIsKept() {
        List<ObjectNode> store = List.of(Records.managed("acct_z"), Records.managed("acct_a"));
        assertEquals(store, toList(ManagedAccountsPage.parse(null, null).answer(store, BASE)));
    }

    @Test
    void aHugePageNumberIsPastTheEndNotAnOverflow() {
        ObjectNode body = answer(String.valueOf(Integer.MAX_VALUE), "1000", 3);
        assertEquals(List.of(), tokens(body));
    }

    @Test
    void pageFromOneIsAcceptedAndOtherwiseRefused() {
        for (String bad : List.of("0", "-1", "one", "", "1.5", "2147483648")) {
            assertRefused("page", "page must be an integer from 1 to 2147483647, not '" + bad + "'", bad, null);
        }
    }

    @Test
    void limitFromOneToOneThousandIsAcceptedAndOtherwiseRefused() {
        assertEquals(1, tokens(answer(null, "1", 5)).size());
        assertEquals(1000, tokens(answer(null, "1000", 1001)).size());
        for (String bad : List.of("0", "1001", "-5", "all", "")) {
            assertRefused("limit", "limit must be an integer from 1 to 1000, not '" + bad + "'", null, bad);
        }
    }

    private static void assertRefused(String parameter, String message, String page, String limit) {
        ListParameterProblem problem =
                assertThrows(ListParameterProblem.class, () -> ManagedAccountsPage.parse(page, limit));
        assertEquals(parameter, problem.parameter());
        assertEquals(message, problem.getMessage());
    }

    private static ObjectNode answer(String page, String limit, int size) {
        return ManagedAccountsPage.parse(page, limit).answer(store(size), BASE);
    }

    private static List<JsonNode> toList(ObjectNode body) {
        List<JsonNode> accounts = new ArrayList<>();
        body.get("managed_accounts").forEach(accounts::add);
        return accounts;
    }

    private static List<String> tokens(ObjectNode body) {
        return toList(body).stream()
                .map(account -> account.get("token").textValue())
                .toList();
    }

    /** Each link's query after the collection's URL, or null where the link must be null. */
    private static void assertLinks(ObjectNode body, String self, String first, String next, String last, String prev) {
        assertLink(body.at("/links/self"), self);
        assertLink(body.at("/links/first"), first);
        assertLink(body.at("/links/next"), next);
        assertLink(body.at("/links/last"), last);
        assertLink(body.at("/links/prev"), prev);
    }

    private static void assertLink(JsonNode link, String query) {
        if (query == null) {
            assertTrue(link.isNull(), "expected a null link, got " + link);
        } else {
            assertEquals(LINK + query, link.textValue());
        }
    }
}
