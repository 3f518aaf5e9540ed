package io.accountcontracts.stub.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.GrizzlyFuture;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The HTTP server a stub answers on: Grizzly, with Jersey's container behind a {@link ConnectionHook}, on
 * the stub's own workers. Grizzly rather than the JDK's server because it hands out the connection, which
 * a reset needs (docs/decisions.md, 2026-12-02).
 */
public final class Listener {

    // Grizzly reports its own start and stop (listener bound, transport shutting down) at INFO and WARNING,
    // on every stub a test suite starts; the stub says what a caller needs itself. Held so the level sticks.
    private static final Logger GRIZZLY_LOG = Logger.getLogger("org.glassfish.grizzly");

    static {
        GRIZZLY_LOG.setLevel(Level.SEVERE);
    }

    private final HttpServer server;
    private final InetSocketAddress address;

    private Listener(HttpServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /**
     * Jersey's side of the server, the application set up and ready: the longest step of a stub's start, so
     * a caller makes it while other things load, and starts the listener later.
     */
    public static HttpHandler application(ResourceConfig application) {
        return ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
    }

    /**
     * Listens on host and port (0 for a free one) and serves the application on the given workers, which
     * stay the caller's to shut down.
     *
     * @param application from {@link #application(ResourceConfig)}
     * @throws IllegalStateException when the address cannot be bound, saying why
     */
    public static Listener start(String host, int port, HttpHandler application, ExecutorService workers) {
        NetworkListener listener = new NetworkListener("stub", host, port);
        listener.getTransport().setWorkerThreadPool(workers);
        listener.registerAddOn(StubCodec.replacingGrizzlys());
        // One selector is plenty beside the workers: the answers are small, and a thread is memory.
        listener.getTransport().setSelectorRunnersCount(1);
        HttpServer server = new HttpServer();
        server.addListener(listener);
        ServerConfiguration config = server.getServerConfiguration();
        config.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        // A body on a GET or DELETE is the stub's to judge (401 without a token, else as the route says), not
        // the HTTP layer's to refuse before anything is journaled.
        config.setAllowPayloadForUndefinedHttpMethods(true);
        // Grizzly's own JMX and version header are of no use to a stub's callers.
        config.setJmxEnabled(false);
        config.setHttpServerName(null);
        config.setHttpServerVersion(null);
        config.addHttpHandler(new ConnectionHook(application), HttpHandlerRegistration.ROOT);
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new Listener(server, new InetSocketAddress(host, listener.getPort()));
    }

    public InetSocketAddress address() {
        return address;
    }

    /**
     * Stops taking requests and waits for those in flight. When they outlast the first wait, runs
     * {@code cutShort} (which ends the waits the stub controls, so they answer) and waits up to the second;
     * then closes the listener and every connection that is left.
     */
    public void stop(long firstWaitMs, Runnable cutShort, long secondWaitMs) throws InterruptedException {
        GrizzlyFuture<HttpServer> idle = server.shutdown(firstWaitMs + secondWaitMs, TimeUnit.MILLISECONDS);
        try {
            if (!finishes(idle, firstWaitMs)) {
                cutShort.run();
                finishes(idle, secondWaitMs);
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** Closes the listener and every connection at once. */
    public void stopNow() {
        server.shutdownNow();
    }

    private static boolean finishes(GrizzlyFuture<HttpServer> idle, long waitMs) throws InterruptedException {
        try {
            idle.get(waitMs, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
