package io.accountcontracts.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import com.sun.net.httpserver.HttpServer;
import io.accountcontracts.stub.auth.BearerAuthFilter;
import io.accountcontracts.stub.auth.TokenRegistry;
import io.accountcontracts.stub.errors.JsonExceptionMapper;
import io.accountcontracts.stub.errors.UnexpectedExceptionMapper;
import io.accountcontracts.stub.errors.WebApplicationExceptionMapper;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.json.JsonMerge;
import io.accountcontracts.stub.logging.AccessLogFilter;
import io.accountcontracts.stub.resources.AccountsResource;
import io.accountcontracts.stub.resources.ManagedAccountsResource;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.store.Stores;
import io.accountcontracts.stub.validation.RequestValidationFilter;
import io.accountcontracts.stub.validation.SpecValidators;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The stub of both vendors on one embedded Jersey server. Start it, read {@link #baseUri()}, close it. */
public final class StubServer implements AutoCloseable {

    /** Bodies larger than this are refused with 413 before they are parsed. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    // Jersey warns that resource *instances* implement no provider interface, although it then serves
    // them as resources (their @Path sits on the generated interface). Held here so the level sticks.
    private static final java.util.logging.Logger PROVIDER_CHECK_LOG =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private final HttpServer server;
    private final ExecutorService workers;
    private final URI baseUri;
    private final Stores stores;
    private final Fixtures fixtures;

    private StubServer(HttpServer server, ExecutorService workers, Stores stores, Fixtures fixtures) {
        this.server = server;
        this.workers = workers;
        this.stores = stores;
        this.fixtures = fixtures;
        InetSocketAddress bound = server.getAddress();
        this.baseUri = URI.create("http://" + hostLiteral(bound.getHostString()) + ":" + bound.getPort());
    }

    /** Starts a stub with the seed documentation's records; see {@link #start(String, int, Set, Fixtures)}. */
    public static StubServer start(String host, int port, Set<String> tokens) {
        return start(host, port, tokens, Fixtures.seed(JsonMapper.create()));
    }

    /** Starts a stub on {@code host:port} (port 0 picks a free one) that accepts the given tokens. */
    public static StubServer start(String host, int port, Set<String> tokens, Fixtures fixtures) {
        // The JDK server leaves Nagle on, which stalls small responses by 40 ms on delayed ACKs.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PROVIDER_CHECK_LOG.setLevel(java.util.logging.Level.SEVERE);
        ObjectMapper mapper = JsonMapper.create();
        Stores stores = new Stores(fixtures);
        SpecValidators validators = new SpecValidators();
        validators.warmUp();

        ResourceConfig config = new ResourceConfig()
                // Configure JSON by hand: a JacksonFeature found on the classpath (a client's, in tests)
                // would otherwise replace this mapper and its settings.
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .register(new JacksonJsonProvider(mapper))
                .register(new BearerAuthFilter(new TokenRegistry(tokens)))
                .register(new RequestValidationFilter(validators, MAX_BODY_BYTES))
                .register(new AccessLogFilter())
                .register(WebApplicationExceptionMapper.class)
                .register(JsonExceptionMapper.class)
                .register(UnexpectedExceptionMapper.class)
                .register(new ManagedAccountsResource(stores.managedAccounts(), new JsonMerge(mapper)))
                .register(new AccountsResource(stores.accounts(), new JsonMerge(mapper), Clock.systemUTC()));

        URI requested = URI.create("http://" + hostLiteral(host) + ":" + port + "/");
        HttpServer server = JdkHttpServerFactory.createHttpServer(requested, config, false);
        ExecutorService workers = Executors.newFixedThreadPool(
                Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        server.setExecutor(workers);
        server.start();
        return new StubServer(server, workers, stores, fixtures);
    }

    public URI baseUri() {
        return baseUri;
    }

    public Stores stores() {
        return stores;
    }

    /** Puts every record back as the fixtures had it. */
    public void reset() {
        stores.load(fixtures);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostLiteral(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
