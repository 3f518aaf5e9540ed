package io.accountcontracts.stub.auth;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Rejects a request without an accepted bearer token before anything else looks at it, so an
 * unauthenticated caller learns nothing about which paths or ids exist.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthFilter implements ContainerRequestFilter {

    private final TokenRegistry tokens;

    public BearerAuthFilter(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Route route = Route.of(request);
        // Health, the specs and the docs page are public: they reveal nothing a vendor's docs do not.
        if (route.kind() == Route.Kind.PUBLIC) {
            return;
        }
        Optional<String> token = BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isPresent() && tokens.accepts(token.get())) {
            return;
        }
        Verdict.UNAUTHENTICATED.attachTo(request);
        Vendor vendor = route.vendor();
        String detail = token.isPresent()
                ? "The bearer token is not valid."
                : "A bearer token is required in the Authorization header.";
        Response error = vendor.error(Response.Status.UNAUTHORIZED, detail);
        request.abortWith(Response.fromResponse(error)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge(vendor, token.isPresent()))
                .build());
    }

    /**
     * The {@code WWW-Authenticate} value of a 401: RFC 6750 section 3 gives no error code when no credentials
     * came, {@code invalid_token} when they did.
     */
    public static String challenge(Vendor vendor, boolean tokenSent) {
        return tokenSent
                ? "Bearer realm=\"" + vendor.realm() + "\", error=\"invalid_token\""
                : "Bearer realm=\"" + vendor.realm() + "\"";
    }
}
