package io.accountcontracts.contract.resources;

import static io.accountcontracts.contract.resources.ElasticPathAccounts.A;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.B;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.C;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.D;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.E;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.assertParameterError;
import static io.accountcontracts.contract.resources.ElasticPathAccounts.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.model.AccountListResponse;
import io.accountcontracts.client.elasticpath.model.Error;
import io.accountcontracts.contract.support.ContractStub;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Elastic Path {@code GET /v2/accounts?filter=...}: every attribute with every operator the spec's table allows
 * for it, expressions joined with {@code :}, and each kind of refused filter, through the generated client.
 */
class AccountFiltersContractTest {

    @RegisterExtension
    static final ContractStub stub = ContractStub.withFixtures(ElasticPathAccounts.five());

    /** Ascending by id, which is how each case lists the accounts it expects. */
    private static final List<String> BY_ID = List.of(C, A, E, B, D);

    static Stream<Arguments> filters() {
        return Stream.of(
                // text attributes: eq is exact, case included; like's '*' stands for any run at either end
                match("eq(name,Acme)", B, D),
                match("eq(name,acme)"),
                match("like(name,Ac*)", B, D),
                match("like(name,*ex)", A),
                match("like(name,*oo*)", E),
                match("like(name,Globex)", A),
                match("like(name,Glob)"),
                match("eq(legal_name,Acme Ltd)", B),
                match("eq(legal_name,\"Acme (EU) Ltd\")", D),
                match("eq(legal_name,'Acme (EU) Ltd')", D),
                match("like(legal_name,*Ltd)", B, D),
                match("like(legal_name,*)", A, B, C, D), // E's is null: it matches no expression on it
                match("eq(registration_id,reg-c)", C),
                match("like(registration_id,reg-*)", A, B, C, D),
                match("eq(external_ref,crm-1002)", B),
                match("like(external_ref,crm-*)", A, B, E), // D has none
                // id: compared as a string
                match("eq(id," + A + ")", A),
                match("gt(id," + A + ")", E, B, D),
                match("ge(id," + A + ")", A, E, B, D),
                match("lt(id," + E + ")", C, A),
                match("le(id," + E + ")", C, A, E),
                match("in(id," + A + ")", A),
                match("in(id," + C + "," + D + ")", C, D),
                match("in(id,\"" + C + "\", \"" + D + "\", \"" + ElasticPathAccounts.NO_SUCH_ID + "\")", C, D),
                // timestamps: RFC 3339 (bare or quoted), a date, or epoch milliseconds; compared as instants
                match("eq(created_at,2024-03-01T00:00:00.000Z)", C),
                match("eq(created_at,\"2024-03-01T01:00:00+01:00\")", C),
                match("gt(created_at,\"2024-03-01T00:00:00Z\")", D, E),
                match("ge(created_at,2024-03-01)", C, D, E),
                match("lt(created_at,1706745600000)", A),
                match("le(created_at,1706745600000)", A, B),
                match("eq(updated_at,2024-08-01)", D),
                match("gt(updated_at,2024-08-01)", C, E),
                match("ge(updated_at,1722470400000)", D, C, E),
                match("lt(updated_at,\"2024-07-01T00:00:00.000Z\")", B),
                match("le(updated_at,2024-07-01T00:00:00.000Z)", B, A),
                // several, joined with ':', all of which must hold
                match("eq(name,Acme):lt(id," + D + ")", B),
                match("like(legal_name,*Ltd):gt(created_at,\"2024-01-01T00:00:00Z\")", B, D),
                match("like(external_ref,crm-*):ge(updated_at,2024-07-01):gt(id," + A + ")", E),
                match("eq(name,Acme):eq(name,Globex)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterListsExactlyTheMatchingAccounts(String filter, List<String> expected) throws Exception {
        AccountListResponse page = stub.elasticPath().listAccounts(filter, "id", 100, 0);

        assertEquals(expected, ids(page.getData()), filter);
        assertEquals(expected.size(), page.getMeta().getResults().getTotal());
    }

    @Test
    void eqOnANameFindsEveryAccountOfThatNameAndNoOther() throws Exception {
        for (String name : List.of("Acme", "Globex", "Initech", "Hooli")) {
            List<String> expected = stub.server().stores().accounts().all().stream()
                    .filter(account -> account.path("name").asText().equals(name))
                    .map(account -> account.path("id").asText())
                    .sorted()
                    .toList();

            List<String> found =
                    ids(stub.elasticPath()
                                    .listAccounts("eq(name," + name + ")", null, null, null)
                                    .getData())
                            .stream()
                            .sorted()
                            .toList();

            assertEquals(expected, found, name);
            assertTrue(!found.isEmpty(), name);
        }
    }

    static Stream<Arguments> refusedFilters() {
        return Stream.of(
                // malformed
                refused("eq(name,Acme"),
                refused("eq name Acme"),
                refused("eq(name,Acme)x"),
                refused("eq(name,Acme)::eq(name,Acme)"),
                refused("eq(name,Acme (EU))"),
                refused("eq(name,\"Acme)"),
                refused("eq(name,)"),
                refused("eq(,Acme)"),
                refused("is_null(name)", "is_null"),
                refused("eq(name,Acme)|eq(name,Globex)"),
                refused(Named.of(
                        "11 expressions",
                        IntStream.range(0, 11)
                                .mapToObj(i -> "eq(name,n" + i + ")")
                                .collect(Collectors.joining(":")))),
                refused(Named.of("8,200 characters", "eq(name," + "x".repeat(8200) + ")")),
                // an attribute the table does not list
                refused("eq(email,ron@example.com)", "email"),
                refused("eq(parent_id," + A + ")", "parent_id"),
                refused("eq(Name,Acme)", "Name"),
                // an operator that is no operator, or not one the attribute allows
                refused("ne(name,Acme)", "ne"),
                refused("EQ(name,Acme)", "EQ"),
                refused("like(id,1c*)", "like"),
                refused("in(name,Acme,Globex)", "in"),
                refused("gt(name,Acme)", "gt"),
                refused("le(external_ref,crm-2)", "le"),
                refused("like(created_at,2024*)", "like"),
                refused("in(updated_at,2024-08-01)", "in"),
                // the wrong number of operands, or a time in none of the three forms
                refused("eq(name,Acme,Globex)", "eq"),
                refused("gt(id," + A + "," + B + ")", "gt"),
                refused("gt(created_at,yesterday)", "yesterday"),
                refused("eq(updated_at,2024-13-45)", "2024-13-45"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFilters")
    void refusedFilterGets400NamingTheFilter(String filter, String named) throws Exception {
        ApiException error =
                assertThrows(ApiException.class, () -> stub.elasticPath().listAccounts(filter, null, null, null));

        Error only = assertParameterError(error, "filter");
        assertTrue(only.getDetail().contains(named), "'" + named + "' in: " + only.getDetail());
    }

    @Test
    void emptyFilterGets400NamingTheFilter() throws Exception {
        assertParameterError(ElasticPathAccounts.get(stub, "/v2/accounts?filter="), "filter");
    }

    private static Arguments match(String filter, String... expected) {
        return Arguments.of(
                filter,
                Stream.of(expected)
                        .sorted(Comparator.comparingInt(BY_ID::indexOf))
                        .toList());
    }

    private static Arguments refused(Object filter) {
        return Arguments.of(filter, "filter");
    }

    private static Arguments refused(String filter, String named) {
        return Arguments.of(filter, named);
    }
}
