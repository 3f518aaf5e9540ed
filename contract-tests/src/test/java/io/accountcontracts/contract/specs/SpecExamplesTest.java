package io.accountcontracts.contract.specs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.contract.support.OfflineValidator;
import io.accountcontracts.contract.support.Resources;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example the shipped specs embed matches its own schema: named request examples are sent as
 * requests, named response examples are answered with their status, and schema, parameter and
 * header examples are checked against the schema they sit on. Generators and docs copy these
 * examples, so a wrong one would spread.
 */
class SpecExamplesTest {

    private static final String VANTAGE = Resources.text("/openapi/vantage-managed-accounts.yaml");
    private static final String ELASTIC_PATH = Resources.text("/openapi/elasticpath-accounts.yaml");

    @TestFactory
    Stream<DynamicTest> everyVantageExampleMatchesItsSchema() {
        return ExampleTests.of("vantage", VANTAGE, InteractionValidation.of(OfflineValidator.VANTAGE));
    }

    @TestFactory
    Stream<DynamicTest> everyElasticPathExampleMatchesItsSchema() {
        return ExampleTests.of("elasticpath", ELASTIC_PATH, InteractionValidation.of(OfflineValidator.ELASTIC_PATH));
    }

    // Guards the walk itself: a finder that silently found nothing would make the factories pass.
    @Test
    void bothSpecsYieldRequestResponseAndSchemaExamples() {
        for (String spec : List.of(VANTAGE, ELASTIC_PATH)) {
            List<SpecExample> examples = ExampleTests.examples(spec);
            assertTrue(
                    examples.stream().anyMatch(SpecExample.RequestBody.class::isInstance), "no request example found");
            assertTrue(
                    examples.stream().anyMatch(SpecExample.ResponseBody.class::isInstance),
                    "no response example found");
            assertTrue(
                    examples.stream()
                            .anyMatch(e -> e.location().startsWith("components.schemas.")
                                    && e.location().endsWith(".properties.name.example")),
                    "no property example found");
            assertTrue(
                    examples.stream().anyMatch(e -> e.location().startsWith("components.parameters.")),
                    "no parameter example found");
        }
    }
}
