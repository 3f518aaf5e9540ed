package io.accountcontracts.stub.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Gives the errors Jersey raises itself (unknown path 404, 405, 406, 415, ...) the body shape of the
 * vendor whose path was called, so a vendor client can parse every error the stub sends.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Response shaped = Vendor.forPath(uriInfo.getPath()).error(original.getStatusInfo(), detailFor(original));
        // Keep headers such as Allow (405) that tell the client how to recover.
        Response.ResponseBuilder builder = Response.fromResponse(shaped);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String detailFor(Response response) {
        return switch (response.getStatus()) {
            case 404 -> "No resource exists at this path.";
            case 405 -> "This method is not allowed here; see the Allow header.";
            case 406 -> "This endpoint only produces application/json.";
            case 415 -> "The request body must be sent as application/json.";
            default -> response.getStatusInfo().getReasonPhrase();
        };
    }
}
