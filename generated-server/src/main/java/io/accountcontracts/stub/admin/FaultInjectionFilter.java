package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

/** Answers an authenticated vendor request with the vendor's 500 while failures are pending; stores nothing. */
@Priority(Priorities.AUTHORIZATION)
public final class FaultInjectionFilter implements ContainerRequestFilter {

    private final FaultInjection faults;

    public FaultInjectionFilter(FaultInjection faults) {
        this.faults = faults;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Route route = Route.of(request);
        if (route.isVendor() && faults.takeOne()) {
            Verdict.FAULT_INJECTED.attachTo(request);
            request.abortWith(route.vendor().error(Response.Status.INTERNAL_SERVER_ERROR,
                    "there was a problem processing your request"));
        }
    }
}
