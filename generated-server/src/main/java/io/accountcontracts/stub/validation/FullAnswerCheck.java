package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.stub.errors.Vendor;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The full validator's verdict on an answer the screen did not take, in its own words. Kept apart from
 * {@link ResponseValidationFilter} so that the filter, on the screen's path, touches none of the validator's
 * classes.
 */
final class FullAnswerCheck {

    // Requests that match no operation of the spec (a GET on a PUT-only path) have nothing to check against.
    private static final Set<String> NO_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private FullAnswerCheck() {}

    /** @param body the answer's body as it will be sent; null when it has none */
    static List<String> problems(
            SpecValidators validators,
            Vendor vendor,
            ContainerRequestContext request,
            ContainerResponseContext response,
            byte[] body) {
        // A method no spec knows (FOO, or put in lower case) names no operation: nothing to check its answer
        // against, as for a GET on a PUT-only path.
        Optional<Request.Method> method = Methods.of(request.getMethod());
        if (method.isEmpty()) {
            return List.of();
        }
        SimpleResponse.Builder candidate = SimpleResponse.Builder.status(response.getStatus());
        response.getStringHeaders().forEach(candidate::withHeader);
        if (body != null && body.length > 0) {
            candidate.withBody(new String(body, StandardCharsets.UTF_8));
        }
        ValidationReport report = validators.validateResponse(
                vendor, method.get(), "/" + request.getUriInfo().getPath(false), candidate.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && !NO_OPERATION.contains(m.getKey()))
                .map(ValidationReport.Message::getMessage)
                .toList();
    }
}
