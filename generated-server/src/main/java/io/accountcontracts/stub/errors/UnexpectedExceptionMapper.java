package io.accountcontracts.stub.errors;

import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.validation.BrokenFraming;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: a bug in the stub is logged here and the caller gets the vendor's plain 500, no stack
 * trace. The exceptions Jersey raises for a request it cannot serve (404, 405, 406, 415) carry their
 * own answer, which is kept; {@link ErrorBodyFilter} gives it the vendor's body. A body that broke its
 * own framing ({@link BrokenFraming}) is the client's mistake: the vendor's 400 (when the client still
 * listens), journaled invalid, and one log line rather than a stack trace.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Inject
    private Provider<ContainerRequestContext> request;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ParamException.QueryParamException parameter) {
            return unreadableQueryParameter(request.get(), parameter.getParameterName());
        }
        if (exception instanceof WebApplicationException answered) {
            return answered.getResponse();
        }
        ContainerRequestContext current = request.get();
        if (exception instanceof BrokenFraming broken) {
            return brokenFraming(current, broken);
        }
        LOG.error(
                "Unhandled error on {} {}",
                current.getMethod(),
                current.getUriInfo().getRequestUri().getRawPath(),
                exception);
        return Route.of(current)
                .vendor()
                .error(Response.Status.INTERNAL_SERVER_ERROR, "there was a problem processing your request");
    }

    // A query value the spec's checks passed (" 5", say) that still is no number to the operation's parameter:
    // Jersey's answer is a 404, as if the path were unknown; the vendor's is a 400 about that parameter.
    private static Response unreadableQueryParameter(ContainerRequestContext current, String name) {
        String problem = "[Query parameter '" + name + "'] is not a number the operation takes";
        Verdict.invalid(List.of(problem)).attachTo(current);
        return Route.of(current).vendor().parameterError(Response.Status.BAD_REQUEST, name, problem);
    }

    // Caught here, not by a mapper of its own, so that every path that reads a body (stubbed or proxied)
    // shares it. The connection is closed after the answer: where a next request would start in it is
    // anyone's guess.
    private static Response brokenFraming(ContainerRequestContext current, BrokenFraming broken) {
        LOG.warn(
                "{} {}: {}",
                current.getMethod(),
                current.getUriInfo().getRequestUri().getRawPath(),
                broken.problem());
        Verdict.invalid(List.of(broken.problem())).attachTo(current);
        return Response.fromResponse(Route.of(current).vendor().error(Response.Status.BAD_REQUEST, broken.problem()))
                .header("Connection", "close")
                .build();
    }
}
