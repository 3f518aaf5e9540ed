package io.accountcontracts.contract.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code @VendorStubTest(latency = ...)}: every vendor answer of the class waits it; a test changes it with
 * {@link VendorStub#latency(Delay)}, and the reset before the next test puts the annotation's back.
 */
@VendorStubTest(latency = "150ms")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorStubLatencyTest {

    private static final String MANAGED = "acct_dd2fdf6564b60319";

    @Test
    @Order(1)
    void everyAnswerWaitsTheAnnotationsLatencyAndTheJournalSaysSo(VendorStub stub, ManagedAccountsApi vantage)
            throws Exception {
        for (int i = 0; i < 2; i++) {
            String name = "late " + i;
            long took = timed(() -> vantage.updateManagedAccount(MANAGED, new UpdateManagedAccount().name(name)));
            assertTrue(took >= 150, "answered in " + took + " ms");
        }

        assertEquals(Delay.fixed(Duration.ofMillis(150)), stub.latency());
        assertEquals(2, stub.requests().size());
        stub.requests().forEach(entry -> assertEquals(150, entry.latencyMs()));
        // Left changed on purpose: the next test must have the annotation's back.
        stub.latency((Delay) null);
        long quick = timed(() -> vantage.updateManagedAccount(MANAGED, new UpdateManagedAccount().name("quick")));
        assertTrue(quick < 150, "answered in " + quick + " ms");
        assertEquals(0, stub.requests().get(2).latencyMs());
    }

    @Test
    @Order(2)
    void theResetBeforeEachTestPutsTheAnnotationsLatencyBack(VendorStub stub, ManagedAccountsApi vantage)
            throws Exception {
        assertEquals(Delay.fixed(Duration.ofMillis(150)), stub.latency());

        long took = timed(() -> vantage.updateManagedAccount(MANAGED, new UpdateManagedAccount().name("late again")));

        assertTrue(took >= 150, "answered in " + took + " ms");
    }

    @Test
    @Order(3)
    void aBadLatencyInTheAnnotationIsRefusedNamingTheAttribute() {
        String message = assertThrows(
                        IllegalArgumentException.class,
                        () -> VendorStubExtension.Options.of(
                                Optional.of(BadLatency.class.getAnnotation(VendorStubTest.class))))
                .getMessage();

        assertTrue(message.startsWith("@VendorStubTest(latency): 'uniform:9-1ms': the minimum (9 ms)"), message);
    }

    @VendorStubTest(latency = "uniform:9-1ms")
    private static final class BadLatency {}

    private interface Step {
        void run() throws Exception;
    }

    private static long timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
