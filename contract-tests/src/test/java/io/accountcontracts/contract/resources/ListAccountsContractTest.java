package io.accountcontracts.contract.resources;

import static io.accountcontracts.contract.resources.ElasticPathAccounts.A;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.B;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.C;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.CLIENT_JSON;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.D;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.E;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.assertParameterError;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.get;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.model.AccountListResponse;
import io.accountcontracts.client.elasticpath.model.PageMeta;
import io.accountcontracts.contract.support.ContractStub;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Elastic Path {@code GET /v2/accounts}: the order each {@code sort} gives, and the pages {@code page[limit]} and
 * {@code page[offset]} cut, with their {@code links} and {@code meta}, through the generated client and, where a
 * client follows a link or sends what it cannot type, over raw HTTP.
 */
class ListAccountsContractTest {

    @RegisterExtension
    static final ContractStub stub = ContractStub.withFixtures(ElasticPathAccounts.five());

    static Stream<Arguments> sorts() {
        return Stream.of(
                Arguments.of("created_at", List.of(A, B, C, D, E)),
                Arguments.of("-created_at", List.of(E, D, C, B, A)),
                Arguments.of("updated_at", List.of(B, A, D, C, E)),
                Arguments.of("-updated_at", List.of(E, C, D, A, B)),
                Arguments.of("id", List.of(C, A, E, B, D)),
                Arguments.of("-id", List.of(D, B, E, A, C)),
                // Two are named "Acme": the spec leaves ties open, so only the names' order is checked.
                Arguments.of("name", List.of("Acme", "Acme", "Globex", "Hooli", "Initech")),
                Arguments.of("-name", List.of("Initech", "Hooli", "Globex", "Acme", "Acme")));
    }

    @ParameterizedTest(name = "sort={0}")
    @MethodSource("sorts")
    void eachSortKeyOrdersTheAccountsAscendingOrWithALeadingMinusDescending(String sort, List<String> expected)
            throws Exception {
        AccountListResponse list = stub.elasticPath().listAccounts(null, sort, null, null);

        List<String> got = sort.endsWith("name")
                ? list.getData().stream().map(a -> a.getName()).toList()
                : ids(list.getData());
        assertEquals(expected, got, sort);
    }

    @Test
    void withoutSortTheNewestComesFirst() throws Exception {
        assertEquals(
                List.of(E, D, C, B, A),
                ids(stub.elasticPath().listAccounts(null, null, null, null).getData()));
    }

    @ParameterizedTest(name = "sort={0}")
    @ValueSource(strings = {"email", "-email", "name,id", "+name", "NAME", "--name", "created", "name "})
    void unknownSortGets400NamingSort(String sort) throws Exception {
        ApiException error =
                assertThrows(ApiException.class, () -> stub.elasticPath().listAccounts(null, sort, null, null));

        assertParameterError(error, "sort");
    }

    @Test
    void emptySortGets400NamingSort() throws Exception {
        assertParameterError(get(stub, "/v2/accounts?sort="), "sort");
    }

    @Test
    void withoutPageParametersAPageHoldsUpTo25FromTheStart() throws Exception {
        AccountListResponse list = stub.elasticPath().listAccounts(null, null, null, null);

        assertMeta(list.getMeta().getPage(), 1, 25, 0, 1);
        assertEquals(5, list.getMeta().getResults().getTotal());
        assertLink(list.getLinks().getCurrent(), 25, 0, null, null);
        assertLink(list.getLinks().getFirst(), 25, 0, null, null);
        assertNull(list.getLinks().getNext());
        assertNull(list.getLinks().getPrev());
    }

    @Test
    void firstPageLinksToTheNextAndTheLastButNoPrevious() throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts(null, "id", 2, 0);

        assertEquals(List.of(C, A), ids(page.getData()));
        assertMeta(page.getMeta().getPage(), 1, 2, 0, 3);
        assertEquals(5, page.getMeta().getResults().getTotal());
        assertLink(page.getLinks().getCurrent(), 2, 0, null, "id");
        assertLink(page.getLinks().getFirst(), 2, 0, null, "id");
        assertLink(page.getLinks().getLast(), 2, 4, null, "id");
        assertLink(page.getLinks().getNext(), 2, 2, null, "id");
        assertNull(page.getLinks().getPrev());
    }

    @Test
    void middlePageLinksBothWays() throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts(null, "id", 2, 2);

        assertEquals(List.of(E, B), ids(page.getData()));
        assertMeta(page.getMeta().getPage(), 2, 2, 2, 3);
        assertEquals(5, page.getMeta().getResults().getTotal());
        assertLink(page.getLinks().getCurrent(), 2, 2, null, "id");
        assertLink(page.getLinks().getFirst(), 2, 0, null, "id");
        assertLink(page.getLinks().getLast(), 2, 4, null, "id");
        assertLink(page.getLinks().getNext(), 2, 4, null, "id");
        assertLink(page.getLinks().getPrev(), 2, 0, null, "id");
    }

    @Test
    void lastPageHoldsTheRestAndHasNoNext() throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts(null, "id", 2, 4);

        assertEquals(List.of(D), ids(page.getData()));
        assertMeta(page.getMeta().getPage(), 3, 2, 4, 3);
        assertEquals(5, page.getMeta().getResults().getTotal());
        assertLink(page.getLinks().getCurrent(), 2, 4, null, "id");
        assertLink(page.getLinks().getLast(), 2, 4, null, "id");
        assertNull(page.getLinks().getNext());
        assertLink(page.getLinks().getPrev(), 2, 2, null, "id");
    }

    @Test
    void pastTheEndIs200WithNoAccountsAndPrevGoesBackToTheLastPage() throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts(null, "id", 2, 6);

        assertEquals(List.of(), page.getData());
        assertEquals(6, page.getMeta().getPage().getOffset());
        assertEquals(3, page.getMeta().getPage().getTotal());
        assertEquals(5, page.getMeta().getResults().getTotal());
        assertNull(page.getLinks().getNext());
        assertLink(page.getLinks().getPrev(), 2, 4, null, "id");
        assertLink(page.getLinks().getLast(), 2, 4, null, "id");

        AccountListResponse farthest = stub.elasticPath().listAccounts(null, null, 100, 10_000);
        assertEquals(List.of(), farthest.getData());
        assertEquals(5, farthest.getMeta().getResults().getTotal());
    }

    @Test
    void aFilterMatchingNothingIsAnEmptyPageWithZeroResults() throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts("eq(name,nobody)", null, null, null);

        assertEquals(List.of(), page.getData());
        assertEquals(0, page.getMeta().getResults().getTotal());
        assertEquals(0, page.getMeta().getPage().getOffset());
        assertEquals(25, page.getMeta().getPage().getLimit());
        assertLink(page.getLinks().getCurrent(), 25, 0, "eq(name,nobody)", null);
        assertLink(page.getLinks().getFirst(), 25, 0, "eq(name,nobody)", null);
        assertNull(page.getLinks().getNext());
        assertNull(page.getLinks().getPrev());
        // The spec: meta.page.total is "how many pages the matching accounts fill; 0 when none match", as its
        // noMatch example shows.
        assertEquals(0, page.getMeta().getPage().getTotal(), "meta.page.total with no match");
    }

    @Test
    void walkingNextVisitsEachMatchingAccountOnceInOrderKeepingFilterAndSort() throws Exception {
        String filter = "ge(created_at,\"2024-02-01T00:00:00Z\")";
        AccountListResponse page = stub.elasticPath().listAccounts(filter, "-name", 1, 0);
        List<String> visited = new ArrayList<>(ids(page.getData()));
        int pages = 1;
        while (page.getLinks().getNext() != null) {
            assertLink(page.getLinks().getNext(), 1, pages, filter, "-name");
            HttpResponse<String> next = get(stub, relative(page.getLinks().getNext()));
            assertEquals(200, next.statusCode(), next.body());
            page = CLIENT_JSON.readValue(next.body(), AccountListResponse.class);
            assertLink(page.getLinks().getCurrent(), 1, pages, filter, "-name");
            assertEquals(4, page.getMeta().getResults().getTotal());
            visited.addAll(ids(page.getData()));
            pages++;
            assertTrue(pages <= 10, "next never ends: " + visited);
        }

        // -name over B, C, D and E; D and B are both "Acme", in either order.
        assertEquals(4, pages);
        assertEquals(List.of(C, E), visited.subList(0, 2));
        assertEquals(Set.of(B, D), Set.copyOf(visited.subList(2, 4)));
        assertEquals(visited.size(), new HashSet<>(visited).size(), "visited twice: " + visited);
    }

    @Test
    void walkingNextWithTheDefaultsVisitsEveryAccountOnce() throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts(null, null, 2, null);
        List<String> visited = new ArrayList<>(ids(page.getData()));
        while (page.getLinks().getNext() != null && visited.size() <= 10) {
            HttpResponse<String> next = get(stub, relative(page.getLinks().getNext()));
            page = CLIENT_JSON.readValue(next.body(), AccountListResponse.class);
            visited.addAll(ids(page.getData()));
        }

        assertEquals(List.of(E, D, C, B, A), visited);
    }

    @Test
    void followingPrevFromTheLastPageComesBackToTheFirst() throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts("like(name,*)", "id", 2, 4);
        List<String> visited = new ArrayList<>(ids(page.getData()));
        while (page.getLinks().getPrev() != null && visited.size() <= 10) {
            page = CLIENT_JSON.readValue(
                    get(stub, relative(page.getLinks().getPrev())).body(), AccountListResponse.class);
            visited.addAll(0, ids(page.getData()));
        }

        assertEquals(List.of(C, A, E, B, D), visited);
    }

    @Test
    void limitAndOffsetAtTheirBoundsAreAccepted() throws Exception {
        AccountListResponse one = stub.elasticPath().listAccounts(null, "id", 1, 0);
        AccountListResponse hundred = stub.elasticPath().listAccounts(null, "id", 100, 4);

        assertEquals(List.of(C), ids(one.getData()));
        assertEquals(5, one.getMeta().getPage().getTotal());
        assertEquals(List.of(D), ids(hundred.getData()));
        assertEquals(100, hundred.getMeta().getPage().getLimit());
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of("page%5Blimit%5D=0", "page[limit]"),
                Arguments.of("page%5Blimit%5D=101", "page[limit]"),
                Arguments.of("page%5Blimit%5D=-1", "page[limit]"),
                Arguments.of("page%5Blimit%5D=abc", "page[limit]"),
                Arguments.of("page%5Blimit%5D=2.5", "page[limit]"),
                Arguments.of("page%5Blimit%5D=", "page[limit]"),
                Arguments.of("page%5Blimit%5D=99999999999999999999999", "page[limit]"),
                Arguments.of("page%5Boffset%5D=-1", "page[offset]"),
                Arguments.of("page%5Boffset%5D=10001", "page[offset]"),
                Arguments.of("page%5Boffset%5D=x", "page[offset]"),
                Arguments.of("page%5Boffset%5D=1e3", "page[offset]"),
                Arguments.of("page%5Blimit%5D=5&page%5Boffset%5D=20000", "page[offset]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void pageParameterOutOfRangeGets400NamingIt(String query, String parameter) throws Exception {
        assertParameterError(get(stub, "/v2/accounts?" + query), parameter);
    }

    @Test
    void theGeneratedClientsOutOfRangePagesGet400NamingTheParameter() throws Exception {
        assertParameterError(
                assertThrows(ApiException.class, () -> stub.elasticPath().listAccounts(null, null, 101, null)),
                "page[limit]");
        assertParameterError(
                assertThrows(ApiException.class, () -> stub.elasticPath().listAccounts(null, null, null, 10_001)),
                "page[offset]");
    }

    private static void assertMeta(PageMeta page, int current, int limit, int offset, int total) {
        assertEquals(current, page.getCurrent(), "meta.page.current");
        assertEquals(limit, page.getLimit(), "meta.page.limit");
        assertEquals(offset, page.getOffset(), "meta.page.offset");
        assertEquals(total, page.getTotal(), "meta.page.total");
    }

    /** An absolute link to this stub's list, with exactly these query parameters (null ones absent). */
    private static void assertLink(String link, int limit, int offset, String filter, String sort) {
        assertNotNull(link, "link");
        URI uri = URI.create(link);
        assertEquals(stub.baseUri().resolve("/v2/accounts"), URI.create(link.replaceFirst("\\?.*", "")), link);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("page[limit]", Integer.toString(limit));
        expected.put("page[offset]", Integer.toString(offset));
        if (filter != null) {
            expected.put("filter", filter);
        }
        if (sort != null) {
            expected.put("sort", sort);
        }
        assertEquals(expected, query(uri.getRawQuery()), link);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String previous = parameters.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            assertNull(previous, "a parameter given twice in " + rawQuery);
        }
        return parameters; // Map.equals ignores the order
    }

    private static String relative(String link) {
        URI uri = URI.create(link);
        assertEquals(stub.baseUri().getAuthority(), uri.getAuthority(), "a link must lead back to the stub: " + link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
