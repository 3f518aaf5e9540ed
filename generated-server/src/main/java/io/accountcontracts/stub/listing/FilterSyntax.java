package io.accountcontracts.stub.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an Elastic Path {@code filter} into its conditions: {@code op(field,value…)} joined by {@code :}, which
 * all must hold.
 *
 * <p>The grammar is the contract's (openapi/elasticpath-accounts.yaml, parameter {@code AccountFilter}), after
 * Elastic Path's "Filtering" guide (elasticpath/elasticpath-dev, guides/Getting-Started/filtering.md):
 * <ul>
 *   <li>an operand may be quoted with {@code "} or {@code '}, where {@code \} may only come before the quote or
 *       another {@code \} — the only way to write a value holding a comma, a parenthesis, a quote or a character
 *       outside the bare set;</li>
 *   <li>a bare operand loses its leading spaces and holds only letters, digits, spaces and {@code @$_*.{}|+:/-}
 *       (the guide's operand characters); it may hold {@code :}, as timestamps do, so {@code :} only separates
 *       conditions after a closing parenthesis;</li>
 *   <li>at most 10 conditions, and at most 8,192 characters (the guide's 8 KB request limit, taken by the
 *       contract as the filter's own).</li>
 * </ul>
 */
final class FilterSyntax {

    static final String PARAMETER = "filter";
    static final int MOST_CONDITIONS = 10;
    static final int LONGEST = 8192;
    private static final String BARE_SYMBOLS = "@$_*.{}|+:/- ";

    private final String filter;
    private int at;

    private FilterSyntax(String filter) {
        this.filter = filter;
    }

    /** The conditions of a filter that was sent (not null). */
    static List<FilterTerm> parse(String filter) {
        if (filter.isBlank()) {
            throw problem("filter is empty; give one or more conditions such as eq(name,Acme), joined by ':'");
        }
        if (filter.length() > LONGEST) {
            throw problem("filter is longer than " + LONGEST + " characters");
        }
        return new FilterSyntax(filter).terms();
    }

    private List<FilterTerm> terms() {
        List<FilterTerm> terms = new ArrayList<>();
        while (true) {
            terms.add(term());
            if (terms.size() > MOST_CONDITIONS) {
                throw problem("filter has more than " + MOST_CONDITIONS + " conditions, the most Elastic Path accepts");
            }
            if (at == filter.length()) {
                return terms;
            }
            if (filter.charAt(at) != ':') {
                throw problem("filter: expected ':' between conditions at '" + rest() + "'");
            }
            at++;
        }
    }

    private FilterTerm term() {
        skipSpaces();
        int start = at;
        while (at < filter.length() && isNameCharacter(filter.charAt(at))) {
            at++;
        }
        String operator = filter.substring(start, at);
        if (operator.isEmpty()) {
            throw problem("filter: expected a condition such as eq(name,Acme) at '" + rest() + "'");
        }
        if (at == filter.length() || filter.charAt(at) != '(') {
            throw problem("filter: '" + operator + "' must be followed by '(', as in " + operator + "(name,Acme)");
        }
        at++;
        String field = field(operator);
        List<String> values = new ArrayList<>();
        while (filter.charAt(at) == ',') {
            at++;
            values.add(operand(start));
        }
        at++; // the closing parenthesis, which field() and operand() stop at
        String text = filter.substring(start, at);
        if (values.isEmpty()) {
            throw problem("filter: " + text + " has no value; write it as " + operator + "(" + field + ",<value>)");
        }
        return new FilterTerm(text, operator, field, List.copyOf(values));
    }

    private String field(String operator) {
        int start = at;
        while (at < filter.length() && filter.charAt(at) != ',' && filter.charAt(at) != ')') {
            if (filter.charAt(at) == '(') {
                throw problem("filter: unexpected '(' in " + operator + "(" + filter.substring(start, at + 1));
            }
            at++;
        }
        if (at == filter.length()) {
            throw unclosed(operator + "(" + filter.substring(start));
        }
        String field = filter.substring(start, at).strip();
        if (field.isEmpty()) {
            throw problem("filter: " + operator + "(" + filter.substring(start, at + 1) + " names no field");
        }
        return field;
    }

    /** One operand, leaving {@code at} on the ',' or ')' after it. */
    private String operand(int termStart) {
        skipSpaces();
        if (at < filter.length() && (filter.charAt(at) == '"' || filter.charAt(at) == '\'')) {
            return quoted(termStart);
        }
        int start = at;
        while (at < filter.length() && filter.charAt(at) != ',' && filter.charAt(at) != ')') {
            char c = filter.charAt(at);
            if (!isBare(c)) {
                throw problem("filter: a value holding '" + c + "' must be quoted, as in eq(name,\"Acme (EU)\"), in '"
                        + QueryInteger.echo(filter.substring(termStart)) + "'");
            }
            at++;
        }
        if (at == filter.length()) {
            throw unclosed(filter.substring(termStart));
        }
        String value = filter.substring(start, at);
        if (value.isEmpty()) {
            throw problem("filter: " + filter.substring(termStart, at + 1) + " has an empty value");
        }
        return value;
    }

    private String quoted(int termStart) {
        char quote = filter.charAt(at++);
        StringBuilder value = new StringBuilder();
        while (at < filter.length() && filter.charAt(at) != quote) {
            if (filter.charAt(at) == '\\' && at + 1 < filter.length()) {
                at++;
                if (filter.charAt(at) != quote && filter.charAt(at) != '\\') {
                    throw problem("filter: inside quotes '\\' may only come before the quote or another '\\', not"
                            + " before '" + filter.charAt(at) + "'");
                }
            }
            value.append(filter.charAt(at++));
        }
        if (at == filter.length()) {
            throw problem(
                    "filter: a quoted value is not closed with " + quote + " in '" + filter.substring(termStart) + "'");
        }
        at++;
        skipSpaces();
        if (at == filter.length()) {
            throw unclosed(filter.substring(termStart));
        }
        if (filter.charAt(at) != ',' && filter.charAt(at) != ')') {
            throw problem("filter: expected ',' or ')' after the quoted value in '"
                    + filter.substring(termStart, at + 1) + "'");
        }
        return value.toString();
    }

    private void skipSpaces() {
        while (at < filter.length() && filter.charAt(at) == ' ') {
            at++;
        }
    }

    private String rest() {
        return QueryInteger.echo(filter.substring(at));
    }

    private static boolean isBare(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || BARE_SYMBOLS.indexOf(c) >= 0;
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static ListParameterProblem unclosed(String term) {
        return problem("filter: '" + QueryInteger.echo(term) + "' is missing its closing ')'");
    }

    private static ListParameterProblem problem(String message) {
        return new ListParameterProblem(PARAMETER, message);
    }
}
