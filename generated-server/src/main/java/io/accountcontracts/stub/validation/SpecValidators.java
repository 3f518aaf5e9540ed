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
import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One validator per vendor spec, built once from the specs on the classpath (the {@code openapi}
 * artifact), because building one parses and resolves the whole document. Each spec is parsed once,
 * and the full validator and the per-operation {@link OperationScreen}s share that parsed model.
 */
public final class SpecValidators {

    private static final String VANTAGE_SAMPLE = "/v2/managed_accounts/warm-up";
    private static final String ELASTIC_PATH_SAMPLE = "/v2/accounts/warm-up";
    // BearerAuthFilter has already checked the header, as RFC 7235 reads it; the validator would
    // refuse a lower-case "bearer" scheme that the RFC allows. And the validator, left to itself, treats
    // every object schema as closed: a response field the vendor added later (or a fixture holding one)
    // would be refused. The specs close the request schemas themselves (additionalProperties: false),
    // so that rule still holds for requests.
    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
            .build();

    private final Map<Vendor, CompletableFuture<Spec>> specs = new EnumMap<>(Vendor.class);

    private record Spec(OpenAPI api, OpenApiInteractionValidator validator, Map<String, OperationScreen> screens) {}

    /**
     * Starts loading both specs, each on its own thread: parsing them is most of the stub's start-up,
     * and the server is set up meanwhile. Every method waits for the spec it needs.
     */
    public SpecValidators() {
        specs.put(
                Vendor.VANTAGE,
                loadInBackground("/openapi/vantage-managed-accounts.yaml", VANTAGE_SAMPLE, "{\"name\":\"warm-up\"}"));
        specs.put(
                Vendor.ELASTIC_PATH,
                loadInBackground(
                        "/openapi/elasticpath-accounts.yaml",
                        ELASTIC_PATH_SAMPLE,
                        "{\"data\":{\"type\":\"account\",\"name\":\"warm-up\"}}"));
    }

    public ValidationReport validateRequest(Vendor vendor, Request request) {
        return spec(vendor).validator().validateRequest(request);
    }

    /**
     * True when the request certainly conforms to the vendor's spec, found without the full validator.
     * False means only that {@link #validateRequest} must decide.
     *
     * @param operationId the operation the route table took the request for; null when none
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query string as sent, or null
     * @param body the body as parsed, null when none was sent: the screen checks this very tree
     */
    public boolean conformsQuickly(
            Vendor vendor,
            String operationId,
            String method,
            String rawPath,
            String rawQuery,
            String contentType,
            String accept,
            JsonNode body) {
        OperationScreen screen =
                operationId == null ? null : spec(vendor).screens().get(operationId);
        return screen != null && screen.conforms(method, rawPath, rawQuery, contentType, accept, body);
    }

    public ValidationReport validateResponse(Vendor vendor, Request.Method method, String path, Response response) {
        return spec(vendor).validator().validateResponse(path, method, response);
    }

    /**
     * The vendor's spec as parsed for the validators, references resolved, for reading what it documents
     * (never to be changed: the validators read the same model).
     */
    public OpenAPI parsedSpec(Vendor vendor) {
        return spec(vendor).api();
    }

    /** Error messages of a report, one line each. */
    public static List<String> errors(ValidationReport report) {
        return problems(report).stream().map(Problem::message).toList();
    }

    /** Errors of a report with the rule (message key) each broke, for tallying by rule. */
    public static List<Problem> problems(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> new Problem(m.getKey(), m.getMessage()))
                .toList();
    }

    /** Checks a stored Vantage record against the spec's 200 response schema. */
    public List<String> checkManagedAccount(String json) {
        return errors(validateResponse(Vendor.VANTAGE, Request.Method.PUT, VANTAGE_SAMPLE, ok(json)));
    }

    /** Checks a stored Elastic Path record (the {@code data} object) against the spec's 200 response schema. */
    public List<String> checkAccount(String json) {
        return errors(validateResponse(
                Vendor.ELASTIC_PATH, Request.Method.PUT, ELASTIC_PATH_SAMPLE, ok("{\"data\":" + json + "}")));
    }

    /**
     * Checks an answer an operation would send, as strict response validation would: a JSON body (or none)
     * and headers, against what the spec documents for the status. For a chosen body, checked before it is
     * ever sent.
     *
     * @param body the body as JSON text; null for none
     * @return each problem with its rule; empty when the answer conforms, or the operation is not known
     */
    public List<Problem> checkAnswer(String operationId, int status, String body, Map<String, String> headers) {
        for (Vendor vendor : Vendor.values()) {
            if (vendor.operationId().equals(operationId)) {
                SimpleResponse.Builder answer =
                        SimpleResponse.Builder.status(status).withContentType("application/json");
                headers.forEach(answer::withHeader);
                if (body != null) {
                    answer.withBody(body);
                }
                String path = vendor == Vendor.VANTAGE ? VANTAGE_SAMPLE : ELASTIC_PATH_SAMPLE;
                return problems(validateResponse(vendor, Request.Method.PUT, path, answer.build()));
            }
        }
        return List.of();
    }

    /** Waits until both specs are loaded, and each has run one throw-away request through both checks. */
    public void awaitLoaded() {
        specs.keySet().forEach(this::spec);
    }

    private static Response ok(String json) {
        return SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(json)
                .build();
    }

    private Spec spec(Vendor vendor) {
        try {
            return specs.get(vendor).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static CompletableFuture<Spec> loadInBackground(String resource, String samplePath, String sampleBody) {
        return CompletableFuture.supplyAsync(() -> warm(load(resource), samplePath, sampleBody), task -> {
            Thread loader = new Thread(task, "spec-loader " + resource);
            loader.setDaemon(true);
            loader.start();
        });
    }

    private static Spec load(String resource) {
        OpenAPI api = new OpenApiLoader().loadApi(SpecSource.inline(read(resource)), List.of(), parseOptions());
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LEVELS)
                .build();
        SchemaValidator schemas = new SchemaValidator(api, new MessageResolver(LEVELS));
        Map<String, OperationScreen> screens = new HashMap<>();
        api.getPaths()
                .forEach((template, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> OperationScreen.of(
                                        template,
                                        method.name(),
                                        operation,
                                        item.getParameters(),
                                        api.getComponents() == null
                                                ? null
                                                : api.getComponents().getSchemas(),
                                        schemas)
                                .ifPresent(screen -> screens.put(operation.getOperationId(), screen))));
        return new Spec(api, validator, Map.copyOf(screens));
    }

    // The first validation is far slower than later ones; pay for it before the first caller does.
    private static Spec warm(Spec spec, String path, String body) {
        spec.validator()
                .validateRequest(SimpleRequest.Builder.put(path)
                        .withContentType("application/json")
                        .withAuthorization("Bearer warm-up")
                        .withBody(body)
                        .build());
        JsonNode tree;
        try {
            tree = JsonMapper.create().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.screens().values().forEach(screen -> screen.conforms("PUT", path, null, "application/json", null, tree));
        return spec;
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
