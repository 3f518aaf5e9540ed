package io.accountcontracts.stub.routing;

import io.accountcontracts.stub.errors.Vendor;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Where a request goes, found once from its method and raw path by {@link Routes} and carried on the
 * request, so that no later step looks at the path again to learn which vendor or operation it is.
 *
 * @param kind        what the path is
 * @param vendor      whose error shape every answer to this request takes (the admin API and unknown
 *                    paths use Elastic Path's JSON:API shape)
 * @param operationId the spec operation the request is, when it is one (method and path template match)
 */
public record Route(Kind kind, Vendor vendor, String operationId) {

    public enum Kind {
        /** A path of one of the vendors' APIs. */
        VENDOR,
        /** The stub's own admin API, which needs the token. */
        ADMIN,
        /** Health, the served specs and the docs page: no token, nothing a vendor's docs do not tell. */
        PUBLIC,
        /** Anything else: Jersey answers 404. */
        UNKNOWN
    }

    private static final String PROPERTY = Route.class.getName();

    public boolean isVendor() {
        return kind == Kind.VENDOR;
    }

    public void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    /** The route {@link RouteFilter} found for this request (found now if that filter did not run). */
    public static Route of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Route route
                ? route
                : Routes.resolve(
                        request.getMethod(),
                        request.getUriInfo().getRequestUri().getRawPath());
    }
}
