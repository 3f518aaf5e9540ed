package io.accountcontracts.stub.programmed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * The exchange Jersey writes its answer to, passed through to the server's own, except once a programmed
 * fault dropped the answer: then sending the headers closes the connection instead, before a byte went
 * out (the server closes a connection whose exchange ends before any header was sent), and the body goes
 * nowhere. Jersey never learns, so it logs nothing.
 */
public final class DroppableExchange extends HttpExchange {

    private final HttpExchange exchange;
    private boolean dropped;

    DroppableExchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    /** From now on nothing is sent: the connection closes where the status line would have gone. */
    public void dropResponse() {
        dropped = true;
    }

    boolean dropped() {
        return dropped;
    }

    @Override
    public void sendResponseHeaders(int status, long length) throws IOException {
        if (dropped) {
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, length);
    }

    @Override
    public OutputStream getResponseBody() {
        return dropped ? OutputStream.nullOutputStream() : exchange.getResponseBody();
    }

    @Override
    public Headers getRequestHeaders() {
        return exchange.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return exchange.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return exchange.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return exchange.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return exchange.getHttpContext();
    }

    @Override
    public void close() {
        exchange.close();
    }

    @Override
    public InputStream getRequestBody() {
        return exchange.getRequestBody();
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return exchange.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return exchange.getResponseCode();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return exchange.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return exchange.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return exchange.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        exchange.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        exchange.setStreams(in, out);
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return exchange.getPrincipal();
    }
}
