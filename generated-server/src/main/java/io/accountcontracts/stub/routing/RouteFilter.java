package io.accountcontracts.stub.routing;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/** First of all filters: finds the request's {@link Route} once and puts it on the request. */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RouteFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Routes.resolve(request.getMethod(), request.getUriInfo().getRequestUri().getRawPath())
                .attachTo(request);
    }
}
