package io.accountcontracts.stub.delay;

import io.accountcontracts.stub.routing.Route;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.random.RandomGenerator;

/**
 * Holds back every answer on a vendor's paths by the stub-wide latency, drawn afresh for each, and notes what
 * it drew for the journal. Refusals and proxied answers wait too: the latency stands for the network, which
 * every answer crosses. The admin API, health, the specs and the docs do not wait.
 *
 * <p>It waits on the response side, after whatever the request did, so it adds to a programmed delay (which
 * waits before the answer is made). A reset cuts the wait short and the answer goes out at once: what the
 * request changed, the reset has put back, and the journal no longer takes the entry.
 */
// Response filters run highest priority first: this one before the journal's, so the journal sees what it drew.
@Priority(Priorities.USER + 3000)
public final class LatencyFilter implements ContainerResponseFilter {

    private static final String PROPERTY = LatencyFilter.class.getName();

    private final Latency latency;
    private final Waits waits;
    private final RandomGenerator random;

    public LatencyFilter(Latency latency, Waits waits, RandomGenerator random) {
        this.latency = latency;
        this.waits = waits;
        this.random = random;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Delay delay = latency.current();
        if (delay == null) {
            return;
        }
        Route.Kind kind = Route.of(request).kind();
        if (kind == Route.Kind.ADMIN || kind == Route.Kind.PUBLIC) {
            return;
        }
        int millis = delay.drawMs(random);
        request.setProperty(PROPERTY, millis);
        waits.waitOut(millis, waits.clears());
    }

    /** The latency this request's answer waited, in milliseconds; null when there was none. */
    public static Integer appliedMs(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Integer millis ? millis : null;
    }
}
