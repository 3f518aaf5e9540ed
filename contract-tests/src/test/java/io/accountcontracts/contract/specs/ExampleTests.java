package io.accountcontracts.contract.specs;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** One test per example of a spec, named "label: location", failing with what is wrong. */
final class ExampleTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ExampleTests() {}

    static Stream<DynamicTest> of(String label, String specText, InteractionValidation interactions) {
        ExampleChecks checks = new ExampleChecks(specText, interactions);
        return examples(specText).stream()
                .map(example -> DynamicTest.dynamicTest(label + ": " + example.location(), () -> {
                    List<String> problems = checks.problems(example);
                    if (!problems.isEmpty()) {
                        fail(label + ": the example at " + example.location() + " does not match its schema:\n  "
                                + String.join("\n  ", problems));
                    }
                }));
    }

    static List<SpecExample> examples(String specText) {
        try {
            JsonNode root = YAML.readTree(specText);
            return ExampleFinder.find(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
