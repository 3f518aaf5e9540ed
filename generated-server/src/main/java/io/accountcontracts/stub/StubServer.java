package io.accountcontracts.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.accountcontracts.stub.admin.AdminResource;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.admin.JournalFilter;
import io.accountcontracts.stub.admin.LatencyResource;
import io.accountcontracts.stub.admin.NextResponsesResource;
import io.accountcontracts.stub.admin.RateLimitsResource;
import io.accountcontracts.stub.admin.StubState;
import io.accountcontracts.stub.auth.BearerAuthFilter;
import io.accountcontracts.stub.auth.TokenRegistry;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.Latency;
import io.accountcontracts.stub.delay.LatencyFilter;
import io.accountcontracts.stub.docs.DocsResource;
import io.accountcontracts.stub.docs.SpecResource;
import io.accountcontracts.stub.errors.ErrorBodyFilter;
import io.accountcontracts.stub.errors.JsonExceptionMapper;
import io.accountcontracts.stub.errors.UnexpectedExceptionMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.http.JerseyApplication;
import io.accountcontracts.stub.http.Listener;
import io.accountcontracts.stub.http.OwnJersey;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.logging.AccessLogFilter;
import io.accountcontracts.stub.programmed.DocumentedResponses;
import io.accountcontracts.stub.programmed.NextResponse;
import io.accountcontracts.stub.programmed.ProgrammedResponse;
import io.accountcontracts.stub.programmed.ProgrammedResponseFilter;
import io.accountcontracts.stub.programmed.ProgrammedResponses;
import io.accountcontracts.stub.programmed.RuleCheck;
import io.accountcontracts.stub.programmed.TruncatedBody;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.proxy.ProxyFilter;
import io.accountcontracts.stub.proxy.ViolationTally;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.ratelimit.RateLimitFilter;
import io.accountcontracts.stub.ratelimit.RateLimitHeaders;
import io.accountcontracts.stub.ratelimit.RateLimiter;
import io.accountcontracts.stub.resources.AccountsResource;
import io.accountcontracts.stub.resources.ManagedAccountsResource;
import io.accountcontracts.stub.routing.RouteFilter;
import io.accountcontracts.stub.startup.ClassPreload;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.store.Stores;
import io.accountcontracts.stub.tls.TlsMaterial;
import io.accountcontracts.stub.validation.ParsedBodyInterceptor;
import io.accountcontracts.stub.validation.RefusalStatus;
import io.accountcontracts.stub.validation.RequestSyntaxFilter;
import io.accountcontracts.stub.validation.RequestValidationFilter;
import io.accountcontracts.stub.validation.ResponseValidationFilter;
import io.accountcontracts.stub.validation.SpecValidators;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The stub of both vendors on one embedded Jersey server. Start it, read {@link #baseUri()} (and
 * {@link #httpsBaseUri()} with HTTPS on), close it.
 */
public final class StubServer implements AutoCloseable {

    // Jersey warns that resource *instances* implement no provider interface, although it then serves
    // them as resources (their @Path sits on the generated interface). Held here so the level sticks.
    private static final java.util.logging.Logger PROVIDER_CHECK_LOG =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StubServer.class);
    private static final int SHUTDOWN_GRACE_SECONDS = 2;
    // After the grace period workers are interrupted (a programmed delay may be sleeping); this long more
    // lets them send what they have.
    private static final int INTERRUPTED_GRACE_SECONDS = 1;
    private static final int MAX_SPARE_WORKERS = 256;

    private final Listener listener;
    private final ExecutorService workers;
    private final URI baseUri;
    private final URI httpsBaseUri;
    private final TlsMaterial tls;
    private final StubApplication application;
    private final StubState state;
    private final RuleCheck rules;
    private final ProxyConfig proxy;
    private final Runnable stopProxyWaits;
    // Where the application goes when the stub is closed; both null when it is shut down instead.
    private final ApplicationPool pool;
    private final ApplicationPool.Key poolKey;
    private final AtomicBoolean released = new AtomicBoolean();

    private StubServer(
            Listener listener,
            ExecutorService workers,
            StubApplication application,
            ProxyConfig proxy,
            Runnable stopProxyWaits,
            TlsMaterial tls,
            ApplicationPool pool,
            ApplicationPool.Key poolKey) {
        this.listener = listener;
        this.workers = workers;
        this.application = application;
        this.state = application.state();
        this.rules = application.rules();
        this.proxy = proxy;
        this.stopProxyWaits = stopProxyWaits;
        this.pool = pool;
        this.poolKey = poolKey;
        InetSocketAddress bound = listener.address();
        this.baseUri = URI.create("http://" + hostLiteral(bound.getHostString()) + ":" + bound.getPort());
        this.tls = tls;
        InetSocketAddress secure = listener.secureAddress();
        this.httpsBaseUri = secure == null ? null : URI.create("https://" + httpsHost(secure) + ":" + secure.getPort());
    }

    /**
     * Starts a stub as configured.
     *
     * @throws IllegalArgumentException when a fixture record breaks the spec or a uniqueness rule
     */
    public static StubServer start(StubConfig config) {
        return start(config, new SpecValidators());
    }

    /**
     * Starts a stub with validators made earlier: the specs load on threads of their own, so a caller
     * that creates them first lets that overlap with its own start-up (the command line's parsing).
     *
     * @throws IllegalArgumentException when a fixture record breaks the spec or a uniqueness rule
     */
    public static StubServer start(StubConfig config, SpecValidators validators) {
        return start(config, validators, null);
    }

    /**
     * Starts a stub on the application of a closed one of the same configuration parked in the pool, started over,
     * when there is one (else on its own), and parks its application there when it is closed: for a caller that
     * starts stub after stub in one JVM (a test suite). The stub is as a new one to its user, on its own port, with
     * its own workers and certificate. Once closed, its handles ({@link #journal()}, {@link #stores()}, ...) may
     * show the next stub's; read them before closing. A stub that proxies is never parked.
     *
     * @param pool null to build an application of its own and shut it down on close, as {@link #start(StubConfig)}
     * @throws IllegalArgumentException when a fixture record breaks the spec or a uniqueness rule
     */
    public static StubServer start(StubConfig config, SpecValidators validators, ApplicationPool pool) {
        ClassPreload.start();
        try {
            return startWith(config, validators, pool);
        } catch (RuntimeException e) {
            // The recorder was handed over to this stub, which will not be there to close it.
            closeQuietly(config.proxy());
            throw e;
        }
    }

    private static StubServer startWith(StubConfig config, SpecValidators validators, ApplicationPool pool) {
        ApplicationPool.Key poolKey = pool == null ? null : ApplicationPool.keyOf(config, validators);
        StubApplication parked = poolKey == null ? null : pool.take(poolKey);
        if (parked != null) {
            // Only the listener, the workers and the certificate are this stub's own.
            CompletableFuture<TlsMaterial> tlsReady = certificate(config);
            ExecutorService workers = workerPool();
            Listener listener = Listener.prepare(config.host(), config.port(), parked.jersey(), workers);
            return listen(config, parked, listener, workers, tlsReady, () -> {}, pool, poolKey);
        }
        ObjectMapper mapper = JsonMapper.create();
        // Reading the fixtures and checking them against the specs run beside Jersey's set-up.
        CompletableFuture<Fixtures> fixturesReady = CompletableFuture.supplyAsync(
                () -> {
                    Fixtures fixtures = config.fixtures() == null ? Fixtures.seed(mapper) : config.fixtures();
                    requireValid(fixtures, validators);
                    return fixtures;
                },
                task -> new Thread(task, "fixtures").start());
        Stores stores = new Stores(Fixtures.NONE);
        Journal journal = new Journal(config.journalSize(), config.journalMaxBytes());
        ProgrammedResponses programmed = new ProgrammedResponses();
        ViolationTally tally = new ViolationTally(config.proxy().upstreams());
        RateLimiter rateLimits =
                new RateLimiter(Clock.systemUTC(), config.proxy().upstreams().keySet(), config.rateLimits());
        Latency latency = new Latency(config.latency());
        StubState state = new StubState(stores, fixturesReady::join, journal, programmed, tally, rateLimits, latency);
        // Read from the parsed specs when first needed (a programmed answer, a Prefer header, a rate limit's 429):
        // a stub that never programs an answer never parses a spec whole.
        DocumentedResponses documented = DocumentedResponses.readLater(() -> parsedSpecs(validators), mapper);
        RuleCheck rules = new RuleCheck(documented, validators, config.maxBodyBytes());
        RefusalStatus refusals = new RefusalStatus(validators);

        ResourceConfig resources = containerConfig(mapper)
                .register(new ParsedBodyInterceptor(mapper))
                .register(new RouteFilter())
                .register(new BearerAuthFilter(new TokenRegistry(config.tokens())))
                .register(new RateLimitFilter(rateLimits, documented))
                .register(new RateLimitHeaders())
                .register(new RequestSyntaxFilter(refusals))
                .register(new RequestValidationFilter(validators, mapper, config.maxBodyBytes()))
                .register(new ProgrammedResponseFilter(programmed, documented))
                .register(TruncatedBody.class)
                .register(new JournalFilter(
                        journal, tally, config.proxy().upstreams().keySet(), Clock.systemUTC()))
                .register(new ErrorBodyFilter(refusals))
                .register(JsonExceptionMapper.class)
                .register(UnexpectedExceptionMapper.class)
                .register(new ManagedAccountsResource(stores.managedAccounts()))
                .register(new AccountsResource(stores.accounts(), Clock.systemUTC()))
                .register(new AdminResource(state, rules))
                .register(new NextResponsesResource(programmed, rules, mapper))
                .register(new RateLimitsResource(rateLimits, mapper))
                .register(new LatencyResource(latency, mapper))
                .register(new LatencyFilter(latency, programmed.waits(), new Random()))
                .register(new SpecResource())
                .register(DocsResource.class);
        if (config.accessLog()) {
            resources.register(new AccessLogFilter());
        }
        CompletableFuture<TlsMaterial> tlsReady = certificate(config);
        Runnable stopProxyWaits = () -> {};
        if (config.proxy().isOn()) {
            ProxyFilter proxyFilter = new ProxyFilter(
                    config.proxy(), validators, config.maxBodyBytes(), new TokenRegistry(config.tokens()));
            resources.register(proxyFilter);
            stopProxyWaits = proxyFilter::stopWaiting;
        }
        if (config.strictResponses()) {
            resources.register(new ResponseValidationFilter(validators, mapper));
        }

        // Jersey's and Grizzly's set-up, the longest steps, run while the fixtures and the specs load.
        ExecutorService workers = workerPool();
        StubApplication application = new StubApplication(JerseyApplication.build(resources), state, rules);
        Listener listener = Listener.prepare(config.host(), config.port(), application.jersey(), workers);
        try {
            stores.load(fixturesReady.join());
            validators.awaitLoaded();
        } catch (RuntimeException e) {
            throw abandon(e, workers, application);
        }
        return listen(config, application, listener, workers, tlsReady, stopProxyWaits, pool, poolKey);
    }

    // Only when asked for: making the certificate loads BouncyCastle, which a stub without HTTPS never does.
    // It runs beside Jersey's set-up, as the fixtures do.
    private static CompletableFuture<TlsMaterial> certificate(StubConfig config) {
        return config.servesHttps()
                ? CompletableFuture.supplyAsync(
                        () -> TlsMaterial.forRun(config.host()), task -> new Thread(task, "https-certificate").start())
                : CompletableFuture.completedFuture(null);
    }

    private static StubServer listen(
            StubConfig config,
            StubApplication application,
            Listener listener,
            ExecutorService workers,
            CompletableFuture<TlsMaterial> tlsReady,
            Runnable stopProxyWaits,
            ApplicationPool pool,
            ApplicationPool.Key poolKey) {
        TlsMaterial tls;
        try {
            tls = tlsReady.join();
            if (tls != null) {
                listener.secure(config.httpsPort(), tls.serverContext());
            }
            listener.start();
        } catch (RuntimeException e) {
            throw abandon(e, workers, application);
        }
        return new StubServer(listener, workers, application, config.proxy(), stopProxyWaits, tls, pool, poolKey);
    }

    // A start that failed: its workers and its application (parked before, or not) go, and the cause is thrown.
    private static RuntimeException abandon(RuntimeException e, ExecutorService workers, StubApplication application) {
        workers.shutdownNow();
        application.destroy();
        return e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private static Map<Vendor, OpenAPI> parsedSpecs(SpecValidators validators) {
        Map<Vendor, OpenAPI> specs = new EnumMap<>(Vendor.class);
        for (Vendor vendor : Vendor.values()) {
            specs.put(vendor, validators.parsedSpec(vendor));
        }
        return specs;
    }

    /**
     * The container settings every stub runs with, before it adds a filter or a resource. The benchmarks'
     * Jersey ceiling starts from the same, so that the two differ only in what the stub adds.
     */
    public static ResourceConfig containerConfig(ObjectMapper mapper) {
        PROVIDER_CHECK_LOG.setLevel(java.util.logging.Level.SEVERE);
        return new ResourceConfig()
                // Configure JSON by hand: a JacksonFeature found on the classpath (a client's, in tests)
                // would otherwise replace this mapper and its settings.
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                // The stub checks requests against the specs, never by Bean Validation, which a consumer's
                // jersey-bean-validation would otherwise switch on (docs/builds.md).
                .property(ServerProperties.BV_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                // Jersey's readers and writers of XML sources, images and data sources: the stub reads and writes
                // JSON only, and setting them up was a tenth of a second of CPU on a first start.
                .property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "ALL")
                .register(new JacksonJsonProvider(mapper));
    }

    /**
     * The server's workers: the stub is CPU-bound, so a few more threads than cores. A worker that waits
     * (a programmed delay, a proxied request's upstream) says so through {@link ForkJoinPool#managedBlock},
     * and the pool starts a spare meanwhile, up to {@value #MAX_SPARE_WORKERS} of them: so that waiting
     * requests cannot keep {@code /__admin/health} or {@code /__admin/reset} (which ends the waits) from being
     * answered. Past that, requests queue, first in first out, rather than being refused.
     */
    public static ExecutorService workerPool() {
        int workers = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        // Workers run Jersey, which may look classes and its extensions up through the context class loader: give
        // them the one the stub was started with, as a thread pool's own threads would inherit, not the system's,
        // seen as the stub's Jersey sees it (OwnJersey).
        ClassLoader loader = OwnJersey.over(Thread.currentThread().getContextClassLoader());
        return new ForkJoinPool(
                workers,
                pool -> {
                    ForkJoinWorkerThread worker = new ForkJoinWorkerThread(pool) {};
                    worker.setContextClassLoader(loader);
                    return worker;
                },
                null,
                true,
                0,
                workers + MAX_SPARE_WORKERS,
                1,
                pool -> true,
                60,
                TimeUnit.SECONDS);
    }

    public URI baseUri() {
        return baseUri;
    }

    /** True when the stub serves HTTPS too ({@link StubConfig#httpsPort()}). */
    public boolean servesHttps() {
        return tls != null;
    }

    /**
     * Where the stub serves HTTPS, such as {@code https://localhost:41235}: the same two vendors, journal and
     * admin API as {@link #baseUri()}, over TLS with the certificate {@link #tls()} gives.
     *
     * @throws IllegalStateException when the stub was started without HTTPS
     */
    public URI httpsBaseUri() {
        requireHttps();
        return httpsBaseUri;
    }

    /**
     * What a client needs to trust this run's certificate: {@link TlsMaterial#sslContext()},
     * {@link TlsMaterial#trustStore()}, {@link TlsMaterial#certificatePem()} and files of them.
     *
     * @throws IllegalStateException when the stub was started without HTTPS
     */
    public TlsMaterial tls() {
        requireHttps();
        return tls;
    }

    private void requireHttps() {
        if (tls == null) {
            throw new IllegalStateException(
                    "this stub serves no HTTPS: start it with an HTTPS port (0 for a free one)");
        }
    }

    public Stores stores() {
        return state.stores();
    }

    public Journal journal() {
        return state.journal();
    }

    /**
     * The run so far per vendor, as {@code GET /__admin/violations} shows it: exchanges, invalid requests,
     * non-conforming answers and upstream failures, by operation, status and rule.
     */
    public ViolationTally.Summary violations() {
        return state.tally().summary();
    }

    /**
     * Puts every record back as the fixtures had it, empties the journal, clears programmed responses and the
     * violations tally, and puts back the configured rate limits (none by default) with fresh windows.
     */
    public void reset() {
        state.reset();
    }

    /**
     * Programs the next responses of an operation; nothing is installed until the rule sets a status, a
     * delay or a fault.
     *
     * @param operationId a spec operationId, or null for any vendor operation
     * @throws IllegalArgumentException for an unknown operationId, naming the known ones
     */
    public NextResponse nextResponse(String operationId) {
        return new NextResponse(state.programmed(), rules, operationId);
    }

    /** The programmed responses still pending, in the order they apply, with the uses each has left. */
    public List<ProgrammedResponse> pendingResponses() {
        return state.programmed().pending();
    }

    public void clearPendingResponses() {
        state.programmed().clear();
    }

    /**
     * Makes every vendor answer from now on wait this long (drawn afresh for each), until it is changed or the
     * stub is reset, which puts back the latency it was started with.
     *
     * @param latency null for none
     */
    public void latency(Delay latency) {
        state.latency().set(latency);
    }

    /** What every vendor answer waits now; null for none. */
    public Delay latency() {
        return state.latency().current();
    }

    /**
     * The statuses the operation's spec documents, in spec order, such as {@code ["200", "400", ...]};
     * {@code default}, where a spec has it, stands for every other 4xx and 5xx status.
     *
     * @throws IllegalArgumentException for an unknown operationId, naming the known ones
     */
    public List<String> documentedStatuses(String operationId) {
        return rules.documented().statuses(operationId);
    }

    /**
     * Arms a rate limit for a vendor until the next reset, replacing the one it had, with a fresh window: at most
     * {@code limit} requests a {@code window}, counted per access token for Vantage and for the whole stub (one
     * store) for Elastic Path. A request over it gets the vendor's 429 and changes nothing; Vantage's answers carry
     * {@code x-rate-limit-*} headers while it is armed.
     *
     * @throws IllegalArgumentException for a limit under 1, a window under 1 ms or over a day, or a proxied vendor
     */
    public void rateLimit(Vendor vendor, int limit, Duration window) {
        state.rateLimits().arm(new RateLimit(vendor, limit, window));
    }

    /** The armed rate limits, Vantage's first; empty while the stub limits nothing (the default). */
    public List<RateLimit> rateLimits() {
        return state.rateLimits().limits();
    }

    /** Disarms every rate limit, the configured ones too, until the next {@link #reset()} puts those back. */
    public void clearRateLimits() {
        state.rateLimits().clear();
    }

    /**
     * Lets requests in flight finish (up to a grace period), refusing new ones, then stops. A programmed delay
     * still waiting after the grace period is cut short and answered; a worker still busy a moment after that
     * is interrupted.
     */
    @Override
    public void close() {
        // The workers take no new request from here on; those in flight get the grace period. Grizzly's own
        // graceful shutdown is not used: stopping it early races with its shutdown thread, which then fails
        // on the caller's console.
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                // Wake only the programmed delays and the waits for an upstream, which then answer. Not by
                // shutdownNow(): a stopping ForkJoinPool interrupts its workers again and again, and an
                // interrupted worker's answer is lost. That is for what still runs after this.
                state.programmed().cutWaitsShort();
                stopProxyWaits.run();
                if (!workers.awaitTermination(INTERRUPTED_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    workers.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            listener.stop();
            closeQuietly(proxy);
            release();
        }
    }

    /**
     * Parks the application for the next stub of the same configuration, once nothing of this one runs on it any
     * more (every worker has ended); otherwise, or without a pool, shuts it down. Once only: a second close must not
     * park it again, where two stubs could take it.
     */
    private void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        if (poolKey != null && workers.isTerminated()) {
            pool.park(poolKey, application);
        } else {
            application.destroy();
        }
    }

    /** The application it answers with; the same object as a closed stub's when it took that one over. */
    StubApplication application() {
        return application;
    }

    private static void closeQuietly(ProxyConfig proxy) {
        try {
            proxy.recorder().close();
        } catch (RuntimeException e) {
            LOG.warn("Could not close the traffic recorder: {}", e.getMessage());
        }
    }

    private static void requireValid(Fixtures fixtures, SpecValidators validators) {
        List<String> problems = new ArrayList<>(fixtures.integrityProblems());
        for (var record : fixtures.managedAccounts()) {
            validators
                    .checkManagedAccount(record.toString())
                    .forEach(p -> problems.add(
                            "managed account '" + record.path("token").asText() + "': " + p));
        }
        for (var record : fixtures.accounts()) {
            validators
                    .checkAccount(record.toString())
                    .forEach(p -> problems.add("account '" + record.path("id").asText() + "': " + p));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("fixtures break the spec:\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * The host of the HTTPS URL: {@code localhost} when the stub listens on IPv4 loopback (or every address), as
     * the certificate names it. A name, not {@code 127.0.0.1}, because the vendors are reached by name: the
     * client then sends SNI and matches a DNS name against the certificate, as it will in production (SNI carries
     * no IP address, and some clients match IP addresses differently or not at all). Java resolves
     * {@code localhost} to 127.0.0.1 first; a client that tries {@code ::1} first (curl) falls back to it. Any
     * other bind address is used as it is, and the certificate names it too.
     */
    private static String httpsHost(InetSocketAddress bound) {
        String host = bound.getHostString();
        return host.equals(StubConfig.LOOPBACK) || host.equals("0.0.0.0") || host.equals("localhost")
                ? "localhost"
                : hostLiteral(host);
    }

    private static String hostLiteral(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
