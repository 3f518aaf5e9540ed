package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.stub.errors.Vendor;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks every matched request against its vendor's spec before resource code runs, and answers a
 * violation with that vendor's 400. Runs after authentication, so only authenticated callers get
 * to learn what the schema wants.
 */
@Priority(Priorities.ENTITY_CODER)
public final class RequestValidationFilter implements ContainerRequestFilter {

    private final SpecValidators validators;
    private final int maxBodyBytes;

    public RequestValidationFilter(SpecValidators validators, int maxBodyBytes) {
        this.validators = validators;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Vendor vendor = Vendor.forPath(request.getUriInfo().getPath());
        byte[] body = request.getEntityStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            request.abortWith(vendor.error(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes."));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            request.abortWith(vendor.error(Response.Status.BAD_REQUEST, "The request body is not valid UTF-8."));
            return;
        }
        SimpleRequest.Builder candidate = new SimpleRequest.Builder(request.getMethod(),
                "/" + request.getUriInfo().getPath(false));
        request.getHeaders().forEach(candidate::withHeader);
        if (body.length > 0) {
            candidate.withBody(text);
        }
        ValidationReport report = validators.validateRequest(vendor, candidate.build());
        if (report.hasErrors()) {
            List<String> problems = report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getMessage())
                    .toList();
            request.abortWith(vendor.error(Response.Status.BAD_REQUEST, problems));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
