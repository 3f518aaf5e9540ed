package io.accountcontracts.contract.specs;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.contract.support.Exchange;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Says what is wrong with an example, checking it the way the validator checks real traffic. */
final class ExampleChecks {

    private final InteractionValidation interactions;
    private final SchemaValidator schemas;

    ExampleChecks(String specText, InteractionValidation interactions) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api =
                new OpenAPIV3Parser().readContents(specText, null, options).getOpenAPI();
        this.interactions = interactions;
        // The validator's own schema checker, so nullable, formats and $refs mean what they mean for traffic.
        this.schemas = new SchemaValidator(api, new MessageResolver());
    }

    List<String> problems(SpecExample example) {
        if (example instanceof SpecExample.RequestBody request) {
            return request.operations().stream()
                    .flatMap(operation -> errors(
                            operation + " request",
                            interactions
                                    .request()
                                    .apply(new Exchange(
                                            operation.method(),
                                            operation.path(),
                                            Map.of(
                                                    "Content-Type",
                                                    List.of(request.mediaType()),
                                                    "Authorization",
                                                    List.of("Bearer x")),
                                            body(request.value(), request.mediaType()),
                                            0,
                                            Map.of(),
                                            ""))))
                    .toList();
        }
        if (example instanceof SpecExample.ResponseBody response) {
            return response.answers().stream()
                    .flatMap(answer -> errors(
                            answer + " response",
                            interactions
                                    .response()
                                    .apply(new Exchange(
                                            answer.operation().method(),
                                            answer.operation().path(),
                                            Map.of(),
                                            null,
                                            answer.status(),
                                            Map.of("Content-Type", List.of(response.mediaType())),
                                            body(response.value(), response.mediaType())))))
                    .toList();
        }
        SpecExample.OfSchema ofSchema = (SpecExample.OfSchema) example;
        Schema<?> schema = Json.mapper().convertValue(ofSchema.schema(), Schema.class);
        // The JsonNode overload, not the String one: that one reads the text of a string-typed
        // schema as the string itself, so an example of 7 on a string would pass as "7".
        return errors("schema", schemas.validate(ofSchema::value, schema, "example"))
                .toList();
    }

    private static String body(JsonNode value, String mediaType) {
        return value.isTextual() && !mediaType.contains("json") ? value.asText() : value.toString();
    }

    private static Stream<String> errors(String against, ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> against + ": " + message.getKey() + ": " + message.getMessage());
    }
}
