package io.accountcontracts.stub.ratelimit;

import io.accountcontracts.stub.errors.Vendor;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Locale;

/**
 * Vantage's three rate-limit headers on every answer to a request its armed limit counted, errors and 429s
 * included; Elastic Path documents none, so its answers get none. While nothing is armed no answer gets them
 * (Vantage always sends them: the one difference, so that a suite that never arms a limit sees no change).
 *
 * <p>Its priority runs it before the strict response check, which sees the headers too.
 */
@Priority(Priorities.USER + 3000)
public final class RateLimitHeaders implements ContainerResponseFilter {

    public static final String LIMIT = "x-rate-limit-limit";
    public static final String REMAINING = "x-rate-limit-remaining";
    public static final String RESET = "x-rate-limit-reset";

    /** Whether a header of a spec is one of these, which only an armed limit sends. */
    public static boolean isRateLimitHeader(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("x-rate-limit-");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Counted counted = Counted.of(request);
        if (counted == null || counted.vendor() != Vendor.VANTAGE) {
            return;
        }
        response.getHeaders().putSingle(LIMIT, Integer.toString(counted.limit()));
        response.getHeaders().putSingle(REMAINING, Integer.toString(counted.remaining()));
        response.getHeaders().putSingle(RESET, Long.toString(counted.resetSeconds()));
    }
}
