package io.accountcontracts.stub;

import io.accountcontracts.stub.admin.StubState;
import io.accountcontracts.stub.http.JerseyApplication;
import io.accountcontracts.stub.programmed.RuleCheck;

/**
 * What a stub answers with, apart from its listener and workers: the Jersey application and the state objects it was
 * built with. Building it is most of a later stub's start, so a closed stub's may be parked for the next one of the
 * same configuration ({@link ApplicationPool}).
 */
record StubApplication(JerseyApplication jersey, StubState state, RuleCheck rules) {

    /** Back to how it was built: records, journal, rules, waits, tally, rate limits and latency as a new stub's. */
    void startOver() {
        state.startOver();
    }

    void destroy() {
        jersey.destroy();
    }
}
