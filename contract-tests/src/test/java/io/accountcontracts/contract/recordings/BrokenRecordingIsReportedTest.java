package io.accountcontracts.contract.recordings;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The recordings check must be able to fail: a HAR whose entries each break their spec in one way
 * is reported entry by entry. It lives under src/test/resources, out of the users' folder.
 */
class BrokenRecordingIsReportedTest {

    private static final List<HarEntry> BROKEN = HarFile.fromClasspath("/broken-recordings/broken.har");

    @Test
    void responseMissingARequiredFieldFailsValidation() {
        assertProblem(BROKEN.get(0), "response validation.response.body.schema.required");
    }

    @Test
    void jsonApiErrorWithANumericStatusFailsValidation() {
        assertProblem(BROKEN.get(1), "response validation.response.body.schema.type");
    }

    @Test
    void acceptedRequestThatBreaksTheRequestSchemaFailsValidation() {
        assertProblem(BROKEN.get(2), "request validation.request.body.schema.type");
    }

    @Test
    void eachBrokenEntryMakesItsDynamicTestFail() {
        for (HarEntry entry : BROKEN) {
            AssertionFailedError failure = assertThrows(
                    AssertionFailedError.class,
                    () -> EntryCheck.test(entry).getExecutable().execute(),
                    entry.name());
            assertTrue(
                    failure.getMessage().startsWith(entry.name() + " does not conform to /openapi/"),
                    failure.getMessage());
        }
    }

    private static void assertProblem(HarEntry entry, String expected) {
        EntryResult.Violates verdict =
                assertInstanceOf(EntryResult.Violates.class, EntryCheck.check(entry), entry.name());
        assertTrue(
                verdict.problems().stream().anyMatch(problem -> problem.startsWith(expected)),
                "expected " + expected + " in " + verdict.problems());
    }
}
