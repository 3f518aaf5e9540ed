package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.BreachOutsideAnyTestTest.BREACH;
import static io.accountcontracts.contract.junit.ContractEnforcementTest.rename;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.accountcontracts.client.elasticpath.api.AccountsApi;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Under JUnit's parallel execution, the tests that share a stub take turns: no test's reset empties
 * another's journal, and no request of one lands in another's. Each case runs a class whose tests wait
 * for each other (a second at most) so that, were they let run together, they would interfere.
 */
class ParallelExecutionTest {

    @Test
    void withTheAnnotationAResetCannotWipeTheBreachOfATestStillRunning() {
        assertTheBreachFailsItsTestAlone(run(TwoTestsOfTheAnnotation.class));
    }

    @Test
    void withAStaticRegisteredExtensionAResetCannotWipeTheBreachOfATestStillRunning() {
        assertTheBreachFailsItsTestAlone(run(TwoTestsOfAStaticField.class));
    }

    @Test
    void withTheAnnotationANestedClassSetsUpOnlyWhenNoOtherTestRuns() {
        Events events = run(NestedSetUpBesideAnotherOne.class);

        events.assertThatEvents()
                .haveExactly(1, event(test("renamesAlone"), finishedSuccessfully()))
                .haveExactly(1, event(container("Inner"), finishedWithFailure(message(m -> m.contains(BREACH)))));
    }

    private static void assertTheBreachFailsItsTestAlone(Events events) {
        events.assertThatEvents()
                .haveExactly(1, event(test("sendsABreach"), finishedWithFailure(message(m -> m.contains(BREACH)))))
                .haveExactly(1, event(test("renames"), finishedSuccessfully()))
                .haveExactly(1, event(container("TwoTestsOf"), finishedSuccessfully()));
    }

    private static Events run(Class<?> testClass) {
        TwoTests.breachSent = new CountDownLatch(1);
        TwoTests.renameBegan = new CountDownLatch(1);
        NestedSetUpBesideAnotherOne.innerSetUpBegan = new CountDownLatch(1);
        NestedSetUpBesideAnotherOne.renameBegan = new CountDownLatch(1);
        NestedSetUpBesideAnotherOne.innerSent = new CountDownLatch(1);
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(selectClass(testClass))
                .execute()
                .allEvents();
    }

    static List<String> verdicts(VendorStub stub) {
        return stub.requests().stream().map(RecordedRequest::verdict).toList();
    }

    // The classes below run only through the engine above: surefire leaves nested classes alone, and none
    // is named ...Test, so that the smoke run's -Dtest="**/*Test" does not pick it up either.

    /**
     * Run together, the rename's reset comes after the breach was sent and before its test ended: the
     * breach would vanish and its test pass.
     */
    abstract static class TwoTests {
        static CountDownLatch breachSent;
        static CountDownLatch renameBegan;

        // A constructor runs before the extension's beforeEach, so this holds back the rename's reset.
        TwoTests(TestInfo test) throws InterruptedException {
            if (test.getTestMethod().orElseThrow().getName().equals("renames")) {
                breachSent.await(1, SECONDS);
            }
        }

        @Test
        void sendsABreach(AccountsApi elasticPath) throws InterruptedException {
            rename(elasticPath, "");
            breachSent.countDown();
            renameBegan.await(1, SECONDS);
        }

        @Test
        void renames(AccountsApi elasticPath, VendorStub stub) {
            renameBegan.countDown();
            rename(elasticPath, "renamed");
            assertEquals(List.of("valid"), verdicts(stub));
        }
    }

    @VendorStubTest
    static class TwoTestsOfTheAnnotation extends TwoTests {
        TwoTestsOfTheAnnotation(TestInfo test) throws InterruptedException {
            super(test);
        }
    }

    static class TwoTestsOfAStaticField extends TwoTests {
        @RegisterExtension
        static final VendorStubExtension VENDORS =
                VendorStubExtension.newInstance().build();

        TwoTestsOfAStaticField(TestInfo test) throws InterruptedException {
            super(test);
        }
    }

    /** Run together, the nested class's @BeforeAll would send its breach into the other test's journal. */
    @VendorStubTest
    static class NestedSetUpBesideAnotherOne {
        static CountDownLatch innerSetUpBegan;
        static CountDownLatch renameBegan;
        static CountDownLatch innerSent;

        NestedSetUpBesideAnotherOne() throws InterruptedException {
            innerSetUpBegan.await(1, SECONDS);
        }

        @Test
        void renamesAlone(AccountsApi elasticPath, VendorStub stub) throws InterruptedException {
            renameBegan.countDown();
            rename(elasticPath, "renamed");
            innerSent.await(1, SECONDS);
            assertEquals(List.of("valid"), verdicts(stub));
        }

        @Nested
        class Inner {
            @BeforeAll
            static void setUp(AccountsApi elasticPath) throws InterruptedException {
                innerSetUpBegan.countDown();
                renameBegan.await(1, SECONDS);
                rename(elasticPath, "");
                innerSent.countDown();
            }

            @Test
            void test() {}
        }
    }
}
