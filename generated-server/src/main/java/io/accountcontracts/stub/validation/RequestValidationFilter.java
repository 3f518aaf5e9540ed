package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonText;
import io.accountcontracts.stub.routing.Route;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Checks every request to a vendor path against that vendor's spec before resource code runs, and
 * answers a violation with the vendor's 400 (or 413 for an oversized body). It runs after
 * authentication, so only authenticated callers learn what the schema wants.
 */
@Priority(Priorities.ENTITY_CODER)
public final class RequestValidationFilter implements ContainerRequestFilter {

    private final SpecValidators validators;
    private final ObjectMapper mapper;
    private final BodyLimit bodyLimit;

    public RequestValidationFilter(SpecValidators validators, ObjectMapper mapper, int maxBodyBytes) {
        this.validators = validators;
        this.mapper = mapper;
        this.bodyLimit = new BodyLimit(maxBodyBytes);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Route route = Route.of(request);
        if (!route.isVendor()) {
            return;
        }
        Vendor vendor = route.vendor();
        byte[] body = bodyLimit.read(request);
        if (body == null) {
            bodyLimit.refuse(request, vendor);
            return;
        }
        Optional<String> text = utf8(body);
        if (text.isEmpty()) {
            reject(request, vendor, Response.Status.BAD_REQUEST, "The request body is not valid UTF-8.");
            return;
        }
        // Parsed here, once, so that a malformed body is answered in our words rather than the parser's,
        // and so that the resource merges the very tree that was validated.
        JsonNode tree = null;
        if (body.length > 0) {
            try {
                tree = JsonText.readOne(mapper, text.get());
            } catch (JsonText.NotJson e) {
                reject(
                        request,
                        vendor,
                        Response.Status.BAD_REQUEST,
                        "Request body is not valid JSON: " + e.getMessage() + ".");
                return;
            }
        }
        String path = "/" + request.getUriInfo().getPath(false);
        // Most valid requests are settled by the quick screen; anything else, and every rejection, by
        // the full validator below.
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (validators.conformsQuickly(
                vendor,
                route.operationId(),
                request.getMethod(),
                path,
                query,
                request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                request.getHeaderString(HttpHeaders.ACCEPT),
                tree)) {
            accept(request, body, tree);
            return;
        }
        Optional<Request.Method> method = Methods.of(request.getMethod());
        if (method.isEmpty()) {
            // Jersey matches no resource to such a method, so this is a safeguard: the validator would read
            // "put" as PUT and crash on FOO.
            reject(
                    request,
                    vendor,
                    Response.Status.METHOD_NOT_ALLOWED,
                    "This method is not allowed here; see the Allow header.");
            return;
        }
        SimpleRequest.Builder candidate = new SimpleRequest.Builder(method.get(), path);
        request.getHeaders().forEach(candidate::withHeader);
        if (body.length > 0) {
            candidate.withBody(text.get());
        }
        List<Problem> problems = SpecValidators.problems(validators.validateRequest(vendor, candidate.build()));
        if (!problems.isEmpty()) {
            Verdict invalid = Verdict.invalidBy(problems);
            invalid.attachTo(request);
            request.abortWith(vendor.error(Response.Status.BAD_REQUEST, invalid.problems()));
            return;
        }
        accept(request, body, tree);
    }

    private static void accept(ContainerRequestContext request, byte[] body, JsonNode tree) {
        Verdict.VALID.attachTo(request);
        if (tree != null) {
            ParsedBody.attach(request, tree);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static void reject(ContainerRequestContext request, Vendor vendor, Response.Status status, String why) {
        Verdict.invalid(List.of(why)).attachTo(request);
        request.abortWith(vendor.error(status, why));
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
