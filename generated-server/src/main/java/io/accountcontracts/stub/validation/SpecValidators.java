package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.accountcontracts.stub.errors.Vendor;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One validator per vendor spec, built once from the specs on the classpath (the {@code openapi}
 * artifact), because building one parses and resolves the whole document. Each spec is parsed once,
 * and the full validator and the per-operation {@link OperationScreen}s share that parsed model.
 */
public final class SpecValidators {

    private static final String VANTAGE_SAMPLE = "/v2/managed_accounts/warm-up";
    private static final String ELASTIC_PATH_SAMPLE = "/v2/accounts/warm-up";
    // BearerAuthFilter has already checked the header, as RFC 7235 reads it; the validator would
    // refuse a lower-case "bearer" scheme that the RFC allows.
    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .build();

    private final Map<Vendor, OpenApiInteractionValidator> validators = new EnumMap<>(Vendor.class);
    private final Map<Vendor, List<OperationScreen>> screens = new EnumMap<>(Vendor.class);

    public SpecValidators() {
        load(Vendor.VANTAGE, "/openapi/vantage-managed-accounts.yaml");
        load(Vendor.ELASTIC_PATH, "/openapi/elasticpath-accounts.yaml");
    }

    public ValidationReport validateRequest(Vendor vendor, Request request) {
        return validators.get(vendor).validateRequest(request);
    }

    /**
     * True when the request certainly conforms to the vendor's spec, found without the full validator.
     * False means only that {@link #validateRequest} must decide.
     *
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query string as sent, or null
     * @param body the body as text, empty when none was sent
     */
    public boolean conformsQuickly(Vendor vendor, String method, String rawPath, String rawQuery,
            String contentType, String accept, String body) {
        for (OperationScreen screen : screens.get(vendor)) {
            if (screen.conforms(method, rawPath, rawQuery, contentType, accept, body)) {
                return true;
            }
        }
        return false;
    }

    public ValidationReport validateResponse(Vendor vendor, Request.Method method, String path, Response response) {
        return validators.get(vendor).validateResponse(path, method, response);
    }

    /** Error messages of a report, one line each. */
    public static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .toList();
    }

    /** Checks a stored Vantage record against the spec's 200 response schema. */
    public List<String> checkManagedAccount(String json) {
        return errors(validateResponse(Vendor.VANTAGE, Request.Method.PUT, VANTAGE_SAMPLE, ok(json)));
    }

    /** Checks a stored Elastic Path record (the {@code data} object) against the spec's 200 response schema. */
    public List<String> checkAccount(String json) {
        return errors(validateResponse(Vendor.ELASTIC_PATH, Request.Method.PUT, ELASTIC_PATH_SAMPLE,
                ok("{\"data\":" + json + "}")));
    }

    /** Runs one throw-away request validation per spec: the validator's first call is far slower than later ones. */
    public void warmUp() {
        validateRequest(Vendor.VANTAGE, SimpleRequest.Builder.put(VANTAGE_SAMPLE)
                .withContentType("application/json").withAuthorization("Bearer warm-up")
                .withBody("{\"name\":\"warm-up\"}").build());
        validateRequest(Vendor.ELASTIC_PATH, SimpleRequest.Builder.put(ELASTIC_PATH_SAMPLE)
                .withContentType("application/json").withAuthorization("Bearer warm-up")
                .withBody("{\"data\":{\"type\":\"account\",\"name\":\"warm-up\"}}").build());
        conformsQuickly(Vendor.VANTAGE, "PUT", VANTAGE_SAMPLE, null, "application/json", null, "{\"name\":\"warm-up\"}");
        conformsQuickly(Vendor.ELASTIC_PATH, "PUT", ELASTIC_PATH_SAMPLE, null, "application/json", null,
                "{\"data\":{\"type\":\"account\",\"name\":\"warm-up\"}}");
    }

    private static Response ok(String json) {
        return SimpleResponse.Builder.ok().withContentType("application/json").withBody(json).build();
    }

    private void load(Vendor vendor, String resource) {
        OpenAPI api = new OpenApiLoader().loadApi(SpecSource.inline(read(resource)), List.of(), parseOptions());
        validators.put(vendor, OpenApiInteractionValidator.createFor(api).withLevelResolver(LEVELS).build());
        SchemaValidator schemas = new SchemaValidator(api, new MessageResolver(LEVELS));
        List<OperationScreen> found = new ArrayList<>();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                OperationScreen.of(template, method.name(), operation, item.getParameters(), schemas)
                        .ifPresent(found::add)));
        screens.put(vendor, List.copyOf(found));
    }

    // What OpenApiInteractionValidator.Builder uses when it loads a spec itself.
    private static ParseOptions parseOptions() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        return options;
    }

    private static String read(String resource) {
        try (InputStream in = SpecValidators.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
