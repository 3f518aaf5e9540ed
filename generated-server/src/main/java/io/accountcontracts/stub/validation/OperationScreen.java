package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A quick "conforms" for the everyday request to one operation of a spec, and nothing else.
 *
 * <p>The full validator spends most of its time on finding the operation and parsing media types
 * with a general-purpose parser, before it checks the body. This screen knows its one operation in
 * advance and accepts only the plainest spellings of the media types, then checks the path
 * parameters and the body with the full validator's own {@link SchemaValidator}, built on the same
 * parsed spec, so a value passes here only if it passes there. Anything it does not recognise (a
 * query string, an escaped path character, another media type spelling, a failing schema) is left to
 * the full validator, which alone decides and words every rejection.
 */
final class OperationScreen {

    private static final Set<String> PLAIN_JSON =
            Set.of("application/json", "application/json;charset=utf-8", "application/json; charset=utf-8");
    private static final Set<String> PLAIN_ACCEPT = Set.of("application/json", "*/*");

    private final String method;
    private final String[] segments;
    private final Schema<?>[] parameterSchemas;
    private final Schema<?> bodySchema;
    private final SchemaValidator schemas;

    private OperationScreen(
            String method,
            String[] segments,
            Schema<?>[] parameterSchemas,
            Schema<?> bodySchema,
            SchemaValidator schemas) {
        this.method = method;
        this.segments = segments;
        this.parameterSchemas = parameterSchemas;
        this.bodySchema = bodySchema;
        this.schemas = schemas;
    }

    /**
     * A screen for an operation that takes a required JSON body, declares no parameters but path ones,
     * and answers only JSON; empty for any other operation, which then always gets the full validator.
     */
    static Optional<OperationScreen> of(
            String pathTemplate,
            String method,
            Operation operation,
            List<Parameter> pathItemParameters,
            Map<String, Schema> components,
            SchemaValidator schemas) {
        List<Parameter> parameters = new ArrayList<>();
        if (pathItemParameters != null) {
            parameters.addAll(pathItemParameters);
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean onlyPathParameters = parameters.stream().allMatch(p -> "path".equals(p.getIn()));
        boolean requiredJsonBody = operation.getRequestBody() != null
                && Boolean.TRUE.equals(operation.getRequestBody().getRequired())
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().equals(Set.of("application/json"));
        boolean answersJson = operation.getResponses() != null
                && operation.getResponses().values().stream()
                        .map(ApiResponse::getContent)
                        .allMatch(content -> content != null && content.containsKey("application/json"));
        if (!onlyPathParameters || !requiredJsonBody || !answersJson) {
            return Optional.empty();
        }
        String[] segments = pathTemplate.substring(1).split("/", -1);
        Schema<?>[] parameterSchemas = new Schema<?>[segments.length];
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{") && segments[i].endsWith("}")) {
                String name = segments[i].substring(1, segments[i].length() - 1);
                Optional<Parameter> declared = parameters.stream()
                        .filter(p -> name.equals(p.getName()))
                        .findFirst();
                if (declared.isEmpty() || declared.get().getSchema() == null) {
                    return Optional.empty();
                }
                // null: any non-empty segment satisfies it, so there is nothing to ask the validator.
                parameterSchemas[i] = anyNonEmptyString(declared.get().getSchema())
                        ? null
                        : declared.get().getSchema();
                segments[i] = null;
            } else if (segments[i].contains("{")) {
                return Optional.empty();
            }
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json.getSchema() == null) {
            return Optional.empty();
        }
        return Optional.of(new OperationScreen(
                method, segments, parameterSchemas, byReference(json.getSchema(), components), schemas));
    }

    /** A plain string schema that every non-empty string satisfies (both specs' ids are such). */
    private static boolean anyNonEmptyString(Schema<?> schema) {
        return "string".equals(schema.getType())
                && schema.getFormat() == null
                && schema.getPattern() == null
                && schema.getMaxLength() == null
                && schema.getEnum() == null
                && schema.getNot() == null
                && schema.getAllOf() == null
                && schema.getAnyOf() == null
                && schema.getOneOf() == null
                && (schema.getMinLength() == null || schema.getMinLength() <= 1);
    }

    /**
     * The body schema as a reference to its component, when it is one. The validator caches each compiled
     * schema under the schema object itself, so every check hashes and compares that key: for a whole
     * request schema, a walk of every nested property on every request. A one-field reference is the
     * same schema to the validator (it resolves it against the spec's components) at a fraction of that
     * cost. The agreement property in the contract tests holds it to the full validator's verdicts.
     */
    private static Schema<?> byReference(Schema<?> schema, Map<String, Schema> components) {
        if (components == null) {
            return schema;
        }
        return components.entrySet().stream()
                .filter(component ->
                        component.getValue() == schema || component.getValue().equals(schema))
                .findFirst()
                .<Schema<?>>map(component -> new Schema<>().$ref("#/components/schemas/" + component.getKey()))
                .orElse(schema);
    }

    /**
     * True only when the request certainly conforms. False means "ask the full validator", not "invalid".
     *
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query string as sent, or null
     * @param body the body as parsed, null when none was sent
     */
    boolean conforms(String method, String rawPath, String rawQuery, String contentType, String accept, JsonNode body) {
        if (!this.method.equals(method)
                || rawQuery != null
                || body == null
                || contentType == null
                || !PLAIN_JSON.contains(plain(contentType))
                || (accept != null && !PLAIN_ACCEPT.contains(plain(accept)))) {
            return false;
        }
        if (!rawPath.startsWith("/") || rawPath.indexOf('%') >= 0) {
            return false;
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        if (parts.length != segments.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (segments[i] == null) {
                String value = parts[i];
                if (value.isEmpty()
                        || (parameterSchemas[i] != null
                                && !passes(schemas.validate(
                                        () -> TextNode.valueOf(value),
                                        parameterSchemas[i],
                                        "request.parameter.path")))) {
                    return false;
                }
            } else if (!segments[i].equals(parts[i])) {
                return false;
            }
        }
        return passes(schemas.validate(() -> body, bodySchema, "request.body"));
    }

    private static boolean passes(ValidationReport report) {
        return report.getMessages().stream().noneMatch(m -> m.getLevel() == ValidationReport.Level.ERROR);
    }

    private static String plain(String mediaType) {
        return mediaType.toLowerCase(Locale.ROOT);
    }
}
