package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.OpenApiInteractionValidator.SpecSource;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One vendor's spec as swagger-parser reads it, and swagger-request-validator's validator on it: what decides
 * (and words) everything the screens do not take. Every class of those libraries the stub touches is touched
 * from here, so that a stub whose requests and answers all pass the screens never loads one.
 */
final class FullValidator {

    // BearerAuthFilter has already checked the header, as RFC 7235 reads it; the validator would
    // refuse a lower-case "bearer" scheme that the RFC allows. And the validator, left to itself, treats
    // every object schema as closed: a response field the vendor added later (or a fixture holding one)
    // would be refused. The specs close the request schemas themselves (additionalProperties: false),
    // so that rule still holds for requests.
    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .withLevel(SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
            .build();

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;

    private FullValidator(OpenAPI api, OpenApiInteractionValidator validator) {
        this.api = api;
        this.validator = validator;
    }

    /**
     * Parses and resolves the spec and builds the validator on it, then runs one valid request through it:
     * the first validation is far slower than later ones, and this is paid for while loading.
     */
    static FullValidator load(String resource, String samplePath, String sampleBody) {
        OpenAPI api = new OpenApiLoader().loadApi(SpecSource.inline(read(resource)), List.of(), parseOptions());
        FullValidator full = new FullValidator(
                api,
                OpenApiInteractionValidator.createFor(api)
                        .withLevelResolver(LEVELS)
                        .build());
        full.validateRequest(SimpleRequest.Builder.put(samplePath)
                .withContentType("application/json")
                .withAuthorization("Bearer warm-up")
                .withBody(sampleBody)
                .build());
        return full;
    }

    OpenAPI api() {
        return api;
    }

    ValidationReport validateRequest(Request request) {
        return validator.validateRequest(request);
    }

    ValidationReport validateResponse(String path, Request.Method method, Response response) {
        return validator.validateResponse(path, method, response);
    }

    /** An answer to a request on {@code path}: JSON, or no body when it is null, with the headers given. */
    List<Problem> checkAnswer(
            Request.Method method, String path, int status, String body, Map<String, String> headers) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status).withContentType("application/json");
        headers.forEach(answer::withHeader);
        if (body != null) {
            answer.withBody(body);
        }
        return problems(validateResponse(path, method, answer.build()));
    }

    /** Errors of a report with the rule (message key) each broke. */
    static List<Problem> problems(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> new Problem(m.getKey(), namingTheParameter(m), parameterName(m)))
                .toList();
    }

    // A body's problem names its place ("[Path '/data/name'] ..."); a parameter's names nothing, so it is named
    // here, as the body's place is: "[Query parameter 'page[limit]'] Numeric instance is greater ...".
    private static String namingTheParameter(ValidationReport.Message message) {
        // A value the schema check could not even read ("+5" for an integer) is reported in the JSON reader's
        // words, naming its settings: said here in the caller's.
        if (message.getKey().endsWith(".invalidJson")) {
            return message.getContext()
                    .flatMap(ValidationReport.MessageContext::getParameter)
                    .map(parameter -> "[" + capitalised(String.valueOf(parameter.getIn())) + " parameter '"
                            + parameter.getName() + "'] is not a value of the type the operation takes")
                    .orElse("A value is not of the type the operation takes.");
        }
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .filter(parameter -> parameter.getName() != null && parameter.getIn() != null)
                .filter(parameter -> !message.getMessage().contains("'" + parameter.getName() + "'"))
                .map(parameter -> "[" + capitalised(parameter.getIn()) + " parameter '" + parameter.getName() + "'] "
                        + message.getMessage())
                .orElse(message.getMessage());
    }

    private static String parameterName(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(io.swagger.v3.oas.models.parameters.Parameter::getName)
                .orElse(null);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
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
        try (InputStream in = FullValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
