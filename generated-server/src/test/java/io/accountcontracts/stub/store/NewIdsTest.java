package io.accountcontracts.stub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewIdsTest {

    @Test
    void aManagedAccountTokenIsAcctAndSixteenLowerCaseHexDigits() {
        for (int i = 0; i < 1_000; i++) {
            String token = NewIds.managedAccountToken(id -> false);
            assertTrue(token.matches("acct_[0-9a-f]{16}"), token);
        }
    }

    @Test
    void anAccountIdIsAVersionFourUuid() {
        String id = NewIds.accountId(taken -> false);

        assertEquals(4, UUID.fromString(id).version());
        assertEquals(id, UUID.fromString(id).toString());
    }

    @Test
    void aTakenIdIsDrawnAgain() {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> refused = new ArrayDeque<>();
        String id = NewIds.accountId(candidate -> {
            // Refuses the first two drawn, as if stored already.
            if (seen.size() < 2 && seen.add(candidate)) {
                refused.add(candidate);
                return true;
            }
            return false;
        });

        assertEquals(2, refused.size());
        assertTrue(refused.stream().noneMatch(id::equals));
        assertNotEquals(refused.peekFirst(), refused.peekLast());
    }
}
