package io.accountcontracts.stub.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.accountcontracts.stub.json.JsonProblem;
import io.accountcontracts.stub.routing.Route;
import io.accountcontracts.stub.validation.Verdict;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * A body the schema allows but Java cannot hold (an id past the range of a long, say) is still the
 * caller's mistake: answer 400 rather than letting it surface as a 500, and journal the request as
 * invalid, since it was refused.
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Inject
    private Provider<ContainerRequestContext> request;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        ContainerRequestContext current = request.get();
        String problem = JsonProblem.of(exception);
        Verdict.invalid(List.of(problem)).attachTo(current);
        return Route.of(current).vendor().error(Response.Status.BAD_REQUEST, problem);
    }
}
