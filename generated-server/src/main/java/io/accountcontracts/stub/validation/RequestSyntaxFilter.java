package io.accountcontracts.stub.validation;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.http.RequestTarget;
import io.accountcontracts.stub.routing.Route;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Settles, before Jersey matches a resource, the parts of a request that Jersey would otherwise refuse
 * in its own way (an empty 400, or a 500 for a charset it cannot decode), so each gets the vendor's
 * error shape and a message that names the header; and makes a path mean the same thing to every step.
 *
 * <p>The path: Jersey strips {@code ;x=1} from a path segment as a matrix parameter, so
 * {@code /v2/accounts/a;x=1} would update account {@code a} while the validator and the journal saw
 * {@code a;x=1}, and {@code /v2/accounts;x=1/a} would reach the resource without being taken for a
 * vendor path at all. The vendors know no matrix parameters; to them the semicolon is part of the
 * segment. So it is escaped here, and every step then sees the same path: the id {@code a;x=1}, which
 * names no account (404, as at the vendor), or a path that matches no resource (404).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public final class RequestSyntaxFilter implements ContainerRequestFilter {

    private final RefusalStatus refusals;

    public RequestSyntaxFilter(RefusalStatus refusals) {
        this.refusals = refusals;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Route route = Route.of(request);
        Vendor vendor = route.vendor();
        if (request.getProperty(RequestTarget.PROPERTY) instanceof RequestTarget target) {
            reject(request, vendor, Response.Status.BAD_REQUEST, target.problem());
            return;
        }
        Optional<Refusal> refusal = contentTypeRefusal(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        if (refusal.isPresent()) {
            reject(
                    request,
                    vendor,
                    refusals.of(route, refusal.get().status()),
                    refusal.get().why());
            return;
        }
        try {
            request.getAcceptableMediaTypes();
        } catch (ProcessingException | IllegalArgumentException e) {
            reject(
                    request,
                    vendor,
                    Response.Status.BAD_REQUEST,
                    "The Accept header is not a valid list of media types.");
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String rawPath = uri.getRawPath();
        if (rawPath != null && rawPath.indexOf(';') >= 0) {
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            request.setRequestUri(
                    request.getUriInfo().getBaseUri(),
                    URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + rawPath.replace(";", "%3B") + query));
        }
    }

    private record Refusal(Response.Status status, String why) {}

    private static Optional<Refusal> contentTypeRefusal(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return Optional.of(
                    new Refusal(Response.Status.BAD_REQUEST, "The Content-Type header is not a valid media type."));
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            return Optional.of(new Refusal(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "The request body must be sent in UTF-8; charset '" + charset + "' is not supported."));
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.isSupported(charset) && Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static void reject(ContainerRequestContext request, Vendor vendor, Response.Status status, String why) {
        Verdict.invalid(List.of(why)).attachTo(request);
        request.abortWith(vendor.error(status, why));
    }
}
