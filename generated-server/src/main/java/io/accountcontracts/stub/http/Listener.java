package io.accountcontracts.stub.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;

/**
 * The HTTP server a stub answers on (and HTTPS, when {@link #secure added}): Grizzly, with Jersey's container behind a {@link ConnectionHook}, on
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

    // How long stop() waits for the ports to close, and how often it looks: a bound, not an expected wait.
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(200);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(2);

    private final HttpServer server;
    private final NetworkListener listener;
    private final ExecutorService workers;
    private NetworkListener secure;

    private Listener(HttpServer server, NetworkListener listener, ExecutorService workers) {
        this.server = server;
        this.listener = listener;
        this.workers = workers;
    }

    /**
     * The server, set up but not yet listening: Grizzly's transport is one of the longest steps of a stub's start,
     * so a caller makes it while other things load, and calls {@link #start()} later. The workers and the
     * application stay the caller's to shut down: the application may serve another server after this one.
     */
    public static Listener prepare(String host, int port, JerseyApplication application, ExecutorService workers) {
        NetworkListener listener = networkListener("stub", host, port, workers);
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
        config.addHttpHandler(new ConnectionHook(application.container()), HttpHandlerRegistration.ROOT);
        return new Listener(server, listener, workers);
    }

    /**
     * Adds an HTTPS listener beside the plain one, before {@link #start()}: the same host, the same handler
     * (Jersey behind the {@link ConnectionHook}), the same codec and workers, so a request is served, journaled
     * and faulted alike over either. Only TLS sits in front: Grizzly's SSL filter, before the HTTP codec.
     *
     * @param port    0 for a free one
     * @param context the server's side: its key and certificate
     */
    public Listener secure(int port, SSLContext context) {
        if (secure != null) {
            throw new IllegalStateException("one HTTPS listener only");
        }
        secure = networkListener("stub-https", listener.getHost(), port, workers);
        secure.setSecure(true);
        // Server mode; no client certificate is asked for.
        secure.setSSLEngineConfig(new SSLEngineConfigurator(context, false, false, false));
        server.addListener(secure);
        return this;
    }

    private static NetworkListener networkListener(String name, String host, int port, ExecutorService workers) {
        NetworkListener listener = new NetworkListener(name, host, port);
        listener.getTransport().setWorkerThreadPool(workers);
        listener.registerAddOn(StubCodec.replacingGrizzlys());
        // One selector is plenty beside the workers: the answers are small, and a thread is memory.
        listener.getTransport().setSelectorRunnersCount(1);
        return listener;
    }

    /**
     * Listens on the host and port it was prepared with (port 0 for a free one), and on the HTTPS port if one was
     * added.
     *
     * @throws IllegalStateException when the address cannot be bound, saying why
     */
    public Listener start() {
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            String ports = secure == null
                    ? String.valueOf(listener.getPort())
                    : listener.getPort() + " (HTTP) and " + secure.getPort() + " (HTTPS)";
            throw new IllegalStateException(
                    "cannot listen on " + listener.getHost() + ":" + ports + ": " + e.getMessage(), e);
        }
        return this;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getHost(), listener.getPort());
    }

    /** Where HTTPS is served, once started; null without an HTTPS listener. */
    public InetSocketAddress secureAddress() {
        return secure == null ? null : new InetSocketAddress(secure.getHost(), secure.getPort());
    }

    /**
     * Closes the listener and every connection, and returns once its ports refuse connections; the application is
     * left as it is, for its owner.
     */
    public void stop() {
        List<InetSocketAddress> bound = new ArrayList<>(2);
        bound.add(address());
        if (secure != null) {
            bound.add(secureAddress());
        }
        server.shutdownNow();
        // Grizzly closes a listening socket on its selector thread, which may still be at it when shutdownNow()
        // returns; a caller starting again on the same port, or checking that it is free, must find it closed.
        for (InetSocketAddress address : bound) {
            awaitRefused(address);
        }
    }

    private static void awaitRefused(InetSocketAddress address) {
        if (address.getPort() == 0) {
            return;
        }
        InetSocketAddress target =
                address.getAddress() == null || address.getAddress().isAnyLocalAddress()
                        ? new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort())
                        : address;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(target, (int) PROBE_TIMEOUT.toMillis());
            } catch (IOException refused) {
                return;
            }
            LockSupport.parkNanos(PROBE_INTERVAL.toNanos());
        }
    }
}
