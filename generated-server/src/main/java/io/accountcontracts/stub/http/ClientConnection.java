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

    private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();

    private ClientConnection() {}

    static void serving(Request request) {
        CURRENT.set(request);
    }

    static void served() {
        CURRENT.remove();
    }

    /**
     * Closes the connection now, with nothing sent: the client sees an empty reply (curl's "Empty reply
     * from server"). The answer Jersey still makes for the request goes nowhere.
     */
    public static void close(ContainerRequestContext request) {
        Connection<?> connection = current();
        if (connection != null) {
            sendNothing(request);
            connection.terminateSilently();
        }
    }

    /**
     * Resets the connection now: a TCP RST instead of the orderly close, which clients report as
     * "Connection reset by peer". Linger time zero is what makes closing a socket send it.
     */
    public static void reset(ContainerRequestContext request) {
        Connection<?> connection = current();
        if (connection == null) {
            return;
        }
        sendNothing(request);
        if (connection instanceof NIOConnection nio && nio.getChannel() instanceof SocketChannel socket) {
            try {
                socket.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | UnsupportedOperationException e) {
                // Closed already, or a transport without the option: the close below is all there is.
            }
        }
        connection.terminateSilently();
    }

    /**
     * Closes the connection once what was written so far has gone out: an answer cut short where the
     * writing stopped, as a vendor's server dying mid-answer leaves it.
     */
    public static void closeWhenSent() {
        Connection<?> connection = current();
        if (connection != null) {
            connection.closeSilently();
        }
    }

    private static void sendNothing(ContainerRequestContext request) {
        if (request instanceof ContainerRequest jersey) {
            jersey.setWriter(NothingSent.INSTANCE);
        }
    }

    private static Connection<?> current() {
        Request request = CURRENT.get();
        return request == null ? null : request.getContext().getConnection();
    }
}
