package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.delay.Latency;
import io.accountcontracts.stub.programmed.ProgrammedResponses;
import io.accountcontracts.stub.proxy.ViolationTally;
import io.accountcontracts.stub.ratelimit.RateLimiter;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.store.Stores;
import java.util.function.Supplier;

/**
 * Everything a test may want to put back between tests: records, the journal, programmed responses, the
 * violations tally, the rate limits (back to those of the start, with fresh windows), the stub-wide latency. The
 * fixtures come through a supplier because they are still being read while the server is set up.
 */
public record StubState(
        Stores stores,
        Supplier<Fixtures> fixtures,
        Journal journal,
        ProgrammedResponses programmed,
        ViolationTally tally,
        RateLimiter rateLimits,
        Latency latency) {

    public void reset() {
        // Programmed delays first: a delayed request still waiting must not write to the records put back.
        programmed.clear();
        stores.load(fixtures.get());
        journal.clear();
        tally.clear();
        rateLimits.reset();
        latency.reset();
    }

    /**
     * As a stub just started with the same configuration: a {@link #reset()}, and what a reset leaves be (the
     * journal's limits and count of clears, the programmed rules' ids, the shutdown's cutting waits short) back
     * too. For the state of a closed stub, which the next stub takes over (StubServer's pool): nothing of the
     * closed one may still be running on it.
     */
    public void startOver() {
        programmed.startOver();
        reset();
        journal.startOver();
    }
}
