package io.accountcontracts.stub.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.accountcontracts.stub.errors.Vendor;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The full validator is loaded once per vendor however many callers first need it at the same time: they all
 * wait for the one load and get what it made. (Whether it stays unloaded while the screens take everything is
 * the contract tests' FirstExchangeLoadsNoFullValidatorTest.)
 */
@Timeout(120)
class FullValidatorLoadingTest {

    private static final int CALLERS = 6;

    @Test
    void concurrentFirstCallersShareOneLoad() throws Exception {
        SpecValidators validators = new SpecValidators();
        CyclicBarrier start = new CyclicBarrier(CALLERS);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<OpenAPI>> specs = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                specs.add(callers.submit(() -> {
                    start.await();
                    return validators.parsedSpec(Vendor.ELASTIC_PATH);
                }));
            }
            Set<OpenAPI> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Future<OpenAPI> spec : specs) {
                distinct.add(spec.get());
            }

            assertEquals(1, distinct.size(), "loads of one vendor's full validator");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aPreloadIsTheLoadLaterCallersGet() {
        SpecValidators validators = new SpecValidators();
        validators.preloadFullValidators();

        OpenAPI first = validators.parsedSpec(Vendor.VANTAGE);

        assertSame(first, validators.parsedSpec(Vendor.VANTAGE));
        assertEquals(
                "updateManagedAccount",
                first.getPaths()
                        .get("/v2/managed_accounts/{managed_account_token}")
                        .getPut()
                        .getOperationId());
    }
}
