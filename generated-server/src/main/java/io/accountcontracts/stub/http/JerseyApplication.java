package io.accountcontracts.stub.http;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A stub's Jersey application in Grizzly's container. It may serve one {@link Listener} after another (a pool keeps
 * it between stubs), so no server starts or destroys it: whoever built it does, once.
 */
public final class JerseyApplication {

    private final GrizzlyHttpContainer container;
    private boolean destroyed;

    private JerseyApplication(GrizzlyHttpContainer container) {
        this.container = container;
    }

    /** Builds and starts the application: the longest step of a stub's start. */
    public static JerseyApplication build(ResourceConfig application) {
        // Built under the stub's own view of Jersey's extensions, not the ones the classpath has for other
        // Jersey applications (OwnJersey); the workers run it under the same view (StubServer.workerPool).
        GrizzlyHttpContainer container = OwnJersey.over(Thread.currentThread().getContextClassLoader())
                .run(() -> ContainerFactory.createContainer(GrizzlyHttpContainer.class, application));
        // What Grizzly's server did when it started: Jersey's start-up listeners run, once.
        container.start();
        return new JerseyApplication(container);
    }

    HttpHandler container() {
        return container;
    }

    /** Shuts Jersey's application down (its injection manager, its pre-destroy hooks); again does nothing. */
    public synchronized void destroy() {
        if (!destroyed) {
            destroyed = true;
            container.destroy();
        }
    }

    public synchronized boolean isDestroyed() {
        return destroyed;
    }
}
