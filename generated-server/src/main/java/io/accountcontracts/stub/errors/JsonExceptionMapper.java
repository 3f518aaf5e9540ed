package io.accountcontracts.stub.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A body the schema allows but Java cannot hold (an id past the range of a long, say) is still the
 * caller's mistake: answer 400 rather than letting it surface as a 500.
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return Vendor.forPath(uriInfo.getPath())
                .error(Response.Status.BAD_REQUEST, "The request body could not be read: " + exception.getOriginalMessage());
    }
}
