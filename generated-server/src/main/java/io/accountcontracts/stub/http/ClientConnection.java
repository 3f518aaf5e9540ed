package io.accountcontracts.stub.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.nio.NIOConnection;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * The client's connection of the request this thread is serving, for the faults only a connection can
 * produce. Jersey serves a request on the thread the server gave it, start to finish, so
 * {@link ConnectionHook} can hand it over here; outside a request every method does nothing.
 */
public final class ClientConnection {

    // One per worker, reused: the request it serves now, and what to do to its connection once served.
    private static final ThreadLocal<Serving> CURRENT = ThreadLocal.withInitial(Serving::new);

    private static final class Serving {
        Request request;
        boolean close;
        boolean reset;
    }

    private ClientConnection() {}

    static void serving(Request request) {
        Serving serving = CURRENT.get();
        serving.request = request;
        serving.close = false;
        serving.reset = false;
    }

    /** Carries out a close or reset asked for while serving: only now, once the journal has the request. */
    static void served() {
        Serving serving = CURRENT.get();
        Connection<?> connection =
                serving.request == null ? null : serving.request.getContext().getConnection();
        if (connection != null && serving.reset) {
            lingerZero(connection);
        }
        if (connection != null && (serving.reset || serving.close)) {
            connection.terminateSilently();
        }
        serving.request = null;
    }

    /**
     * Closes the connection once the request is served, with nothing sent: the client sees an empty reply
     * (curl's "Empty reply from server"). The answer Jersey still makes for the request goes nowhere.
     */
    public static void close(ContainerRequestContext request) {
        Serving serving = CURRENT.get();
        if (serving.request != null) {
            sendNothing(request);
            serving.close = true;
        }
    }

    /**
     * Resets the connection once the request is served, with nothing sent: a TCP RST instead of the orderly
     * close, which clients report as "Connection reset by peer".
     */
    public static void reset(ContainerRequestContext request) {
        Serving serving = CURRENT.get();
        if (serving.request != null) {
            sendNothing(request);
            serving.reset = true;
        }
    }

    /**
     * Closes the connection once what was written so far has gone out: an answer cut short where the
     * writing stopped, as a vendor's server dying mid-answer leaves it.
     */
    public static void closeWhenSent() {
        Request request = CURRENT.get().request;
        if (request != null) {
            request.getContext().getConnection().closeSilently();
        }
    }

    // Linger time zero is what makes closing a socket send a reset rather than the orderly FIN.
    private static void lingerZero(Connection<?> connection) {
        if (connection instanceof NIOConnection nio && nio.getChannel() instanceof SocketChannel socket) {
            try {
                socket.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | UnsupportedOperationException e) {
                // Closed already, or a transport without the option: the close that follows is all there is.
            }
        }
    }

    private static void sendNothing(ContainerRequestContext request) {
        if (request instanceof ContainerRequest jersey) {
            jersey.setWriter(NothingSent.INSTANCE);
        }
    }
}
