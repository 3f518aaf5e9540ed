package io.accountcontracts.stub.listing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Elastic Path's {@code sort} for {@code GET /v2/accounts}: {@code created_at}, {@code id}, {@code name} or
 * {@code updated_at}, ascending, or descending with a leading {@code -}.
 *
 * <p>The vendor's description also lists {@code email}, which accounts do not have (it is the account members'
 * list text); the spec's enum leaves it out, and so does this. Without {@code sort}, accounts come newest first,
 * the vendor's documented default ("created_at in descending order"; Elastic Path's Account Management OpenAPI
 * description, elasticpath/elasticpath-dev, openapispecs/accounts/OpenAPISpec.yaml, parameter {@code sort}).
 *
 * <p>The stub's choices, where the vendor is silent:
 * <ul>
 *   <li>ties are broken by {@code id} in the same direction, so a page never depends on the store's order and
 *       {@code -x} is exactly {@code x} reversed for accounts that have {@code x};</li>
 *   <li>{@code name} and {@code id} compare by code point, timestamps as instants;</li>
 *   <li>an account without the key (or with a stored timestamp that is not one) comes last in both directions:
 *       the vendor always sets these fields, so such a record is a fixture's gap, and keeping it out of the way
 *       lets a client paging by {@code ge(created_at,…)}, as the vendor's pagination guide suggests, see the
 *       comparable accounts first.</li>
 * </ul>
 */
final class AccountSort {

    static final String PARAMETER = "sort";
    private static final List<String> KEYS = List.of("created_at", "id", "name", "updated_at");

    private AccountSort() {}

    static Comparator<ObjectNode> parse(String sort) {
        if (sort == null) {
            return by(AccountField.CREATED_AT, true);
        }
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        if (!KEYS.contains(key)) {
            throw new ListParameterProblem(
                    PARAMETER,
                    "sort: '" + QueryInteger.echo(sort) + "' is not one of " + String.join(", ", KEYS)
                            + ", each optionally prefixed by '-' for descending order");
        }
        return by(AccountField.named(key).orElseThrow(), descending);
    }

    private static Comparator<ObjectNode> by(AccountField field, boolean descending) {
        return absentLast(key(field), descending).thenComparing(absentLast(key(AccountField.ID), descending));
    }

    private static Function<ObjectNode, Comparable<Object>> key(AccountField field) {
        return account -> {
            Object value = field.kind == AccountField.Kind.TIME
                    ? field.text(account).flatMap(Timestamps::parse).orElse(null)
                    : field.text(account).orElse(null);
            @SuppressWarnings("unchecked") // String and Instant are each comparable with their own kind
            Comparable<Object> comparable = (Comparable<Object>) value;
            return comparable;
        };
    }

    private static Comparator<ObjectNode> absentLast(Function<ObjectNode, Comparable<Object>> key, boolean descending) {
        Comparator<Comparable<Object>> order =
                descending ? Comparator.<Comparable<Object>>naturalOrder().reversed() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(order));
    }
}
