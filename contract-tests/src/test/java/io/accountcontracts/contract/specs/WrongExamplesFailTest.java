package io.accountcontracts.contract.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.contract.support.Resources;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The example check must be able to fail: wrong examples of every kind are caught, right ones are not. */
class WrongExamplesFailTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: deliberately wrong examples, version: '1'}
            paths:
              /things/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: string, example: t-1}}
                put:
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, maximum: 10}, example: 11}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
                        examples:
                          nameIsANumber: {value: {name: 42}}
                          right: {value: {name: spoon}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
                          examples:
                            nameMissing: {value: {size: 1}}
            components:
              schemas:
                Thing:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, example: 7}
                    size: {type: integer, example: 3}
            """;

    @Test
    void everyKindOfWrongExampleIsReportedWithTheValidatorsReason() {
        Map<String, String> problems = problemsByLocation(SPEC);

        assertEquals(
                List.of(
                        "components.schemas.Thing.properties.name.example",
                        "paths./things/{id}.put.parameters[0].example",
                        "paths./things/{id}.put.requestBody.content.application/json.examples.nameIsANumber",
                        "paths./things/{id}.put.responses.200.content.application/json.examples.nameMissing"),
                problems.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(Map.Entry::getKey)
                        .toList(),
                problems.toString());
        assertTrue(problems.get("components.schemas.Thing.properties.name.example")
                .contains("schema: validation.example.schema.type"));
        assertTrue(problems.get("paths./things/{id}.put.parameters[0].example")
                .contains("schema: validation.example.schema.maximum"));
        assertTrue(problems.get("paths./things/{id}.put.requestBody.content.application/json.examples.nameIsANumber")
                .contains("PUT /things/t-1 request: validation.request.body.schema.type"));
        assertTrue(problems.get("paths./things/{id}.put.responses.200.content.application/json.examples.nameMissing")
                .contains("PUT /things/t-1 -> 200 response: validation.response.body.schema.required"));
    }

    @Test
    void rightExamplesNextToTheWrongOnesPass() {
        Map<String, String> problems = problemsByLocation(SPEC);

        assertEquals("", problems.get("components.schemas.Thing.properties.size.example"));
        assertEquals("", problems.get("paths./things/{id}.put.requestBody.content.application/json.examples.right"));
        assertEquals("", problems.get("paths./things/{id}.parameters[0].schema.example"));
    }

    @Test
    void wrongExampleMakesItsDynamicTestFailUnderItsLocation() {
        DynamicTest test = ExampleTests.of("wrong", SPEC, InteractionValidation.inline(SPEC))
                .filter(t -> t.getDisplayName().equals("wrong: components.schemas.Thing.properties.name.example"))
                .findFirst()
                .orElseThrow();

        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class, () -> test.getExecutable().execute());
        assertTrue(
                failure.getMessage()
                        .startsWith("wrong: the example at components.schemas.Thing.properties.name.example"
                                + " does not match its schema"),
                failure.getMessage());
    }

    @Test
    void numericJsonApiStatusExampleInACopyOfTheElasticPathSpecFails() {
        String shipped = Resources.text("/openapi/elasticpath-accounts.yaml");
        String copy = shipped.replace("example: '404'", "example: 404");

        assertNotEquals(shipped, copy, "the Error.status example was not found in the spec");
        assertEquals(
                List.of("components.schemas.Error.properties.status.example"),
                problemsByLocation(copy).entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(Map.Entry::getKey)
                        .toList());
    }

    private static Map<String, String> problemsByLocation(String spec) {
        ExampleChecks checks = new ExampleChecks(spec, InteractionValidation.inline(spec));
        return ExampleTests.examples(spec).stream()
                .collect(Collectors.toMap(
                        SpecExample::location,
                        example -> String.join("\n", checks.problems(example)),
                        (a, b) -> a + b,
                        TreeMap::new));
    }
}
