package io.accountcontracts.stub.programmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rule queue: first in first out, a count used up one request at a time, persistent rules stay. */
class ProgrammedResponsesTest {

    private static final String ACCOUNT = "updateAccount";
    private static final String MANAGED = "updateManagedAccount";

    private final ProgrammedResponses rules = new ProgrammedResponses();

    @Test
    void aDelayRunsOutWhenNothingInterruptsIt() {
        assertTrue(rules.delay(20));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aClearCutsAWaitingDelayShortSoItsAnswerIsNotGiven() throws Exception {
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> rules.delay(60_000));
        long start = System.nanoTime();
        while (!waited.isDone() && System.nanoTime() - start < 5_000_000_000L) {
            rules.clear();
            Thread.sleep(10);
        }

        assertFalse(waited.get(5, TimeUnit.SECONDS));
    }

    @Test
    void anEmptyQueueAppliesNothing() {
        assertTrue(rules.isEmpty());
        assertEquals(Optional.empty(), rules.take(ACCOUNT));
    }

    @Test
    void rulesApplyFirstInFirstOut() {
        rules.install(rule(ACCOUNT, 409, 1));
        rules.install(rule(ACCOUNT, 404, 1));

        assertEquals(409, rules.take(ACCOUNT).orElseThrow().status());
        assertEquals(404, rules.take(ACCOUNT).orElseThrow().status());
        assertEquals(Optional.empty(), rules.take(ACCOUNT));
        assertTrue(rules.isEmpty());
    }

    @Test
    void aCountIsUsedUpOneRequestAtATimeThenTheRuleIsGone() {
        ProgrammedResponse rule = rule(ACCOUNT, 500, 3);
        rules.install(rule);

        assertEquals(rule, rules.take(ACCOUNT).orElseThrow());
        assertEquals(List.of(remaining(rule, 2)), rules.pending());
        rules.take(ACCOUNT);
        assertEquals(List.of(remaining(rule, 1)), rules.pending());
        rules.take(ACCOUNT);

        assertEquals(List.of(), rules.pending());
        assertEquals(Optional.empty(), rules.take(ACCOUNT));
    }

    @Test
    void aRuleForAnotherOperationIsSkippedAndKeepsItsPlace() {
        rules.install(rule(MANAGED, 404, 1));
        rules.install(rule(ACCOUNT, 409, 1));

        assertEquals(409, rules.take(ACCOUNT).orElseThrow().status());
        assertEquals(Optional.empty(), rules.take(ACCOUNT));
        assertEquals(404, rules.take(MANAGED).orElseThrow().status());
    }

    @Test
    void aRuleForAnyOperationAppliesToEach() {
        rules.install(rule(null, 500, 2));

        assertEquals(500, rules.take(ACCOUNT).orElseThrow().status());
        assertEquals(500, rules.take(MANAGED).orElseThrow().status());
        assertTrue(rules.isEmpty());
    }

    @Test
    void aPersistentRuleStaysAndHoldsBackTheRulesBehindIt() {
        ProgrammedResponse persistent = new ProgrammedResponse(rules.nextId(), ACCOUNT, 500, 0, null, 0, true);
        rules.install(persistent);
        rules.install(rule(ACCOUNT, 409, 1));

        for (int i = 0; i < 5; i++) {
            assertEquals(persistent, rules.take(ACCOUNT).orElseThrow());
        }
        assertEquals(2, rules.pending().size());
    }

    @Test
    void installingAnIdAgainReplacesTheRuleWhereItStands() {
        ProgrammedResponse first = rule(ACCOUNT, 409, 1);
        ProgrammedResponse second = rule(ACCOUNT, 404, 1);
        rules.install(first);
        rules.install(second);

        ProgrammedResponse changed = new ProgrammedResponse(first.id(), ACCOUNT, 500, 0, null, 2, false);
        rules.install(changed);

        assertEquals(List.of(changed, second), rules.pending());
    }

    @Test
    void aRuleUsedUpAndInstalledAgainGoesToTheEnd() {
        ProgrammedResponse first = rule(ACCOUNT, 409, 1);
        ProgrammedResponse second = rule(ACCOUNT, 404, 1);
        rules.install(first);
        rules.install(second);
        rules.take(ACCOUNT);

        rules.install(first);

        assertEquals(List.of(second, first), rules.pending());
    }

    @Test
    void clearRemovesEveryRuleButIdsKeepCounting() {
        long before = rules.nextId();
        rules.install(rule(ACCOUNT, 409, 1));
        rules.install(rule(null, 500, 1));

        rules.clear();

        assertTrue(rules.isEmpty());
        assertEquals(List.of(), rules.pending());
        assertEquals(Optional.empty(), rules.take(ACCOUNT));
        assertTrue(rules.nextId() > before + 2);
    }

    @Test
    void pendingIsACopyThatNeitherChangesTheQueueNorFollowsIt() {
        ProgrammedResponse first = rule(ACCOUNT, 409, 1);
        rules.install(first);
        List<ProgrammedResponse> pending = rules.pending();

        // A live view, even an unmodifiable one, would now show the second rule and not the first.
        rules.install(rule(MANAGED, 500, 1));
        rules.take(ACCOUNT);

        assertEquals(List.of(first), pending);
        assertThrowsOnChange(pending);
        assertFalse(rules.isEmpty());
    }

    private static void assertThrowsOnChange(List<ProgrammedResponse> pending) {
        try {
            pending.clear();
        } catch (UnsupportedOperationException expected) {
            return;
        }
        throw new AssertionError("pending() handed out a list that changes the queue");
    }

    private ProgrammedResponse rule(String operationId, int status, int count) {
        return new ProgrammedResponse(rules.nextId(), operationId, status, 0, null, count, false);
    }

    private static ProgrammedResponse remaining(ProgrammedResponse rule, int left) {
        return new ProgrammedResponse(
                rule.id(), rule.operationId(), rule.status(), rule.delayMs(), rule.fault(), left, rule.persistent());
    }
}
