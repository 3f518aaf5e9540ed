package io.accountcontracts.stub.delay;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

/**
 * Hands Jersey a body stream that dribbles, for one request. It wraps the request's
 * {@link ContainerResponseWriter}, the interface every Jersey container implements, so it works on whichever
 * container the stub runs on. Jersey holds a small body back until it is whole and then passes its length
 * here, so the status line and headers carry the full {@code Content-Length}; a body too large for Jersey's
 * buffer goes out chunked, as it would without a dribble.
 *
 * <p>A writer interceptor could not do this: it writes into Jersey's buffer, which ignores a flush, so every
 * piece would still go out at once when the body is complete.
 */
public final class DribblingWriter implements ContainerResponseWriter {

    private final ContainerResponseWriter writer;
    private final Dribble dribble;
    private final Waits waits;
    private final long since;

    private DribblingWriter(ContainerResponseWriter writer, Dribble dribble, Waits waits, long since) {
        this.writer = writer;
        this.dribble = dribble;
        this.waits = waits;
        this.since = since;
    }

    /**
     * Makes this request's answer dribble. A reset from now on sends the rest of its body at once.
     *
     * @return false when the request is not Jersey's (no container this stub runs on), and nothing changed
     */
    public static boolean install(ContainerRequestContext request, Dribble dribble, Waits waits) {
        if (!(request instanceof ContainerRequest jersey)) {
            return false;
        }
        jersey.setWriter(new DribblingWriter(jersey.getResponseWriter(), dribble, waits, waits.clears()));
        return true;
    }

    @Override
    public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse response) {
        OutputStream body = writer.writeResponseStatusAndHeaders(contentLength, response);
        return body == null ? null : new DribblingStream(body, dribble, waits, since);
    }

    @Override
    public boolean suspend(long time, TimeUnit unit, TimeoutHandler handler) {
        return writer.suspend(time, unit, handler);
    }

    @Override
    public void setSuspendTimeout(long time, TimeUnit unit) {
        writer.setSuspendTimeout(time, unit);
    }

    @Override
    public void commit() {
        writer.commit();
    }

    @Override
    public void failure(Throwable error) {
        writer.failure(error);
    }

    @Override
    public boolean enableResponseBuffering() {
        return writer.enableResponseBuffering();
    }
}
