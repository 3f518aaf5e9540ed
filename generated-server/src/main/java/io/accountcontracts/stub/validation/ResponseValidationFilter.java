package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.Proxied;
import io.accountcontracts.stub.routing.Route;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --strict-responses}: checks every response the stub is about to send on a vendor
 * path (its own, not a proxied vendor's) against the spec, and turns a violation into a logged 500 instead of a quietly wrong body.
 *
 * <p>The entity is turned into a JSON tree once, which the answer screen checks, and that tree is written
 * once and handed on as bytes: the bytes sent are the ones checked, and checking costs no second
 * serialisation. Only an answer the screen does not take goes to the full validator.
 */
@Priority(Priorities.USER + 1000)
public final class ResponseValidationFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseValidationFilter.class);

    private final SpecValidators validators;
    private final ObjectMapper mapper;

    public ResponseValidationFilter(SpecValidators validators, ObjectMapper mapper) {
        this.validators = validators;
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Route route = Route.of(request);
        // A proxied answer has been checked by the proxy already, and is the vendor's to pass on as it came.
        if (!route.isVendor() || Proxied.of(request) != null) {
            return;
        }
        JsonNode tree = null;
        byte[] bytes = null;
        if (response.hasEntity()) {
            try {
                tree = mapper.valueToTree(response.getEntity());
                bytes = mapper.writeValueAsBytes(tree);
            } catch (IllegalArgumentException | JsonProcessingException e) {
                fail(request, response, route.vendor(), List.of("entity could not be serialised: " + why(e)));
                return;
            }
        }
        if (!validators.answerConformsQuickly(
                route.vendor(), route.operationId(), response.getStatus(), response.getStringHeaders(), tree)) {
            List<String> problems = FullAnswerCheck.problems(validators, route.vendor(), request, response, bytes);
            if (!problems.isEmpty()) {
                fail(request, response, route.vendor(), problems);
                return;
            }
        }
        if (bytes != null) {
            response.setEntity(bytes, null, MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static String why(Exception e) {
        Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
    }

    private static void fail(
            ContainerRequestContext request, ContainerResponseContext response, Vendor vendor, List<String> problems) {
        LOG.error(
                "Response to {} /{} ({}) breaks the spec, answering 500 instead: {}",
                request.getMethod(),
                request.getUriInfo().getPath(false),
                response.getStatus(),
                problems);
        Response replacement =
                vendor.error(Response.Status.INTERNAL_SERVER_ERROR, "there was a problem processing your request");
        response.setStatus(replacement.getStatus());
        response.getHeaders().remove("WWW-Authenticate");
        response.setEntity(replacement.getEntity(), null, MediaType.APPLICATION_JSON_TYPE);
    }
}
