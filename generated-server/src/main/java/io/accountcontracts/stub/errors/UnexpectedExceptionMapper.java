package io.accountcontracts.stub.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last line: a bug in the stub is logged here and the caller gets the vendor's plain 500, no stack trace. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        LOG.error("Unhandled error on {}", uriInfo.getPath(), exception);
        return Vendor.forPath(uriInfo.getPath())
                .error(Response.Status.INTERNAL_SERVER_ERROR, "there was a problem processing your request");
    }
}
