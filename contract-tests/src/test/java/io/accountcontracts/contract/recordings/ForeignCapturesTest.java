package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Users drop in their own captures: from localhost or staging, with traffic the specs do not
 * describe mixed in. Such entries are checked by path, or skipped with the reason, never failed.
 */
class ForeignCapturesTest {

    private static final List<HarEntry> CAPTURE = HarFile.fromClasspath("/foreign-captures/localhost-and-staging.har");

    @Test
    void captureFromAnotherHostIsValidatedByItsPath() {
        HarEntry localhost = CAPTURE.get(0);

        assertEquals(new EntryResult.Conforms("/openapi/elasticpath-accounts.yaml"), EntryCheck.check(localhost));
        assertDoesNotThrow(() -> EntryCheck.test(localhost).getExecutable().execute());
    }

    @Test
    void pathInNeitherSpecIsSkippedNamingThePathAndTheKnownOnes() {
        String reason = skipReason(CAPTURE.get(1));

        assertTrue(reason.contains("path /__admin/journal"), reason);
        assertTrue(reason.contains("is in neither spec"), reason);
        assertTrue(
                reason.contains("(they have /v2/managed_accounts, /v2/managed_accounts/{managed_account_token},"
                        + " /v2/accounts, /v2/accounts/{accountID})"),
                reason);
    }

    @Test
    void corsPreflightOnAnApiPathIsSkipped() {
        String reason = skipReason(CAPTURE.get(2));

        assertTrue(reason.contains("CORS preflight"), reason);
    }

    @Test
    void requestThatGotNoResponseIsSkipped() {
        String reason = skipReason(CAPTURE.get(3));

        assertTrue(reason.contains("has no response"), reason);
    }

    @Test
    void skippedEntryIsReportedAsAbortedWithItsReason() {
        HarEntry unknownPath = CAPTURE.get(1);

        TestAbortedException aborted = assertThrows(
                TestAbortedException.class,
                () -> EntryCheck.test(unknownPath).getExecutable().execute());
        assertTrue(aborted.getMessage().contains(skipReason(unknownPath)), aborted.getMessage());
    }

    private static String skipReason(HarEntry entry) {
        return assertInstanceOf(EntryResult.Skipped.class, EntryCheck.check(entry), entry.name())
                .reason();
    }
}
