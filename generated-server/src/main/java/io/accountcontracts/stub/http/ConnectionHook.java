package io.accountcontracts.stub.http;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Sits between the HTTP server and Jersey's container, which never hands its filters the connection:
 * while Jersey serves a request, {@link ClientConnection} can reach it.
 */
final class ConnectionHook extends HttpHandler {

    private final HttpHandler container;

    ConnectionHook(HttpHandler container) {
        this.container = container;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        ClientConnection.serving(request);
        try {
            escapeInvalidTarget(request);
            container.service(request, response);
        } finally {
            ClientConnection.served();
        }
    }

    private static void escapeInvalidTarget(Request request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String problem = RequestTarget.problem("path", path);
        if (problem == null && query != null) {
            problem = RequestTarget.problem("query", query);
        }
        if (problem == null) {
            return;
        }
        request.setRequestURI(RequestTarget.escaped(path));
        if (query != null) {
            request.setQueryString(RequestTarget.escaped(query));
        }
        // Jersey's request properties are this request's attributes.
        request.setAttribute(RequestTarget.PROPERTY, new RequestTarget(problem));
    }

    // No start() or destroy() handed on: Grizzly destroys a server's handlers when it stops (or when one is removed),
    // and the application behind this one may serve the next stub. JerseyApplication's owner starts and ends it.
}
