package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.ContractEnforcementTest.EP_ACCOUNT;
import static io.accountcontracts.contract.junit.ContractEnforcementTest.rename;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.client.elasticpath.api.AccountsApi;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * A request that breaks the contract from outside any test (a {@code @BeforeAll} or {@code @AfterAll}
 * method) is not wiped by the reset before the next test: the class that sent it fails, naming it.
 */
class BreachOutsideAnyTestTest {

    static final String BREACH = "PUT /v2/accounts/" + EP_ACCOUNT + " -> 400: [Path '/data/name']";

    @Test
    void aBreachFromBeforeAllFailsTheClassNamingTheRequestAndWhenItWasSent() {
        EngineExecutionResults results = run(BreachInBeforeAll.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        results.containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(
                                instanceOf(AssertionError.class),
                                message(m -> m.startsWith("1 request sent outside any test of BreachInBeforeAll broke"
                                                + " the vendor's contract")
                                        && m.contains(BREACH)
                                        && m.contains("sent before test(VendorStub) began (by a @BeforeAll method"))));
    }

    @Test
    void aBreachFromTheBeforeAllOfANestedClassFailsTheNestedClassOnly() {
        Events containers = run(BreachInNestedBeforeAll.class).containerEvents();

        containers
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(m ->
                                m.startsWith("1 request sent outside any test of Inner broke") && m.contains(BREACH))));
        containers
                .assertThatEvents()
                .haveExactly(
                        1, event(container(BreachInNestedBeforeAll.class.getSimpleName()), finishedSuccessfully()));
    }

    @Test
    void aBreachFromAfterAllFailsTheClass() {
        run(BreachInAfterAll.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        finishedWithFailure(message(m ->
                                m.contains(BREACH) && m.contains("sent after the last test (by an @AfterAll method"))));
    }

    @Test
    void aBreachFromBeforeAllFailsAClassWithTheExtensionInAStaticField() {
        run(BreachInBeforeAllOfARegisteredExtension.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(1, finishedWithFailure(message(m -> m.contains(BREACH))));
    }

    @Test
    void validRequestsFromBeforeAllFailNothing() {
        EngineExecutionResults results = run(ValidRequestInBeforeAll.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
    }

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testClass))
                .execute();
    }

    // The classes below run only through the engine above: surefire leaves nested classes alone.

    @VendorStubTest
    static class BreachInBeforeAll {
        @BeforeAll
        static void setUp(AccountsApi elasticPath) {
            rename(elasticPath, "");
        }

        @Test
        void test(VendorStub stub) {
            // The breach is not this test's: it neither sees it nor fails for it.
            assertEquals(List.of(), stub.requests());
        }
    }

    @VendorStubTest
    static class BreachInNestedBeforeAll {
        @Test
        void test() {}

        @Nested
        class Inner {
            @BeforeAll
            static void setUp(AccountsApi elasticPath) {
                rename(elasticPath, "");
            }

            @Test
            void test() {}
        }
    }

    @VendorStubTest
    static class BreachInAfterAll {
        @AfterAll
        static void tearDown(AccountsApi elasticPath) {
            rename(elasticPath, "");
        }

        @Test
        void test() {}
    }

    static class BreachInBeforeAllOfARegisteredExtension {
        @RegisterExtension
        static final VendorStubExtension VENDORS =
                VendorStubExtension.newInstance().build();

        @BeforeAll
        static void setUp() {
            rename(VENDORS.stub().elasticPath(), "");
        }

        @Test
        void test() {}
    }

    @VendorStubTest
    static class ValidRequestInBeforeAll {
        @BeforeAll
        static void setUp(AccountsApi elasticPath) {
            rename(elasticPath, "set up");
        }

        @Test
        void test() {}
    }
}
