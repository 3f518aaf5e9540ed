package io.accountcontracts.stub.ratelimit;

import io.accountcontracts.stub.errors.Vendor;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What the rate limiter made of one request, carried on it for the headers and the journal.
 *
 * @param vendor       whose limit counted it
 * @param limited      true when it was over the limit and answered 429
 * @param limit        the window's limit
 * @param remaining    how many requests the window has left after this one
 * @param resetSeconds when the window ends, in Unix seconds (rounded up, so a client waiting until then is
 *                     never early)
 */
public record Counted(Vendor vendor, boolean limited, int limit, int remaining, long resetSeconds) {

    private static final String PROPERTY = Counted.class.getName();

    public void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    /** What the limiter made of this request; null when it counted none (off, not a vendor's, no token). */
    public static Counted of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Counted counted ? counted : null;
    }
}
