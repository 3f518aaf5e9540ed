package com.example.renamer;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubTest;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension is what makes these tests contract tests: a test in which the service sends a request
 * that breaks a vendor's spec fails, even when the test itself asserts only what the service returned.
 */
class UndeclaredContractBreachFailsTest {

    @Test
    void aTestWhoseCodeBreaksTheContractFailsUnlessItSaysSo() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SendsAnEmptyNameWithoutSayingSo.class))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("onlyChecksTheReportedReason"), finishedWithFailure(
                        instanceOf(AssertionError.class),
                        message(m -> m.contains("broke the vendor's contract")
                                && m.contains("PUT /v2/accounts/" + AccountRenamerTest.ELASTIC_PATH_ACCOUNT + " -> 400")
                                && m.contains("/data/name")))));
    }

    /** Run only through the test kit above (surefire skips nested classes). */
    @VendorStubTest
    static class SendsAnEmptyNameWithoutSayingSo {

        @Test
        void onlyChecksTheReportedReason(VendorStub stub) {
            AccountRenamer renamer = new AccountRenamer(stub.baseUri(), stub.token(), Duration.ofSeconds(2), 1);
            RenameFailedException failure = Assertions.assertThrows(RenameFailedException.class,
                    () -> renamer.rename(AccountRenamer.Vendor.ELASTIC_PATH, AccountRenamerTest.ELASTIC_PATH_ACCOUNT, ""));
            Assertions.assertEquals(RenameFailedException.Reason.REJECTED, failure.reason());
        }
    }
}
