package io.accountcontracts.stub.listing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Elastic Path's {@code filter} for {@code GET /v2/accounts}, as a test over stored accounts.
 *
 * <p>What the vendor documents (see {@link FilterSyntax} and {@link AccountField}) is followed; where it is
 * silent, the contract's choice (openapi/elasticpath-accounts.yaml, parameter {@code AccountFilter}):
 * <ul>
 *   <li>text comparisons are exact, case included, {@code like} too (the vendor does not say whether it ignores
 *       case);</li>
 *   <li>in a {@code like} value a leading and a trailing {@code *} each stand for any run of characters, the
 *       guide's "at either the beginning, end or both"; any other {@code *} is an ordinary character;</li>
 *   <li>{@code id} compares as text; timestamps compare as instants (see {@link Timestamps});</li>
 *   <li>an account without the field, or with a stored timestamp that is not one, matches no condition on it.</li>
 * </ul>
 */
final class AccountFilter {

    private AccountFilter() {}

    /** Every stored account passes a filter that was not sent (null). */
    static Predicate<ObjectNode> parse(String filter) {
        if (filter == null) {
            return account -> true;
        }
        List<Predicate<ObjectNode>> conditions = new ArrayList<>();
        for (FilterTerm term : FilterSyntax.parse(filter)) {
            conditions.add(condition(term));
        }
        return account -> conditions.stream().allMatch(condition -> condition.test(account));
    }

    private static Predicate<ObjectNode> condition(FilterTerm term) {
        if (!AccountField.OPERATORS.contains(term.operator())) {
            throw problem(
                    term, "'" + term.operator() + "' is not an operator; use one of eq, like, in, gt, ge, lt, le");
        }
        AccountField field = AccountField.named(term.field())
                .orElseThrow(() ->
                        problem(term, "filters on " + term.field() + ", which is not one of " + AccountField.names()));
        if (!field.operators.contains(term.operator())) {
            throw problem(
                    term,
                    term.operator() + " is not allowed on " + field.name + ", which allows "
                            + String.join(", ", field.operators));
        }
        if (!term.operator().equals("in") && term.values().size() != 1) {
            throw problem(
                    term,
                    term.operator() + " takes one value but has "
                            + term.values().size()
                            + "; quote a value that holds a comma, as in eq(name,\"Acme, Inc\")");
        }
        return switch (field.kind) {
            case TEXT, ID -> textCondition(term, field);
            case TIME -> timeCondition(term, field);
        };
    }

    private static Predicate<ObjectNode> textCondition(FilterTerm term, AccountField field) {
        String value = term.values().get(0);
        Predicate<String> test = switch (term.operator()) {
            case "like" -> like(value);
            case "in" -> List.copyOf(term.values())::contains;
            case "eq" -> value::equals;
            default -> compared(term.operator(), stored -> stored.compareTo(value));
        };
        return account -> field.text(account).filter(test).isPresent();
    }

    private static Predicate<ObjectNode> timeCondition(FilterTerm term, AccountField field) {
        String value = term.values().get(0);
        Instant bound = Timestamps.parse(value)
                .orElseThrow(() -> problem(
                        term,
                        "'" + QueryInteger.echo(value) + "' is not a date or time; write one as"
                                + " 2021-06-02T18:44:07.617Z, 2021-06-02 or milliseconds since 1970"));
        Predicate<Instant> test = term.operator().equals("eq")
                ? bound::equals
                : compared(term.operator(), stored -> stored.compareTo(bound));
        return account ->
                field.text(account).flatMap(Timestamps::parse).filter(test).isPresent();
    }

    /** {@code gt}, {@code ge}, {@code lt} or {@code le}, given how a stored value compares with the bound. */
    private static <T> Predicate<T> compared(String operator, ToIntFunction<T> comparison) {
        IntPredicate holds = switch (operator) {
            case "gt" -> c -> c > 0;
            case "ge" -> c -> c >= 0;
            case "lt" -> c -> c < 0;
            default -> c -> c <= 0;
        };
        return stored -> holds.test(comparison.applyAsInt(stored));
    }

    private static Predicate<String> like(String pattern) {
        boolean anyStart = pattern.startsWith("*");
        boolean anyEnd = pattern.length() > (anyStart ? 1 : 0) && pattern.endsWith("*");
        String core = pattern.substring(anyStart ? 1 : 0, pattern.length() - (anyEnd ? 1 : 0));
        if (anyStart && anyEnd) {
            return stored -> stored.contains(core);
        }
        if (anyStart) {
            return stored -> stored.endsWith(core);
        }
        return anyEnd ? stored -> stored.startsWith(core) : core::equals;
    }

    private static ListParameterProblem problem(FilterTerm term, String what) {
        return new ListParameterProblem(FilterSyntax.PARAMETER, "filter: '" + term.text() + "' " + what);
    }
}
