package com.example.renamer;

import static com.example.renamer.AccountRenamerTest.ELASTIC_PATH_ACCOUNT;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.contract.junit.Operation;
import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** When verify fails, its message shows the request that came closest and what differed in it. */
class VerifyNearMissTest {

    @Test
    void aVerifyThatMissesNamesTheCloseRequestAndTheDifference() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(RenamesToTheWrongName.class))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("expectsAnotherName"), finishedWithFailure(
                        instanceOf(AssertionError.class),
                        message(m -> m.startsWith("Expected exactly 1 updateAccount request for id '"
                                        + ELASTIC_PATH_ACCOUNT + "', with /data/name = \"Acme EU\", but 0 matched.")
                                && m.contains("PUT /v2/accounts/" + ELASTIC_PATH_ACCOUNT + " -> 200: ")
                                && m.contains("Acme UK")))));
    }

    /** Run only through the test kit above (surefire skips nested classes). */
    @VendorStubTest
    static class RenamesToTheWrongName {

        @Test
        void expectsAnotherName(VendorStub stub) throws Exception {
            new AccountRenamer(stub.baseUri(), stub.token(), Duration.ofSeconds(2), 1)
                    .rename(AccountRenamer.Vendor.ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme UK");

            stub.verify(Operation.UPDATE_ACCOUNT).forId(ELASTIC_PATH_ACCOUNT).whenBody("/data/name", "Acme EU").times(1);
        }
    }
}
