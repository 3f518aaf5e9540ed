package com.example.sync;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.contract.junit.VendorStubTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Every sync test is held to the contract: one whose sync sends a forbidden request fails, whatever it asserts. */
class SyncContractBreachFailsTest {

    @Test
    void aSyncThatSendsABadCreateFailsItsTest() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(CreatesWithAContactEmailThatIsNone.class))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("onlyChecksTheStep"), finishedWithFailure(
                        instanceOf(AssertionError.class),
                        message(m -> m.contains("broke the vendor's contract")
                                && m.contains("POST /v2/managed_accounts -> 400")
                                && m.contains("/contact_email")))));
    }

    /** Run only through the test kit above (surefire skips nested classes). */
    @VendorStubTest
    static class CreatesWithAContactEmailThatIsNone {

        @Test
        void onlyChecksTheStep(ManagedAccountsApi vantage) {
            SyncFailedException failure = Assertions.assertThrows(SyncFailedException.class,
                    () -> new VantageAccountSync(vantage, 100).sync("not an email", "Acme"));
            Assertions.assertEquals(SyncFailedException.Step.CREATE, failure.step());
        }
    }
}
