package io.accountcontracts.stub.errors;

import io.accountcontracts.stub.proxy.Proxied;
import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.validation.RefusalStatus;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * Gives every error Jersey answers without a body (unknown path 404, 405, 406, 415, a header it could
 * not parse, ...) the body shape of the vendor whose path was called, so a vendor client can parse every
 * error the stub sends. Headers such as {@code Allow} (405), which tell the client how to recover, stay.
 *
 * <p>It runs before the response filters that check and journal what is sent, so they see the final body.
 */
@Priority(Priorities.USER + 2000)
public final class ErrorBodyFilter implements ContainerResponseFilter {

    private final RefusalStatus refusals;

    public ErrorBodyFilter(RefusalStatus refusals) {
        this.refusals = refusals;
    }

    // Answers that say the request itself breaks the contract, so the journal must not call it valid.
    private static final Set<Integer> REFUSALS = Set.of(400, 405, 406, 413, 415);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // A proxied answer is the vendor's own, body or none, and is passed on as it came.
        if (response.getStatus() < 400 || response.hasEntity() || Proxied.of(request) != null) {
            return;
        }
        Route route = Route.of(request);
        String detail = detailFor(response.getStatusInfo());
        // Jersey's 415 on an operation that does not document it (Vantage's delete) is that vendor's 400.
        if (response.getStatus() == 415) {
            response.setStatus(
                    refusals.of(route, Response.Status.UNSUPPORTED_MEDIA_TYPE).getStatusCode());
        }
        Response.StatusType status = response.getStatusInfo();
        Object body = route.vendor().error(status, detail).getEntity();
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
        if ((REFUSALS.contains(status.getStatusCode()) || isOutsideEverySpec(route, status))
                && Verdict.of(request).outcome() != Verdict.Outcome.INVALID) {
            Verdict.invalid(List.of(detail)).attachTo(request);
        }
    }

    // Jersey's own 404 (no resource matched) on a vendor's path, or on a path of nobody's: no operation
    // of either spec was called, which breaks the contract as surely as a wrong field does.
    private static boolean isOutsideEverySpec(Route route, Response.StatusType status) {
        return status.getStatusCode() == 404
                && (route.kind() == Route.Kind.VENDOR || route.kind() == Route.Kind.UNKNOWN);
    }

    private static String detailFor(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "The request is malformed.";
            case 404 -> "No resource exists at this path.";
            case 405 -> "This method is not allowed here; see the Allow header.";
            case 406 -> "This endpoint only produces application/json.";
            case 415 -> "The request body must be sent as application/json.";
            default -> status.getReasonPhrase();
        };
    }
}
