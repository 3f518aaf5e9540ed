package io.accountcontracts.stub.ratelimit;

import io.accountcontracts.stub.auth.BearerToken;
import io.accountcontracts.stub.programmed.DocumentedResponses;
import io.accountcontracts.stub.routing.Operation;
import io.accountcontracts.stub.routing.Route;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Counts each request to a vendor's API against that vendor's armed limit, and answers one over it with
 * {@code 429} and the spec's example, in the vendor's shape, before anything else looks at it: as a vendor's
 * gateway does, so the request is neither validated nor carried out, and changes nothing.
 *
 * <p>It runs right after authentication: a request without an accepted token has been answered 401 already and
 * is counted nowhere (both vendors tell whose limit a request uses by its token). A proxied vendor's requests
 * have been forwarded before this runs. Off, it costs one volatile read.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 5)
public final class RateLimitFilter implements ContainerRequestFilter {

    public static final int TOO_MANY_REQUESTS = 429;

    private final RateLimiter limiter;
    private final DocumentedResponses documented;

    public RateLimitFilter(RateLimiter limiter, DocumentedResponses documented) {
        this.limiter = limiter;
        this.documented = documented;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (limiter.isOff()) {
            return;
        }
        Route route = Route.of(request);
        if (!route.isVendor()) {
            return;
        }
        String token = BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .orElse("");
        Counted counted = limiter.count(route.vendor(), token);
        if (counted == null) {
            return;
        }
        counted.attachTo(request);
        if (counted.limited()) {
            // Every operation documents the 429, and a path that is none of them takes the update's.
            String operationId = route.operationId() != null
                    ? route.operationId()
                    : Operation.update(route.vendor()).id();
            DocumentedResponses.Answer answer =
                    documented.answer(operationId, TOO_MANY_REQUESTS).orElseThrow();
            request.abortWith(Response.status(TOO_MANY_REQUESTS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(answer.body())
                    .build());
        }
    }
}
