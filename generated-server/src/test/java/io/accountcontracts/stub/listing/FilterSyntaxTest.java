package io.accountcontracts.stub.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilterSyntaxTest {

    @Test
    void oneConditionGivesItsOperatorFieldAndValue() {
        assertEquals(
                List.of(new FilterTerm("eq(name,Acme)", "eq", "name", List.of("Acme"))),
                FilterSyntax.parse("eq(name,Acme)"));
    }

    @Test
    void conditionsAreJoinedByColons() {
        List<FilterTerm> terms = FilterSyntax.parse("eq(name,Acme):like(legal_name,*Ltd)");
        assertEquals(
                List.of("eq", "like"), terms.stream().map(FilterTerm::operator).toList());
        assertEquals("like(legal_name,*Ltd)", terms.get(1).text());
    }

    @Test
    void anUnquotedTimestampKeepsItsColons() {
        List<FilterTerm> terms = FilterSyntax.parse("ge(created_at,2021-06-02T18:44:07.617Z):eq(name,A)");
        assertEquals(List.of("2021-06-02T18:44:07.617Z"), terms.get(0).values());
        assertEquals(2, terms.size());
    }

    @Test
    void aQuotedValueMayHoldCommasParenthesesAndColons() {
        assertEquals(
                List.of("Acme, Inc (EU): West"),
                FilterSyntax.parse("eq(name,\"Acme, Inc (EU): West\")").get(0).values());
    }

    @Test
    void singleQuotesWorkAndABackslashEscapesAQuote() {
        assertEquals(
                List.of("Food 'n Stuff"),
                FilterSyntax.parse("eq(name,'Food \\'n Stuff')").get(0).values());
    }

    @Test
    void leadingSpacesOfAnUnquotedValueAreDroppedAndQuotedOnesKept() {
        assertEquals(
                List.of("a", "b c"),
                FilterSyntax.parse("in(id, a,  b c)").get(0).values());
        assertEquals(List.of(" a"), FilterSyntax.parse("eq(name,\" a\")").get(0).values());
    }

    @Test
    void inTakesSeveralValuesQuotedOrNot() {
        assertEquals(
                List.of("a", "b", "c, d"),
                FilterSyntax.parse("in(id,a,\"b\", \"c, d\")").get(0).values());
    }

    @Test
    void aBareValueHoldsLettersDigitsSpacesAndTheGuidesSymbols() {
        assertEquals(
                List.of("Ab 9@$_*.{}|+:/-"),
                FilterSyntax.parse("eq(name,Ab 9@$_*.{}|+:/-)").get(0).values());
    }

    @Test
    void aBareValueWithAnyOtherCharacterIsRefusedAskingForQuotes() {
        for (String bad : List.of("O'Brien", "Caf\u00e9", "A&B", "x#1", "50%", "a\"b")) {
            ListParameterProblem problem =
                    assertThrows(ListParameterProblem.class, () -> FilterSyntax.parse("eq(name," + bad + ")"));
            assertTrue(problem.getMessage().contains("must be quoted"), problem.getMessage());
        }
        assertEquals(
                List.of("O'Brien"),
                FilterSyntax.parse("eq(name,\"O'Brien\")").get(0).values());
    }

    @Test
    void insideQuotesABackslashOnlyEscapesTheQuoteOrABackslash() {
        assertEquals(
                List.of("a\\b"),
                FilterSyntax.parse("eq(name,\"a\\\\b\")").get(0).values());
        assertRefused("eq(name,\"a\\nb\")", "may only come before the quote");
    }

    @Test
    void aFilterOf8192CharactersIsAcceptedAndALongerOneRefused() {
        String longest = "eq(name," + "a".repeat(FilterSyntax.LONGEST - 9) + ")";
        assertEquals(FilterSyntax.LONGEST, longest.length());
        assertEquals(1, FilterSyntax.parse(longest).size());
        assertRefused("eq(name," + "a".repeat(FilterSyntax.LONGEST - 8) + ")", "longer than 8192");
    }

    @Test
    void anEmptyFilterIsRefusedNamingFilter() {
        assertRefused("", "empty");
        assertRefused("   ", "empty");
    }

    @Test
    void aMissingClosingParenthesisIsRefused() {
        assertRefused("eq(name,Acme", "closing ')'");
        assertRefused("eq(name", "closing ')'");
        assertRefused("eq(name,\"Acme\"", "closing ')'");
    }

    @Test
    void aMissingOpeningParenthesisIsRefused() {
        assertRefused("eq name,Acme)", "must be followed by '('");
        assertRefused("eq", "must be followed by '('");
    }

    @Test
    void aConditionWithoutValueIsRefused() {
        assertRefused("eq(name)", "has no value");
        assertRefused("eq(name,)", "empty value");
        assertRefused("in(id,a,)", "empty value");
    }

    @Test
    void aConditionWithoutFieldIsRefused() {
        assertRefused("eq(,Acme)", "names no field");
    }

    @Test
    void anUnquotedParenthesisIsRefused() {
        assertRefused("eq(name,Acme (EU))", "must be quoted");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertRefused("eq(name,\"Acme)", "not closed");
    }

    @Test
    void somethingOtherThanAColonBetweenConditionsIsRefused() {
        assertRefused("eq(name,A),eq(name,B)", "expected ':'");
        assertRefused("eq(name,A):", "expected a condition");
        assertRefused("eq(name,\"A\" x)", "after the quoted value");
    }

    @Test
    void tenConditionsAreAcceptedAndElevenRefused() {
        String ten = String.join(":", java.util.Collections.nCopies(10, "eq(name,A)"));
        assertEquals(10, FilterSyntax.parse(ten).size());
        assertRefused(ten + ":eq(name,A)", "more than 10");
    }

    private static void assertRefused(String filter, String saying) {
        ListParameterProblem problem = assertThrows(ListParameterProblem.class, () -> FilterSyntax.parse(filter));
        assertEquals("filter", problem.parameter());
        assertTrue(problem.getMessage().startsWith("filter"), problem.getMessage());
        assertTrue(problem.getMessage().contains(saying), problem.getMessage());
    }
}
