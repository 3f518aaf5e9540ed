package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --strict-responses}: checks every response the stub is about to send on a vendor
 * path (its own, not a proxied vendor's) against the spec, and turns a violation into a logged 500 instead of a quietly wrong body.
 *
 * <p>The entity is serialised here, once, and handed on as bytes, so checking costs no second
 * serialisation.
 */
@Priority(Priorities.USER + 1000)
public final class ResponseValidationFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseValidationFilter.class);
    // Requests that match no operation of the spec (a GET on a PUT-only path) have nothing to check against.
    private static final Set<String> NO_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

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
        // A method no spec knows (FOO, or put in lower case) names no operation: nothing to check its answer
        // against, as for a GET on a PUT-only path.
        Optional<Request.Method> method = Methods.of(request.getMethod());
        if (!route.isVendor() || Proxied.of(request) != null || method.isEmpty()) {
            return;
        }
        String body;
        try {
            body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : "";
        } catch (JsonProcessingException e) {
            fail(
                    request,
                    response,
                    route.vendor(),
                    List.of("entity could not be serialised: " + e.getOriginalMessage()));
            return;
        }
        SimpleResponse.Builder candidate = SimpleResponse.Builder.status(response.getStatus());
        response.getStringHeaders().forEach(candidate::withHeader);
        if (!body.isEmpty()) {
            candidate.withBody(body);
        }
        ValidationReport report = validators.validateResponse(
                route.vendor(), method.get(), "/" + request.getUriInfo().getPath(false), candidate.build());
        List<String> problems = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && !NO_OPERATION.contains(m.getKey()))
                .map(ValidationReport.Message::getMessage)
                .toList();
        if (!problems.isEmpty()) {
            fail(request, response, route.vendor(), problems);
            return;
        }
        if (!body.isEmpty()) {
            response.setEntity(body.getBytes(StandardCharsets.UTF_8), null, MediaType.APPLICATION_JSON_TYPE);
        }
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
