package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.ContractEnforcementTest.rename;
import static io.accountcontracts.contract.junit.ContractEnforcementTest.run;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.client.elasticpath.api.AccountsApi;
import org.junit.jupiter.api.Test;

/**
 * The journal is bounded, so a test's oldest requests can be dropped from it. The breaches among them still
 * count: a test never passes because the request that broke the contract fell out of sight.
 */
class DroppedBreachesTest {

    @Test
    void aTestWhoseOnlyBreachWasDroppedFailsSayingSo() {
        run(BreachThenTwoValidRequestsInAJournalOfTwo.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(
                                m -> m.startsWith("1 request from the code under test broke the vendor's contract")
                                        && m.contains("1 breach was dropped from the journal, over its limit of 2"
                                                + " requests"))));
    }

    @Test
    void droppedBreachesAreCountedWithTheVisibleOnes() {
        run(ThreeBreachesInAJournalOfOne.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(
                                m -> m.startsWith("3 requests from the code under test broke the vendor's contract")
                                        && m.contains("PUT /v2/accounts/")
                                        && m.contains("2 more breaches were dropped from the journal"))));
    }

    @Test
    void aTestThatDeclaredItsBreachesPassesWhenSomeWereDropped() {
        run(DeclaresThreeBreachesInAJournalOfOne.class).assertThatEvents().haveExactly(1, finishedSuccessfully());
    }

    // Run only through the engine above: surefire leaves nested classes alone.

    @VendorStubTest
    static class BreachThenTwoValidRequestsInAJournalOfTwo {
        @Test
        void test(AccountsApi elasticPath, VendorStub stub) {
            stub.server().journal().limit(2, Long.MAX_VALUE);
            rename(elasticPath, "");
            rename(elasticPath, "fine");
            rename(elasticPath, "also fine");
        }
    }

    @VendorStubTest
    static class ThreeBreachesInAJournalOfOne {
        @Test
        void test(AccountsApi elasticPath, VendorStub stub) {
            stub.server().journal().limit(1, Long.MAX_VALUE);
            for (int i = 0; i < 3; i++) {
                rename(elasticPath, "");
            }
        }
    }

    @VendorStubTest
    static class DeclaresThreeBreachesInAJournalOfOne {
        @Test
        void test(AccountsApi elasticPath, VendorStub stub) {
            stub.server().journal().limit(1, Long.MAX_VALUE);
            stub.expectInvalidRequests(3);
            for (int i = 0; i < 3; i++) {
                rename(elasticPath, "");
            }
        }
    }
}
