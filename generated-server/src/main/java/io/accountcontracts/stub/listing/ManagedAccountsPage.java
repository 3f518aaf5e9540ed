package io.accountcontracts.stub.listing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;

/**
 * Vantage {@code GET /v2/managed_accounts}: one page of the stored managed accounts, in the store's order, with
 * Vantage's {@code links}.
 *
 * <p>{@code page} counts from 1 and is 1 when absent; {@code limit} is 1 to 1000. Source: Vantage's published
 * OpenAPI description (vantage-sh/vantage-go, vantagev2/swagger.json, operation {@code getManagedAccounts}: "The
 * maximum is 1000") and its "Pagination" page (docs.vantage.sh/api/pagination: {@code first} is {@code page=1}).
 * Vantage documents no default limit for this operation (its other lists differ: 100, 1000); the stub uses
 * {@link #DEFAULT_LIMIT}, the most common of them, and a client that cares sends {@code limit}.
 *
 * <p>Links are absolute, as Vantage sends them, but on the stub's base URI. {@code self} is the page as asked
 * (only the parameters sent, as in the vendor's example without a query); the others carry {@code limit} when it
 * was sent, so following {@code next} keeps the page size, then {@code page}. {@code next} is null on the last page
 * or past it, {@code prev} on page 1; {@code prev} past the end goes back to the last page; {@code last} is null
 * when there is no account at all (the spec's example).
 */
public final class ManagedAccountsPage {

    static final String PAGE = "page";
    static final String LIMIT = "limit";
    static final int DEFAULT_LIMIT = 100;
    static final int MOST_LIMIT = 1000;
    private static final String PATH = "/v2/managed_accounts";

    private final String limitText;
    private final String pageText;
    private final long page;
    private final int limit;

    private ManagedAccountsPage(String pageText, String limitText, long page, int limit) {
        this.pageText = pageText;
        this.limitText = limitText;
        this.page = page;
        this.limit = limit;
    }

    /**
     * The query parameters as received, each null when not sent.
     *
     * @throws ListParameterProblem naming the first parameter that is refused
     */
    public static ManagedAccountsPage parse(String page, String limit) {
        // int32 in the vendor's description, so the page number's ceiling is the largest int.
        long number = QueryInteger.parse(PAGE, page, 1, Integer.MAX_VALUE, 1);
        int size = (int) QueryInteger.parse(LIMIT, limit, 1, MOST_LIMIT, DEFAULT_LIMIT);
        return new ManagedAccountsPage(page, limit, number, size);
    }

    /** @param base the stub's root URI, which the links are built on */
    public ObjectNode answer(List<ObjectNode> records, URI base) {
        long total = records.size();
        long pages = (total + limit - 1) / limit;
        long start = (page - 1) * limit;

        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode links = body.putObject("links");
        links.put(
                "self",
                new QueryLinks(base, PATH)
                        .with(LIMIT, limitText)
                        .with(PAGE, pageText)
                        .build());
        links.put("first", link(base, 1));
        links.put("next", page < pages ? link(base, page + 1) : null);
        links.put("last", pages > 0 ? link(base, pages) : null);
        links.put("prev", page > 1 ? link(base, Math.min(page - 1, Math.max(pages, 1))) : null);

        ArrayNode accounts = body.putArray("managed_accounts");
        records.stream().skip(Math.min(start, total)).limit(limit).forEach(accounts::add);
        return body;
    }

    private String link(URI base, long number) {
        return new QueryLinks(base, PATH)
                .with(LIMIT, limitText)
                .with(PAGE, number)
                .build();
    }
}
