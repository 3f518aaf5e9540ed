package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.ContractEnforcementTest.rename;
import static io.accountcontracts.contract.junit.VendorStubTestAnnotationTest.EP_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.client.elasticpath.api.AccountsApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code resetOnEachTest = false}: what a {@code @BeforeAll} method and each test leave behind carries over to the
 * next test, and every request is still held to the contract, each breach failing exactly one test or the class.
 */
class ResetOnEachTestTest {

    @Test
    void recordsRulesAndTrafficCarryOverFromBeforeAllAndFromTestToTest() {
        EngineExecutionResults results = run(KeepsState.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void theDefaultStillResetsBeforeEachTest() {
        // The same class with the default: its tests see none of the set-up, so both fail.
        run(ResetsState.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(2).failed(2));
    }

    @Test
    void aBreachInOneTestFailsThatTestOnlyThoughTheJournalKeepsIt() {
        EngineExecutionResults results = run(FirstOfTwoSendsABreach.class);

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("sendsABreach"),
                                finishedWithFailure(message(m -> m.startsWith(
                                        "1 request from the code under test broke the vendor's contract")))))
                .haveExactly(1, event(test("seesItButDoesNotAnswerForIt"), finishedSuccessfully()));
    }

    @Test
    void aBreachFromBeforeAllFailsTheClass() {
        EngineExecutionResults results = run(BreachInBeforeAll.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(
                                m -> m.startsWith("1 request sent outside any test of BreachInBeforeAll broke"))));
    }

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute();
    }

    // The classes below run only through the engine above: surefire leaves nested classes alone.

    @VendorStubTest(resetOnEachTest = false)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class KeepsState {
        @BeforeAll
        static void setUp(VendorStub stub, AccountsApi elasticPath) {
            rename(elasticPath, "From BeforeAll");
            stub.nextResponse(Operation.UPDATE_ACCOUNT)
                    .forId("acct-programmed")
                    .status(404)
                    .persistent();
        }

        @Test
        @Order(1)
        void seesWhatBeforeAllLeft(VendorStub stub, AccountsApi elasticPath) {
            assertEquals(
                    "From BeforeAll",
                    stub.record(Vendor.ELASTIC_PATH, EP_ACCOUNT).orElseThrow().text("/name"));
            stub.verify(Operation.UPDATE_ACCOUNT)
                    .whenBody("/data/name", "From BeforeAll")
                    .times(1);
            assertEquals(1, stub.pendingResponses().size());
            rename(elasticPath, "From the first test");
        }

        @Test
        @Order(2)
        void seesWhatTheFirstTestLeft(VendorStub stub) {
            assertEquals(
                    "From the first test",
                    stub.record(Vendor.ELASTIC_PATH, EP_ACCOUNT).orElseThrow().text("/name"));
            assertEquals(2, stub.requests().size());
            assertEquals(1, stub.pendingResponses().size());
        }
    }

    @VendorStubTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetsState {
        @BeforeAll
        static void setUp(AccountsApi elasticPath) {
            rename(elasticPath, "From BeforeAll");
        }

        @Test
        @Order(1)
        void seesWhatBeforeAllLeft(VendorStub stub) {
            assertEquals(
                    "From BeforeAll",
                    stub.record(Vendor.ELASTIC_PATH, EP_ACCOUNT).orElseThrow().text("/name"));
        }

        @Test
        @Order(2)
        void seesTheTrafficOfBeforeAll(VendorStub stub) {
            assertEquals(1, stub.requests().size());
        }
    }

    @VendorStubTest(resetOnEachTest = false)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FirstOfTwoSendsABreach {
        @Test
        @Order(1)
        void sendsABreach(AccountsApi elasticPath) {
            rename(elasticPath, "");
        }

        @Test
        @Order(2)
        void seesItButDoesNotAnswerForIt(VendorStub stub, AccountsApi elasticPath) {
            assertEquals(1, stub.invalidRequests().size());
            rename(elasticPath, "Valid");
        }
    }

    @VendorStubTest(resetOnEachTest = false)
    static class BreachInBeforeAll {
        @BeforeAll
        static void setUp(AccountsApi elasticPath) {
            rename(elasticPath, "");
        }

        @Test
        void seesIt(VendorStub stub) {
            assertEquals(1, stub.invalidRequests().size());
        }
    }
}
