package io.accountcontracts.contract.coverage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.DocumentedOperation;
import io.accountcontracts.contract.support.ResponseCoverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties) and writes
 * {@code target/contract-coverage.md}: each documented (operation, status) pair and whether a
 * validated exchange with the in-process stub exercised it, and which request properties conforming
 * requests carried. Fails when a documented response went unexercised. Fakes and live targets do not
 * count (see {@link ResponseCoverage}): they say nothing about what the stub does.
 */
@Order(Integer.MAX_VALUE)
class ResponseCoverageGateTest {

    static final Path REPORT = Path.of("target", "contract-coverage.md");
    // A programmed answer is the spec's example sent back, so it shows nothing about the stub: a status counts
    // only when the stub gave it on its own. But for its server error, which it gives only when told to.
    private static final Set<String> ONLY_WHEN_PROGRAMMED = Set.of("500", "default");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDocumentedResponseIsExercisedByAValidatedExchangeWithTheInProcessStub() throws IOException {
        List<DocumentedOperation> operations = new ArrayList<>();
        operations.addAll(DocumentedOperation.read(DocumentedOperation.VANTAGE));
        operations.addAll(DocumentedOperation.read(DocumentedOperation.ELASTIC_PATH));
        List<ResponseCoverage.Validated> validated = ResponseCoverage.validated();

        StringBuilder report = new StringBuilder("# Contract coverage\n\n")
                .append(validated.size())
                .append(" validated exchanges with the in-process stub.\n");
        List<String> missing = new ArrayList<>();
        for (DocumentedOperation op : operations) {
            Map<String, Integer> hits = new LinkedHashMap<>();
            Map<String, Integer> programmed = new LinkedHashMap<>();
            op.statuses().forEach(status -> hits.put(status, 0));
            Set<String> exercised = new TreeSet<>();
            for (ResponseCoverage.Validated v : validated) {
                if (!v.exchange().method().equals(op.method())
                        || !op.path().matcher(v.exchange().path()).matches()) {
                    continue;
                }
                String status = op.documentedStatus(v.exchange().status());
                if (status != null) {
                    (v.programmed() ? programmed : hits).merge(status, 1, Integer::sum);
                }
                if (v.requestConforms()) {
                    exercised.addAll(propertiesOf(v.exchange().requestBody()));
                }
            }
            report.append("\n## ")
                    .append(op.method())
                    .append(' ')
                    .append(op.pathTemplate())
                    .append(" (")
                    .append(op.spec())
                    .append(")\n\n| status | exchanges | programmed | exercised |\n|---|---|---|---|\n");
            hits.forEach((status, count) -> {
                int asked = programmed.getOrDefault(status, 0);
                boolean exercisedHere = count > 0 || (asked > 0 && ONLY_WHEN_PROGRAMMED.contains(status));
                report.append("| ")
                        .append(status)
                        .append(" | ")
                        .append(count)
                        .append(" | ")
                        .append(asked)
                        .append(" | ")
                        .append(exercisedHere ? "yes" : "**NO**")
                        .append(" |\n");
                if (!exercisedHere) {
                    missing.add(op.method() + " " + op.pathTemplate() + " " + status);
                }
            });
            report.append("\n| request property | carried by a conforming request |\n|---|---|\n");
            op.requestProperties()
                    .forEach(p -> report.append("| `")
                            .append(p)
                            .append("` | ")
                            .append(exercised.contains(p) ? "yes" : "no")
                            .append(" |\n"));
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);

        assertTrue(
                missing.isEmpty(),
                "documented responses no validated exchange with the in-process stub exercised: "
                        + missing
                        + " (see " + REPORT.toAbsolutePath() + ")");
    }

    private static Set<String> propertiesOf(String body) {
        Set<String> paths = new HashSet<>();
        if (body == null || body.isBlank()) {
            return paths;
        }
        try {
            collect(JSON.readTree(body), "", paths);
        } catch (IOException notJson) {
            // A body that is not JSON carries no properties.
        }
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> into) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, prefix + "[]", into));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                into.add(path);
                collect(field.getValue(), path, into);
            });
        }
    }
}
