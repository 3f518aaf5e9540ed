package io.accountcontracts.stub.listing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Elastic Path {@code GET /v2/accounts}: one page of the stored accounts, filtered and sorted, with the vendor's
 * {@code links} and {@code meta}.
 *
 * <p>{@code page[limit]} is 1 to 100, 25 when absent; {@code page[offset]} is 0 to 10000, 0 when absent. Source:
 * Elastic Path's "Pagination" guide (elasticpath/elasticpath-dev, guides/Getting-Started/pagination.md: default
 * page length 25, maximum 100, offset limit 10,000) and the Account Management OpenAPI description (offset maximum
 * 10000). The lower bound 1 of the limit is the spec's: a page of 0 has no page number.
 *
 * <p>The answer, where the vendor's description leaves room:
 * <ul>
 *   <li>{@code meta.page.current} is the 1-based page the offset falls in ({@code offset / limit + 1});
 *       {@code meta.page.total} the page count, 0 when nothing matches (the contract's example);</li>
 *   <li>{@code current} and {@code first} are always set; {@code last} too unless nothing matches (the
 *       contract's examples: set on a single page, as in the vendor's examples of other lists, though its
 *       description says null); {@code next} is null on the last page or past it, {@code prev} null at offset 0
 *       and otherwise one page back, but never past the last page;</li>
 *   <li>every link carries {@code filter} and {@code sort} as sent, so following {@code next} lists the same
 *       accounts in the same order; parameters in the contract's example order: {@code filter},
 *       {@code page[limit]}, {@code page[offset]}, then {@code sort}.</li>
 * </ul>
 */
public final class AccountsQuery {

    static final String LIMIT = "page[limit]";
    static final String OFFSET = "page[offset]";
    static final int DEFAULT_LIMIT = 25;
    static final int MOST_LIMIT = 100;
    static final int MOST_OFFSET = 10_000;
    private static final String PATH = "/v2/accounts";

    private final String filterText;
    private final String sortText;
    private final Predicate<ObjectNode> filter;
    private final Comparator<ObjectNode> sort;
    private final int limit;
    private final int offset;

    private AccountsQuery(String filterText, String sortText, int limit, int offset) {
        this.filterText = filterText;
        this.sortText = sortText;
        this.filter = AccountFilter.parse(filterText);
        this.sort = AccountSort.parse(sortText);
        this.limit = limit;
        this.offset = offset;
    }

    /**
     * The query parameters as received, each null when not sent.
     *
     * @throws ListParameterProblem naming the first parameter that is refused
     */
    public static AccountsQuery parse(String filter, String sort, String pageLimit, String pageOffset) {
        int limit = (int) QueryInteger.parse(LIMIT, pageLimit, 1, MOST_LIMIT, DEFAULT_LIMIT);
        int offset = (int) QueryInteger.parse(OFFSET, pageOffset, 0, MOST_OFFSET, 0);
        return new AccountsQuery(filter, sort, limit, offset);
    }

    /**
     * The answer body for the stored accounts (the {@code data} objects), the page's records being the stored
     * ones themselves, since records are never changed in place.
     *
     * @param base the stub's root URI, which the links are built on
     */
    public ObjectNode answer(List<ObjectNode> records, URI base) {
        List<ObjectNode> matching = records.stream().filter(filter).sorted(sort).toList();
        int total = matching.size();
        int pages = (total + limit - 1) / limit;
        int lastOffset = Math.max(0, pages - 1) * limit;

        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode data = body.putArray("data");
        matching.stream().skip(offset).limit(limit).forEach(data::add);

        ObjectNode links = body.putObject("links");
        links.put("current", link(base, offset));
        links.put("first", link(base, 0));
        links.put("last", pages > 0 ? link(base, lastOffset) : null);
        links.put("next", offset + limit < total ? link(base, offset + limit) : null);
        links.put("prev", offset > 0 ? link(base, Math.min(Math.max(0, offset - limit), lastOffset)) : null);

        ObjectNode meta = body.putObject("meta");
        ObjectNode page = meta.putObject("page");
        page.put("current", offset / limit + 1);
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("total", pages);
        meta.putObject("results").put("total", total);
        return body;
    }

    private String link(URI base, int pageOffset) {
        return new QueryLinks(base, PATH)
                .with(FilterSyntax.PARAMETER, filterText)
                .with(LIMIT, limit)
                .with(OFFSET, pageOffset)
                .with(AccountSort.PARAMETER, sortText)
                .build();
    }
}
