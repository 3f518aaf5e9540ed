package io.accountcontracts.stub.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.text.Shortened;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verdict holds its problems short, whoever made them: the caller's 400, the journal and the tally read them. */
class VerdictTest {

    private static final String HUGE = "[Path '/name'] String \"" + "x".repeat(900_000) + "\" is too long";

    @Test
    void theValidatorsProblemsAreKeptShortWithTheirRules() {
        Verdict verdict = Verdict.invalidBy(List.of(new Problem("validation.request.body.schema.maxLength", HUGE)));

        assertTrue(verdict.problems().get(0).length() <= Shortened.MAX_CHARS);
        assertTrue(
                verdict.problems().get(0).contains("more characters]"),
                verdict.problems().get(0));
        assertEquals(List.of("validation.request.body.schema.maxLength"), verdict.rules());
    }

    @Test
    void theStubsOwnWordsAreKeptShortToo() {
        Verdict verdict = Verdict.invalid(List.of(HUGE));

        assertTrue(verdict.problems().get(0).length() <= Shortened.MAX_CHARS);
    }

    @Test
    void aProblemOfTheProxysCheckIsKeptShort() {
        assertTrue(new Problem("validation.response.body.schema.type", HUGE)
                        .message()
                        .length()
                <= Shortened.MAX_CHARS);
    }
}
