package io.accountcontracts.stub.errors;

import io.accountcontracts.stub.routing.Route;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: a bug in the stub is logged here and the caller gets the vendor's plain 500, no stack
 * trace. The exceptions Jersey raises for a request it cannot serve (404, 405, 406, 415) carry their
 * own answer, which is kept; {@link ErrorBodyFilter} gives it the vendor's body.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Inject
    private Provider<ContainerRequestContext> request;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException answered) {
            return answered.getResponse();
        }
        ContainerRequestContext current = request.get();
        LOG.error(
                "Unhandled error on {} {}",
                current.getMethod(),
                current.getUriInfo().getRequestUri().getRawPath(),
                exception);
        return Route.of(current)
                .vendor()
                .error(Response.Status.INTERNAL_SERVER_ERROR, "there was a problem processing your request");
    }
}
