package io.accountcontracts.contract.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.accountcontracts.stub.validation.Methods;
import java.util.Optional;

/**
 * Checks recorded exchanges against one spec, read from the {@code openapi} artifact on the test
 * classpath: the same files users import, not a copy.
 */
public final class OfflineValidator {

    // The validator treats every object schema as closed unless told otherwise; the specs do not: their
    // response schemas stay open to fields a vendor adds later, and their request schemas close
    // themselves with additionalProperties: false. So check what the specs say, no more.
    public static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
            .build();

    public static final OfflineValidator VANTAGE = new OfflineValidator("/openapi/vantage-managed-accounts.yaml");
    public static final OfflineValidator ELASTIC_PATH = new OfflineValidator("/openapi/elasticpath-accounts.yaml");

    private final String resource;
    private final OpenApiInteractionValidator validator;

    private OfflineValidator(String resource) {
        this(resource, Resources.text(resource));
    }

    private OfflineValidator(String name, String specText) {
        this.resource = name;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(specText)
                .withLevelResolver(LEVELS)
                .build();
    }

    /** Validation against a spec written inside a test, such as a deliberately wrong one. */
    public static OfflineValidator inline(String specText) {
        return new OfflineValidator("an inline spec", specText);
    }

    public static OfflineValidator forPath(String path) {
        String collection = "/v2/managed_accounts";
        boolean vantage = path.startsWith(collection)
                && (path.length() == collection.length() || "/?".indexOf(path.charAt(collection.length())) >= 0);
        return vantage ? VANTAGE : ELASTIC_PATH;
    }

    public ValidationReport validateRequest(Exchange exchange) {
        Optional<Request.Method> method = Methods.of(exchange.method());
        if (method.isEmpty()) {
            return noSuchOperation(exchange);
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(method.get(), exchange.path());
        exchange.requestHeaders().forEach(request::withHeader);
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            request.withBody(exchange.requestBody());
        }
        return validator.validateRequest(request.build());
    }

    public ValidationReport validateResponse(Exchange exchange) {
        Optional<Request.Method> method = Methods.of(exchange.method());
        if (method.isEmpty()) {
            return noSuchOperation(exchange);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (!exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        return validator.validateResponse(exchange.path(), method.get(), response.build());
    }

    // As the validator reports a known method on a path that has no operation for it: a method no spec has
    // (FOO, or put in lower case) must fail the check, not crash it.
    private static ValidationReport noSuchOperation(Exchange exchange) {
        return ValidationReport.singleton(ValidationReport.Message.create(
                        "validation.request.operation.notAllowed",
                        exchange.method() + " " + exchange.path() + " is no operation of the spec.")
                .build());
    }

    @Override
    public String toString() {
        return resource;
    }
}
