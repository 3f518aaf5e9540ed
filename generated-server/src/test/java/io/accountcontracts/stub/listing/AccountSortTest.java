package io.accountcontracts.stub.listing;

import static io.accountcontracts.stub.listing.Records.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSortTest {

    private static final List<ObjectNode> STORE = List.of(
            account("b", "beta", "2021-01-02T00:00:00Z"),
            account("d", null, null),
            account("a", "Alpha", "2021-01-03T00:00:00+05:00"), // 2021-01-02T19:00Z
            account("c", "alpha", "2021-01-02T00:00:00.000Z")); // the same instant as b

    @Test
    void withoutSortTheNewestComeFirstAsTheVendorDocuments() {
        assertEquals(List.of("a", "c", "b", "d"), sorted(null));
    }

    @Test
    void createdAtSortsByInstantWithTiesBrokenById() {
        assertEquals(List.of("b", "c", "a", "d"), sorted("created_at"));
        assertEquals(List.of("a", "c", "b", "d"), sorted("-created_at"));
    }

    @Test
    void nameSortsByCodePoint() {
        assertEquals(List.of("a", "c", "b", "d"), sorted("name"));
        assertEquals(List.of("b", "c", "a", "d"), sorted("-name"));
    }

    @Test
    void idAndUpdatedAtSort() {
        assertEquals(List.of("a", "b", "c", "d"), sorted("id"));
        assertEquals(List.of("d", "c", "b", "a"), sorted("-id"));
        assertEquals(List.of("b", "c", "a", "d"), sorted("updated_at"));
    }

    @Test
    void anAccountMissingTheSortKeyComesLastInBothDirections() {
        assertEquals("d", sorted("name").get(3));
        assertEquals("d", sorted("-name").get(3));
        assertEquals("d", sorted("-created_at").get(3));
    }

    @Test
    void anUnknownSortKeyIsRefusedNamingSort() {
        for (String bad : List.of("email", "-email", "Name", "--name", "name,id", "", "+name", "created_at ")) {
            ListParameterProblem problem = assertThrows(ListParameterProblem.class, () -> AccountSort.parse(bad));
            assertEquals("sort", problem.parameter());
            assertEquals(
                    "sort: '" + bad + "' is not one of created_at, id, name, updated_at, each optionally prefixed by"
                            + " '-' for descending order",
                    problem.getMessage());
        }
    }

    private static List<String> sorted(String sort) {
        return STORE.stream()
                .sorted(AccountSort.parse(sort))
                .map(account -> account.get("id").textValue())
                .toList();
    }
}
