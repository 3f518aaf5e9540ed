package io.accountcontracts.contract.junit;

import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.stub.delay.DelayText;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.store.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The stub of both vendors as a JUnit 5 extension. Declare it with {@link VendorStubTest}, or register
 * it with options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static VendorStubExtension vendors = VendorStubExtension.newInstance()
 *         .token("our-test-token")
 *         .fixtures(Path.of("src/test/resources/accounts.json"))
 *         .build();
 * }</pre>
 *
 * In a static field (or with the annotation) one stub serves the whole class, and nested classes; in an
 * instance field each test gets its own. Either way the stub is reset before each test: records back to
 * the fixtures, journal and programmed responses cleared. After each test, every request the stub
 * refused as breaking a vendor's spec fails the test, unless the test declared it. A shared stub serves
 * one test at a time, even under JUnit's parallel execution, and a breach sent outside any test (from a
 * {@code @BeforeAll} or {@code @AfterAll} method, a constructor) fails the class that sent it.
 */
public final class VendorStubExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    public static final String DEFAULT_TOKEN = "test-token";

    private Options options;
    private VendorStub stub;
    private String startedBy;
    private final ReentrantLock oneTestAtATime = new ReentrantLock();
    private final BreachesOutsideTests outsideTests = new BreachesOutsideTests();

    /** The extension with {@link VendorStubTest}'s settings; used when the annotation declares it. */
    public VendorStubExtension() {
        this(null);
    }

    private VendorStubExtension(Options options) {
        this.options = options;
    }

    public static Builder newInstance() {
        return new Builder();
    }

    /** The running stub; only between the start of a class (or test) and its end. */
    public VendorStub stub() {
        if (stub == null) {
            throw new IllegalStateException("the stub runs only while a test class that registers it runs");
        }
        return stub;
    }

    public URI baseUri() {
        return stub().baseUri();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
        // A nested class: what reached the stub since the enclosing class's last test came from its
        // @BeforeAll (or a static initialiser), and is that class's to answer for.
        context.getParent()
                .filter(parent -> parent.getTestClass().isPresent())
                .ifPresent(parent -> keepOutsideTests(
                        parent,
                        "before the nested class " + context.getDisplayName()
                                + " ran (by a @BeforeAll method, a constructor or a static initialiser)"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // An instance-field extension sees no beforeAll: it starts a stub for this test alone.
        start(context);
        if (!context.getUniqueId().equals(startedBy)) {
            // Shared: held until afterEach, so that with parallel execution no other test resets the stub
            // or sends to it meanwhile. VendorStubTest has JUnit schedule this (VendorStubLocks); a
            // @RegisterExtension field may not, and then tests wait here for their turn.
            oneTestAtATime.lock();
            keepOutsideTests(
                    context.getParent().orElseThrow(),
                    "before " + context.getDisplayName()
                            + " began (by a @BeforeAll method, a constructor or a static initialiser)");
        }
        if (options.resetOnEachTest()) {
            stub.reset();
        } else {
            stub.forgetExpectations();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            stub.verifyNoUnexpectedViolations();
        } finally {
            if (context.getUniqueId().equals(startedBy)) {
                stopIfStartedBy(context);
            } else if (oneTestAtATime.isHeldByCurrentThread()) {
                // Judged: from here on, what reaches the stub belongs to no test until the next begins.
                if (options.resetOnEachTest()) {
                    stub.server().journal().clear();
                }
                oneTestAtATime.unlock();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (stub != null) {
                keepOutsideTests(context, "after the last test (by an @AfterAll method, or still in flight)");
            }
            outsideTests
                    .failure(
                            context.getUniqueId(),
                            context.getRequiredTestClass().getSimpleName())
                    .ifPresent(message -> {
                        throw new AssertionError(message);
                    });
        } finally {
            stopIfStartedBy(context);
        }
    }

    /**
     * Puts the breaches that arrived since the last judgement to the class's account; empties the journal unless
     * the class keeps its traffic from one test to the next.
     */
    private void keepOutsideTests(ExtensionContext testClass, String sentWhen) {
        oneTestAtATime.lock();
        try {
            outsideTests.keep(testClass.getUniqueId(), stub.unjudgedRequests(), sentWhen);
            if (options.resetOnEachTest()) {
                stub.server().journal().clear();
            }
        } finally {
            oneTestAtATime.unlock();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == VendorStub.class
                || type == URI.class
                || type == ManagedAccountsApi.class
                || type == AccountsApi.class
                || (type == String.class && parameter.isAnnotated(StubToken.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A test constructor or a @BeforeAll method may ask before any callback of this extension ran.
        start(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == VendorStub.class) {
            return stub;
        }
        if (type == URI.class) {
            return stub.baseUri();
        }
        if (type == ManagedAccountsApi.class) {
            return stub.vantage();
        }
        if (type == AccountsApi.class) {
            return stub.elasticPath();
        }
        return stub.token();
    }

    private void start(ExtensionContext context) {
        if (stub != null) {
            return;
        }
        if (options == null) {
            options =
                    Options.of(AnnotationSupport.findAnnotation(context.getRequiredTestClass(), VendorStubTest.class));
        }
        stub = VendorStub.start(options);
        startedBy = context.getUniqueId();
    }

    private void stopIfStartedBy(ExtensionContext context) {
        if (stub != null && context.getUniqueId().equals(startedBy)) {
            stub.close();
            stub = null;
            startedBy = null;
        }
    }

    /**
     * How to run the stub.
     *
     * @param port            0 for a free port
     * @param tokens          accepted bearer tokens; the first is the one clients and parameters get
     * @param fixtures        the records to start from; null for the vendors' documented records
     * @param strictResponses also check the stub's responses against the spec
     * @param rateLimits      rate limits armed in every test, one per vendor at most; empty for none (the default)
     * @param latency         what every vendor answer waits; null for none
     * @param resetOnEachTest  reset the stub before each test (the default); off, records, rules and the journal
     *                         carry over from a {@code @BeforeAll} method and one test to the next
     * @param https            serve HTTPS too, on a free port, with a certificate made for the run
     */
    public record Options(
            int port,
            Set<String> tokens,
            Fixtures fixtures,
            boolean strictResponses,
            List<RateLimit> rateLimits,
            io.accountcontracts.stub.delay.Delay latency,
            boolean resetOnEachTest,
            boolean https) {

        public Options {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be from 0 (any free port) to 65535, not " + port);
            }
            if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t == null || t.isBlank())) {
                throw new IllegalArgumentException("the stub needs at least one token, and no blank one");
            }
            tokens = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tokens));
            rateLimits = List.copyOf(rateLimits);
        }

        /** No rate limit, no stub-wide latency, reset before each test, no HTTPS. */
        public Options(int port, Set<String> tokens, Fixtures fixtures, boolean strictResponses) {
            this(port, tokens, fixtures, strictResponses, List.of(), null);
        }

        /** Reset before each test, no HTTPS. */
        public Options(
                int port,
                Set<String> tokens,
                Fixtures fixtures,
                boolean strictResponses,
                List<RateLimit> rateLimits,
                io.accountcontracts.stub.delay.Delay latency) {
            this(port, tokens, fixtures, strictResponses, rateLimits, latency, true, false);
        }

        /** The first token: what the generated clients send and a {@link StubToken} parameter gets. */
        public String token() {
            return tokens.iterator().next();
        }

        static Options of(Optional<VendorStubTest> annotation) {
            Builder builder = new Builder();
            annotation.ifPresent(a -> {
                builder.token(a.token())
                        .strictResponses(a.strictResponses())
                        .port(a.port())
                        .resetOnEachTest(a.resetOnEachTest())
                        .https(a.https());
                if (!a.fixtures().isEmpty()) {
                    builder.fixturesResource(a.fixtures());
                }
                for (String limit : a.rateLimits()) {
                    builder.rateLimit(limit);
                }
                if (!a.latency().isBlank()) {
                    try {
                        builder.latency(Delay.of(DelayText.parse(a.latency())));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("@VendorStubTest(latency): " + e.getMessage(), e);
                    }
                }
            });
            return builder.options();
        }
    }

    /** Options for {@link #newInstance()}; each has the default {@link VendorStubTest} documents. */
    public static final class Builder {

        private int port;
        private final Set<String> tokens = new LinkedHashSet<>();
        private Fixtures fixtures;
        private boolean strictResponses = true;
        private final List<RateLimit> rateLimits = new ArrayList<>();
        private Delay latency;
        private boolean resetOnEachTest = true;
        private boolean https;

        private Builder() {}

        /** A fixed loopback port instead of a free one (0, the default, for a free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Whether the stub is reset before each test (the default). Off, as WireMock's {@code resetOnEachTest(false)},
         * records, programmed answers and the journal carry over from a {@code @BeforeAll} method and each test to
         * the next; every request is still held to the contract, each breach failing the test it arrived in (or
         * the class, if it arrived outside any test).
         */
        public Builder resetOnEachTest(boolean reset) {
            this.resetOnEachTest = reset;
            return this;
        }

        /** Serve HTTPS too, on a free loopback port, with a certificate made for the run; see {@link VendorStub#httpsUri()}. */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /** The accepted bearer tokens, replacing the default; the first is the one clients send. */
        public Builder token(String token, String... more) {
            tokens.clear();
            tokens.add(token);
            tokens.addAll(java.util.List.of(more));
            return this;
        }

        /** Use {@link #fixtures(java.nio.file.Path)} or {@link #fixturesResource(String)}; this one takes the server's type. */
        @Deprecated(since = "0.2.0", forRemoval = true)
        public Builder fixtures(Fixtures records) {
            this.fixtures = records;
            return this;
        }

        /** Records from a fixtures file, in the format of {@code GET /__admin/records}. */
        public Builder fixtures(java.nio.file.Path file) {
            this.fixtures = FixturesFiles.read(file);
            return this;
        }

        /** Records from a fixtures file on the classpath, such as {@code /fixtures/accounts.json}. */
        public Builder fixturesResource(String resource) {
            this.fixtures = FixturesFiles.readResource(resource);
            return this;
        }

        public Builder strictResponses(boolean strict) {
            this.strictResponses = strict;
            return this;
        }

        /**
         * A rate limit armed in every test: at most {@code limit} of the vendor's requests a {@code window}; see
         * {@link VendorStub#rateLimit}. One per vendor.
         */
        public Builder rateLimit(Vendor vendor, int limit, Duration window) {
            return rateLimit(new RateLimit(vendor.stub(), limit, window));
        }

        /** Use {@link #rateLimit(Vendor, int, Duration)}; this one takes the server's own type. */
        @Deprecated(since = "0.2.0", forRemoval = true)
        public Builder rateLimit(io.accountcontracts.stub.errors.Vendor vendor, int limit, Duration window) {
            return rateLimit(new RateLimit(vendor, limit, window));
        }

        /** A rate limit as the jar's {@code --rate-limit} takes it, such as {@code "vantage=3/1m"}. */
        public Builder rateLimit(String limit) {
            try {
                return rateLimit(RateLimit.parse(limit));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rate limit '" + limit + "': " + e.getMessage(), e);
            }
        }

        private Builder rateLimit(RateLimit limit) {
            if (rateLimits.stream().anyMatch(l -> l.vendor() == limit.vendor())) {
                throw new IllegalArgumentException(
                        "two rate limits for " + limit.vendor().realm() + "; give one per vendor");
            }
            rateLimits.add(limit);
            return this;
        }

        /**
         * What every vendor answer waits, drawn afresh for each, such as {@code Delay.fixed(ofMillis(50))} or
         * {@code Delay.lognormal(ofMillis(80), 0.4)}; null (the default) for none.
         */
        public Builder latency(Delay latency) {
            this.latency = latency;
            return this;
        }

        /** Use {@link #latency(Delay)}; this one takes the server's own type. */
        @Deprecated(since = "0.2.0", forRemoval = true)
        public Builder latency(io.accountcontracts.stub.delay.Delay latency) {
            return latency(Delay.of(latency));
        }

        public VendorStubExtension build() {
            return new VendorStubExtension(options());
        }

        Options options() {
            return new Options(
                    port,
                    tokens.isEmpty() ? Set.of(DEFAULT_TOKEN) : tokens,
                    fixtures,
                    strictResponses,
                    rateLimits,
                    latency == null ? null : latency.stub(),
                    resetOnEachTest,
                    https);
        }
    }
}
