package io.accountcontracts.contract.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a stub of both vendors for the annotated test class: one server on a free loopback port, reset
 * before each test, stopped after the last. Each test fails if the code under test sent the stub a
 * request that breaks a vendor's spec, unless the test declared it with
 * {@link VendorStub#expectInvalidRequests(int)}. A request breaking it from outside any test (a
 * {@code @BeforeAll} or {@code @AfterAll} method, a constructor) fails the class. With JUnit's parallel
 * execution on, the class's tests (nested classes included) run one at a time, as they share the stub.
 *
 * <p>Tests may take a {@link VendorStub}, the base {@link java.net.URI}, a {@link StubToken} string, or
 * either generated client ({@code ManagedAccountsApi}, {@code AccountsApi}) as parameters. For other
 * settings (more tokens, fixtures from a file), register {@link VendorStubExtension#newInstance()} with
 * {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(VendorStubExtension.class)
// A shared read lock and a class lock: JUnit from 5.12 takes the class lock from the provider. Before 5.12 it knows
// no providers and skips that member, takes the read lock, which holds no class back from any other, and the
// extension's own lock makes the tests of one stub take turns. With a blank value instead, JUnit 5.10 and 5.11
// would refuse the annotation: there, value had no default and a lock needed a name.
@ResourceLock(value = VendorStubLocks.SHARED, mode = ResourceAccessMode.READ, providers = VendorStubLocks.class)
public @interface VendorStubTest {

    /** The bearer token the stub accepts, and the one its clients send. */
    String token() default VendorStubExtension.DEFAULT_TOKEN;

    /**
     * A fixtures file on the test classpath (for example {@code /fixtures/accounts.json}), in the format
     * of {@code GET /__admin/records}; empty for the records of the vendors' documentation.
     */
    String fixtures() default "";

    /** Check each of the stub's own responses against the spec too, and answer 500 on a violation. */
    boolean strictResponses() default true;

    /**
     * Rate limits armed in every test, each {@code VENDOR=LIMIT/WINDOW} as the jar's {@code --rate-limit} takes it,
     * such as {@code "vantage=3/1m"} or {@code "elasticpath=25/1s"}; none by default, so no test meets a 429 it did
     * not ask for. Each test starts with fresh windows.
     */
    String[] rateLimits() default {};

    /**
     * What every vendor answer waits, drawn afresh for each, in {@code --latency}'s form: {@code 50ms},
     * {@code uniform:20-80ms}, {@code lognormal:80ms,0.4}; empty for none. A test may change it with
     * {@link VendorStub#latency(Delay)}; the reset before each test puts this back.
     */
    String latency() default "";

    /** A fixed loopback port, as {@code @WireMockTest(httpPort = 8089)}; 0 (the default) for a free one. */
    int port() default 0;

    /**
     * Reset the stub before each test (the default). {@code false}, as WireMock's {@code resetOnEachTest(false)}:
     * records, programmed answers and the journal carry over from {@code @BeforeAll} methods and from each test to
     * the next, and every request is still held to the contract, each breach failing the test it arrived in (or
     * the class, when it arrived outside any test).
     */
    boolean resetOnEachTest() default true;

    /**
     * Serve HTTPS as well as HTTP, on a free loopback port, with a certificate for {@code localhost} and
     * {@code 127.0.0.1} made for the run; see {@link VendorStub#httpsUri()} and {@link VendorStub#sslContext()}.
     */
    boolean https() default false;
}
