package io.accountcontracts.stub.http;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

/**
 * Where Jersey writes the answer to a request whose connection is gone on purpose: nowhere, so that it
 * neither fails nor logs for a connection the stub closed itself.
 */
final class NothingSent implements ContainerResponseWriter {

    static final NothingSent INSTANCE = new NothingSent();

    @Override
    public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse response) {
        return OutputStream.nullOutputStream();
    }

    @Override
    public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
        return false;
    }

    @Override
    public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {}

    @Override
    public void commit() {}

    @Override
    public void failure(Throwable error) {}

    @Override
    public boolean enableResponseBuffering() {
        return false;
    }
}
