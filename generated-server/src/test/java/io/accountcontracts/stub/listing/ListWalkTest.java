package io.accountcontracts.stub.listing;

import static io.accountcontracts.stub.listing.Records.BASE;
import static io.accountcontracts.stub.listing.Records.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks in plain loops (this module's tests have no property-testing library): over random stores
 * and page sizes, following {@code next} from the first page lists every matching record exactly once, in order,
 * and {@code prev} walks the same pages back. Seeded, so a failure repeats.
 */
class ListWalkTest {

    private static final int ROUNDS = 300;
    // More pages than any store here can have: a walk that goes on longer is going round in circles.
    private static final int MOST_PAGES = 100;
    private static final List<String> SORTS =
            List.of("created_at", "-created_at", "id", "-id", "name", "-name", "updated_at", "-updated_at");
    private static final List<String> FILTERS = List.of(
            "like(name,*)",
            "like(name,*a*)",
            "gt(created_at,2021-03-01)",
            "le(id,m):like(name,*e*)",
            "in(id,a,b,c,d,e,f,g,h)");

    @Test
    void followingNextListsEveryMatchingAccountOnceInTheSortedOrder() {
        Random random = new Random(22);
        for (int round = 0; round < ROUNDS; round++) {
            List<ObjectNode> store = randomAccounts(random);
            String filter = random.nextInt(4) == 0 ? null : FILTERS.get(random.nextInt(FILTERS.size()));
            String sort = random.nextInt(4) == 0 ? null : SORTS.get(random.nextInt(SORTS.size()));
            String limit = String.valueOf(1 + random.nextInt(6));
            String context = "round " + round + " filter " + filter + " sort " + sort + " limit " + limit;

            List<JsonNode> expected = store.stream()
                    .filter(AccountFilter.parse(filter))
                    .sorted(AccountSort.parse(sort))
                    .map(JsonNode.class::cast)
                    .toList();
            List<JsonNode> walked = new ArrayList<>();
            List<String> pages = new ArrayList<>();
            ObjectNode body = AccountsQuery.parse(filter, sort, limit, null).answer(store, BASE);
            while (true) {
                body.get("data").forEach(walked::add);
                pages.add(body.at("/links/current").textValue());
                assertEquals(expected.size(), body.at("/meta/results/total").intValue(), context);
                assertEquals(pages.size(), body.at("/meta/page/current").intValue(), context);
                if (body.at("/links/next").isNull()) {
                    break;
                }
                assertTrue(pages.size() < MOST_PAGES, context);
                body = follow(body.at("/links/next").textValue(), store);
            }
            assertEquals(expected, walked, context);
            // An empty result is page 1 of 0, without a last page.
            assertEquals(
                    expected.isEmpty() ? 0 : pages.size(),
                    body.at("/meta/page/total").intValue(),
                    context);
            assertEquals(
                    expected.isEmpty() ? null : pages.get(pages.size() - 1),
                    body.at("/links/last").textValue(),
                    context);

            for (int back = pages.size() - 2; back >= 0; back--) {
                String prev = body.at("/links/prev").textValue();
                assertEquals(pages.get(back), prev, context);
                body = follow(prev, store);
            }
            assertTrue(body.at("/links/prev").isNull(), context);
        }
    }

    @Test
    void pagingByIdWithGtOnTheLastIdListsEveryAccountAsTheVendorsGuideDoes() {
        // Elastic Path's pagination guide exports all accounts with sort=id and filter=gt(id,<last id>).
        Random random = new Random(7);
        for (int round = 0; round < ROUNDS; round++) {
            List<ObjectNode> store = randomAccounts(random);
            List<JsonNode> walked = new ArrayList<>();
            String filter = null;
            while (true) {
                ObjectNode body = AccountsQuery.parse(filter, "id", "3", null).answer(store, BASE);
                if (body.get("data").isEmpty()) {
                    break;
                }
                body.get("data").forEach(walked::add);
                JsonNode last = body.get("data").get(body.get("data").size() - 1);
                filter = "gt(id," + last.get("id").textValue() + ")";
                assertTrue(walked.size() < MOST_PAGES, "round " + round);
            }
            assertEquals(store.stream().sorted(AccountSort.parse("id")).toList(), walked, "round " + round);
        }
    }

    @Test
    void followingNextOverManagedAccountsListsTheStoreInItsOrder() {
        Random random = new Random(2);
        for (int round = 0; round < ROUNDS; round++) {
            List<ObjectNode> store = new ArrayList<>();
            int size = random.nextInt(20);
            for (int i = 0; i < size; i++) {
                store.add(Records.managed("acct_" + random.nextInt(1_000_000) + "_" + i));
            }
            String limit = random.nextBoolean() ? null : String.valueOf(1 + random.nextInt(6));
            String context = "round " + round + " size " + size + " limit " + limit;
            List<JsonNode> walked = new ArrayList<>();
            ObjectNode body = ManagedAccountsPage.parse(null, limit).answer(store, BASE);
            int pages = 1;
            while (true) {
                body.get("managed_accounts").forEach(walked::add);
                if (body.at("/links/next").isNull()) {
                    break;
                }
                assertTrue(pages < MOST_PAGES, context);
                Map<String, String> query = Records.query(body.at("/links/next").textValue());
                assertEquals(limit, query.get("limit"), context);
                body = ManagedAccountsPage.parse(query.get("page"), query.get("limit"))
                        .answer(store, BASE);
                pages++;
            }
            assertEquals(store, walked, context);
            JsonNode last = body.at("/links/last");
            assertEquals(
                    size == 0 ? "null" : String.valueOf(pages),
                    last.isNull() ? "null" : Records.query(last.textValue()).get("page"),
                    context);
        }
    }

    private static ObjectNode follow(String link, List<ObjectNode> store) {
        Map<String, String> query = Records.query(link);
        return AccountsQuery.parse(
                        query.get("filter"), query.get("sort"), query.get("page[limit]"), query.get("page[offset]"))
                .answer(store, BASE);
    }

    /** Up to 20 accounts with ids a–t, some names and timestamps repeated or missing, in a random store order. */
    private static List<ObjectNode> randomAccounts(Random random) {
        List<ObjectNode> accounts = new ArrayList<>();
        List<String> ids = new ArrayList<>(List.of("abcdefghijklmnopqrst".split("")));
        java.util.Collections.shuffle(ids, random);
        int size = random.nextInt(21);
        for (int i = 0; i < size; i++) {
            String name = random.nextInt(6) == 0
                    ? null
                    : List.of("Acme", "acme", "Beta", "Zed", "Éclair").get(random.nextInt(5));
            String created =
                    random.nextInt(6) == 0 ? null : String.format("2021-%02d-01T00:00:00Z", 1 + random.nextInt(5));
            accounts.add(account(ids.get(i), name, created));
        }
        return accounts;
    }
}
