package io.accountcontracts.stub.delay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A clear cuts waits short, even one that begins after it; the server's shutdown ends them and every later one. */
class WaitsTest {

    private final Waits waits = new Waits();

    @Test
    void aWaitRunsOutWhenNothingCutsItShort() {
        long start = System.nanoTime();

        assertTrue(waits.waitOut(30, waits.clears()));

        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(30));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aClearCutsAWaitShort() throws Exception {
        long since = waits.clears();
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> waits.waitOut(60_000, since));
        Thread.sleep(50);

        long start = System.nanoTime();
        waits.clear();

        assertFalse(waited.get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void aWaitOfAnAnswerBegunBeforeAClearDoesNotWaitAtAll() {
        long since = waits.clears();
        waits.clear();

        long start = System.nanoTime();
        assertFalse(waits.waitOut(60_000, since));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void theShutdownEndsAWaitAndEveryLaterOneWithTheAnswerStillToBeGiven() throws Exception {
        long since = waits.clears();
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> waits.waitOut(60_000, since));
        Thread.sleep(50);

        waits.stop();

        assertTrue(waited.get(5, TimeUnit.SECONDS));
        long start = System.nanoTime();
        assertTrue(waits.waitOut(60_000, since));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
    }
}
