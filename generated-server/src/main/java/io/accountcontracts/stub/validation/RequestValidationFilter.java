package io.accountcontracts.stub.validation;

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

    /**
     * The rule of a query parameter the operation does not declare. Neither vendor's published description,
     * nor their SDKs, says that such a parameter is refused (nor that it is ignored), and neither documents a
     * 400 for it; the stub takes it that the parameter is ignored, answers as usual, and reports the request as
     * breaking the contract. With any other problem the request is refused, and this one is named with the rest.
     */
    static final String UNEXPECTED_QUERY_PARAMETER = "validation.request.parameter.query.unexpected";

    private final SpecValidators validators;
    private final ObjectMapper mapper;
    private final BodyLimit bodyLimit;
    private final RefusalStatus refusals;

    public RequestValidationFilter(SpecValidators validators, ObjectMapper mapper, int maxBodyBytes) {
        this.validators = validators;
        this.mapper = mapper;
        this.bodyLimit = new BodyLimit(maxBodyBytes);
        this.refusals = new RefusalStatus(validators);
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
            bodyLimit.refuse(request, vendor, refusals.of(route, Response.Status.REQUEST_ENTITY_TOO_LARGE));
            return;
        }
        Optional<String> text = utf8(body);
        if (text.isEmpty()) {
            reject(request, vendor, Response.Status.BAD_REQUEST, "The request body is not valid UTF-8.");
            return;
        }
        ParsedBody.attachText(request, text.get());
        // Parsed here, once, so that a malformed body is answered in our words rather than the parser's,
        // and so that the resource merges the very tree that was validated: the quick screen and the full
        // validator are both handed this tree.
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
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        // Most valid requests are settled by the quick screen; anything else, and every rejection, by
        // the full validator below (the screen takes no request with a query).
        if (validators.conformsQuickly(
                vendor,
                route.operationId(),
                request.getMethod(),
                path,
                query,
                request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                request.getHeaderString(HttpHeaders.ACCEPT),
                tree)) {
            accept(request, body, tree, Verdict.VALID);
            return;
        }
        if (Methods.of(request.getMethod()).isEmpty()) {
            // Jersey matches no resource to such a method, so this is a safeguard: the validator would read
            // "put" as PUT and crash on FOO.
            reject(
                    request,
                    vendor,
                    Response.Status.METHOD_NOT_ALLOWED,
                    "This method is not allowed here; see the Allow header.");
            return;
        }
        List<Problem> problems = SpecValidators.problems(validators.validateRequest(
                vendor, ValidatorRequest.of(request.getMethod(), path, query, request.getHeaders(), text.get(), tree)));
        if (problems.isEmpty()) {
            accept(request, body, tree, Verdict.VALID);
            return;
        }
        Verdict invalid = Verdict.invalidBy(problems);
        if (problems.stream().allMatch(p -> UNEXPECTED_QUERY_PARAMETER.equals(p.rule()))) {
            // Answered as the vendors are taken to answer it (see the field's comment), yet journaled and
            // tallied as the breach it is, so that a test sending it still fails.
            accept(request, body, tree, invalid);
            return;
        }
        invalid.attachTo(request);
        request.abortWith(vendor.error(
                Response.Status.BAD_REQUEST,
                invalid.problems(),
                problems.stream().map(Problem::parameter).toList()));
    }

    private static void accept(ContainerRequestContext request, byte[] body, JsonNode tree, Verdict verdict) {
        verdict.attachTo(request);
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
