package io.accountcontracts.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.schema.SpecDocument;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The screens of one vendor's spec, by operationId: one for its requests, one for its answers. Made from the
 * spec's YAML alone, in a few milliseconds, without the parser and validator the full check needs.
 */
final class SpecScreens {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Map<String, OperationScreen> requests;
    private final Map<String, AnswerScreen> answers;

    private SpecScreens(Map<String, OperationScreen> requests, Map<String, AnswerScreen> answers) {
        this.requests = requests;
        this.answers = answers;
    }

    static SpecScreens read(String resource) {
        SpecDocument spec = SpecDocument.read(resource);
        Map<String, OperationScreen> requests = new HashMap<>();
        Map<String, AnswerScreen> answers = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        spec.root().path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode item = spec.resolve(path.getValue());
            if (item == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> entries = item.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String operationId = entry.getValue().path("operationId").textValue();
                if (!METHODS.contains(entry.getKey()) || operationId == null) {
                    continue;
                }
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                OperationScreen.of(spec, path.getKey(), method, item, entry.getValue())
                        .ifPresent(screen -> requests.put(operationId, screen));
                answers.put(operationId, AnswerScreen.of(spec, entry.getValue().path("responses")));
            }
        }
        return new SpecScreens(Map.copyOf(requests), Map.copyOf(answers));
    }

    /** Null when the operation is unknown, or its requests are always left to the full validator. */
    OperationScreen request(String operationId) {
        return requests.get(operationId);
    }

    /** Null when the operation is unknown. */
    AnswerScreen answer(String operationId) {
        return answers.get(operationId);
    }
}
