package io.accountcontracts.stub.programmed;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Sits between the HTTP server and Jersey, which never sees the server's exchange, and hands a request a
 * {@link DroppableExchange} that {@link ProgrammedResponseFilter} finds through {@link #current()}: Jersey
 * serves a request on the thread the server gave it, start to finish. Only while rules are pending: the
 * stub is load-tested, and then this costs one volatile read.
 */
public final class ExchangeHook extends Filter {

    private static final ThreadLocal<DroppableExchange> CURRENT = new ThreadLocal<>();

    private final ProgrammedResponses rules;

    public ExchangeHook(ProgrammedResponses rules) {
        this.rules = rules;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (rules.isEmpty()) {
            // A rule installed from now on finds no exchange to drop for this request, and waits for the next.
            chain.doFilter(exchange);
            return;
        }
        DroppableExchange droppable = new DroppableExchange(exchange);
        CURRENT.set(droppable);
        try {
            chain.doFilter(droppable);
        } finally {
            CURRENT.remove();
        }
        if (droppable.dropped()) {
            // The connection is closed already; an exception from a handler is how the server learns that it
            // should forget it too (it notes this at its finest log level only).
            throw new IOException("answer dropped on purpose");
        }
    }

    /** The exchange of the request this thread is serving; null outside a request. */
    public static DroppableExchange current() {
        return CURRENT.get();
    }

    @Override
    public String description() {
        return "lets a programmed fault drop the connection instead of answering";
    }
}
