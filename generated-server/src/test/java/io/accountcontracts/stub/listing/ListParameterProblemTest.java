package io.accountcontracts.stub.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ListParameterProblemTest {

    // What would betray the implementation to a client: a package, a class, a library.
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "java|jackson|exception|listing|io\\.|\\.class|parse(r|int|long)|format", Pattern.CASE_INSENSITIVE);

    private record Refusal(String parameter, Supplier<Object> request) {}

    private static final List<Refusal> REFUSALS = List.of(
            new Refusal("filter", () -> AccountsQuery.parse("", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse("eq(nme,Acme)", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse("eq(name,Acme", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse("eq(name,\"Acme)", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse("gt(created_at,soon)", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse("gt(name,a)", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse("regex(name,a)", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse("eq(name,a,b)", null, null, null)),
            new Refusal("filter", () -> AccountsQuery.parse(")(", null, null, null)),
            new Refusal("sort", () -> AccountsQuery.parse(null, "email", null, null)),
            new Refusal("page[limit]", () -> AccountsQuery.parse(null, null, "1000", null)),
            new Refusal("page[offset]", () -> AccountsQuery.parse(null, null, null, "x".repeat(200))),
            new Refusal("page", () -> ManagedAccountsPage.parse("0", null)),
            new Refusal("limit", () -> ManagedAccountsPage.parse(null, "1e3")));

    @Test
    void everyRefusalNamesItsParameterFirstAndNoImplementation() {
        for (Refusal refusal : REFUSALS) {
            ListParameterProblem problem = assertThrows(ListParameterProblem.class, refusal.request()::get);
            String message = problem.getMessage();
            assertEquals(refusal.parameter(), problem.parameter(), message);
            assertTrue(
                    message.startsWith(refusal.parameter() + " ") || message.startsWith(refusal.parameter() + ":"),
                    message);
            assertFalse(IMPLEMENTATION.matcher(message).find(), message);
            assertTrue(message.length() < 300, message);
        }
    }

    @Test
    void aLongValueIsQuotedBackShortened() {
        ListParameterProblem problem =
                assertThrows(ListParameterProblem.class, () -> AccountsQuery.parse(null, null, null, "9".repeat(200)));
        assertTrue(problem.getMessage().endsWith("9".repeat(40) + "…'"), problem.getMessage());
    }

    @Test
    void aRefusalCarriesNoStackTraceSinceBadInputIsNoFault() {
        assertEquals(0, new ListParameterProblem("sort", "sort: bad").getStackTrace().length);
        assertEquals(
                "sort",
                new ListParameterProblem("sort", "sort: bad").parameter().toLowerCase(Locale.ROOT));
    }
}
