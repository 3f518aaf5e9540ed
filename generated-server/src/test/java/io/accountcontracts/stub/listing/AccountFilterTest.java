package io.accountcontracts.stub.listing;

import static io.accountcontracts.stub.listing.Records.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountFilterTest {

    private static final List<ObjectNode> STORE = List.of(
            account("a1", "Ron Swanson", "2021-06-02T18:44:07.617Z"),
            account("b2", "Leslie Knope", "2021-06-03T09:00:00Z"),
            account("c3", "Acme, Inc", "2021-06-03T11:00:00+02:00"), // 09:00Z, the same instant as b2
            account("d4", null, null),
            account("e5", "Star*1*2*", "2021-06-04T00:00:00Z"));

    @Test
    void withoutFilterEveryAccountPasses() {
        assertEquals(List.of("a1", "b2", "c3", "d4", "e5"), matching(null));
    }

    @Test
    void eqOnTextIsExactAndCaseSensitive() {
        assertEquals(List.of("b2"), matching("eq(name,Leslie Knope)"));
        assertEquals(List.of(), matching("eq(name,leslie knope)"));
        assertEquals(List.of(), matching("eq(name,Leslie)"));
    }

    @Test
    void likeTakesALeadingOrTrailingStarAsAnyRunAndIgnoresCase() {
        assertEquals(List.of("a1"), matching("like(name,*Swan*)"));
        assertEquals(List.of("a1"), matching("like(name,Ron*)"));
        assertEquals(List.of("b2"), matching("like(name,*Knope)"));
        assertEquals(List.of("a1"), matching("like(name,*swan*)"));
        assertEquals(List.of("a1"), matching("like(name,ron*)"));
        assertEquals(List.of("b2"), matching("like(name,*KNOPE)"));
    }

    @Test
    void aStarInsideALikeValueIsAnOrdinaryCharacter() {
        assertEquals(List.of(), matching("like(name,Leslie*Knope)"));
        assertEquals(List.of("e5"), matching("like(name,*1*2*)"));
        assertEquals(List.of("e5"), matching("like(name,Star*)"));
    }

    @Test
    void likeWithoutStarMatchesTheWholeValue() {
        assertEquals(List.of("a1"), matching("like(name,Ron Swanson)"));
        assertEquals(List.of(), matching("like(name,Swanson)"));
    }

    @Test
    void likeStarAloneMatchesEveryAccountThatHasTheField() {
        assertEquals(List.of("a1", "b2", "c3", "e5"), matching("like(name,*)"));
        assertEquals(List.of("a1", "b2", "c3", "e5"), matching("like(name,**)"));
    }

    @Test
    void likeTakesRegexCharactersLiterally() {
        assertEquals(List.of(), matching("like(name,R.n*)"));
        assertEquals(List.of(), matching("like(name,*Swanso.)"));
        assertEquals(List.of("c3"), matching("like(name,\"*, Inc\")"));
    }

    @Test
    void aQuotedValueWithACommaMatches() {
        assertEquals(List.of("c3"), matching("eq(name,\"Acme, Inc\")"));
    }

    @Test
    void conditionsJoinedByColonMustAllHold() {
        assertEquals(List.of("b2"), matching("like(name,*e*):eq(legal_name,Leslie Knope Ltd)"));
        assertEquals(List.of("a1", "b2", "c3"), matching("like(name,*):lt(created_at,2021-06-04)"));
        assertEquals(List.of(), matching("eq(name,Ron Swanson):eq(id,b2)"));
    }

    @Test
    void inOnIdMatchesAnyOfItsValues() {
        assertEquals(List.of("a1", "c3"), matching("in(id,c3,a1,zz)"));
        assertEquals(List.of("b2"), matching("in(id,\"b2\")"));
    }

    @Test
    void idComparesAsText() {
        assertEquals(List.of("c3", "d4", "e5"), matching("gt(id,b2)"));
        assertEquals(List.of("b2", "c3", "d4", "e5"), matching("ge(id,b2)"));
        assertEquals(List.of("a1"), matching("lt(id,b2)"));
        assertEquals(List.of("a1", "b2"), matching("le(id,b2)"));
        assertEquals(List.of("b2"), matching("eq(id,b2)"));
    }

    @Test
    void timestampsCompareAsInstantsWhateverTheirOffset() {
        assertEquals(List.of("b2", "c3"), matching("eq(created_at,2021-06-03T09:00:00.000Z)"));
        assertEquals(List.of("b2", "c3", "e5"), matching("gt(created_at,\"2021-06-02T18:44:07.617Z\")"));
        assertEquals(List.of("a1", "b2", "c3", "e5"), matching("ge(created_at,2021-06-02T18:44:07.617Z)"));
        assertEquals(List.of("a1"), matching("lt(updated_at,2021-06-03T10:00:00+01:00)"));
        assertEquals(List.of("a1", "b2", "c3"), matching("le(updated_at,2021-06-03T09:00:00Z)"));
    }

    @Test
    void aDateOrMillisecondsStandForAnInstant() {
        assertEquals(List.of("b2", "c3", "e5"), matching("ge(created_at,2021-06-03)"));
        // 2021-06-03T00:00:00Z in milliseconds since 1970
        assertEquals(List.of("a1"), matching("lt(created_at,1622678400000)"));
    }

    @Test
    void anAccountWithoutTheFieldMatchesNoConditionOnIt() {
        assertEquals(List.of(), matching("like(name,*):eq(id,d4)"));
        assertEquals(List.of("a1", "b2", "c3", "e5"), matching("gt(created_at,1970-01-01)"));
    }

    @Test
    void aFilterOnAnUnknownFieldIsRefusedNamingFilter() {
        assertRefused(
                "eq(nme,Acme)",
                "filter: 'eq(nme,Acme)' filters on nme, which is not one of name, legal_name, registration_id,"
                        + " external_ref, id, created_at, updated_at");
    }

    @Test
    void anUnknownOperatorIsRefusedNamingFilter() {
        assertRefused(
                "contains(name,Acme)",
                "filter: 'contains(name,Acme)' 'contains' is not an operator; use one"
                        + " of eq, like, in, gt, ge, lt, le");
    }

    @Test
    void anOperatorTheFieldDoesNotAllowIsRefused() {
        assertRefused("gt(name,A)", "filter: 'gt(name,A)' gt is not allowed on name, which allows eq, like");
        assertRefused(
                "like(id,a*)",
                "filter: 'like(id,a*)' like is not allowed on id, which allows eq, ge, gt, le," + " lt, in");
        assertRefused(
                "in(created_at,2021-06-02)",
                "filter: 'in(created_at,2021-06-02)' in is not allowed on"
                        + " created_at, which allows eq, ge, gt, le, lt");
    }

    @Test
    void aSecondValueOutsideInIsRefusedSuggestingQuotes() {
        assertRefused(
                "eq(name,Acme, Inc)",
                "filter: 'eq(name,Acme, Inc)' eq takes one value but has 2; quote a"
                        + " value that holds a comma, as in eq(name,\"Acme, Inc\")");
    }

    @Test
    void aMalformedTimestampIsRefusedNamingFilter() {
        for (String bad : List.of("2021-13-01", "yesterday", "2021-06-02T18:44:07", "2021-06-02 18:44:07Z")) {
            ListParameterProblem problem = refused("gt(created_at," + bad + ")");
            assertTrue(problem.getMessage().contains("'" + bad + "' is not a date or time"), problem.getMessage());
        }
    }

    @Test
    void aBadConditionAfterAGoodOneIsStillRefused() {
        refused("eq(name,A):eq(nme,B)");
    }

    private static List<String> matching(String filter) {
        return STORE.stream()
                .filter(AccountFilter.parse(filter))
                .map(account -> account.get("id").textValue())
                .toList();
    }

    private static void assertRefused(String filter, String message) {
        assertEquals(message, refused(filter).getMessage());
    }

    private static ListParameterProblem refused(String filter) {
        ListParameterProblem problem = assertThrows(ListParameterProblem.class, () -> AccountFilter.parse(filter));
        assertEquals("filter", problem.parameter());
        return problem;
    }
}
