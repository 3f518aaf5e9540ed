package io.accountcontracts.stub.programmed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.stub.auth.BearerAuthFilter;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.ratelimit.RateLimitHeaders;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every response each operation's spec documents, each with the body of its first named example and the
 * headers it documents: what a programmed status or a {@code Prefer} header answers with. Read once, at
 * start-up, from the specs the validators already parsed, so answering costs a map lookup.
 */
public final class DocumentedResponses {

    /** The response key that stands for every status an operation does not list itself. */
    public static final String DEFAULT = "default";
    /** The status a {@code default} response answers with when none is asked for: the specs say "in practice a 500". */
    static final int DEFAULT_STATUS = 500;

    /** What to send: a status, the body of the named example, and the headers the spec documents for it. */
    public record Answer(int status, String example, JsonNode body, Map<String, String> headers) {

        /**
         * Marks every programmed answer, naming what programmed it, as WireMock names the mapping it matched:
         * no vendor sends it, nothing checked against the spec minds it, and a reader of the traffic (or the
         * coverage gate, which counts only what the stub does on its own) can tell the answer apart.
         */
        public static final String MARK = "X-Stub-Programmed";

        public Response toResponse(String by) {
            Response.ResponseBuilder response = Response.status(status).header(MARK, by);
            if (body != null) {
                response.type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                        .entity(body);
            }
            headers.forEach(response::header);
            return response.build();
        }
    }

    /**
     * One documented response: its key ("404" or "default"), its named examples in spec order, the headers an
     * answer sends as the stub's own (with their example values), and the names of every header it documents.
     */
    private record Documented(
            String key, Map<String, JsonNode> examples, Map<String, String> headers, List<String> headerNames) {

        Answer answer(int status, String example) {
            return new Answer(status, example, examples.get(example), headers);
        }

        // Null for a response with no body (a 204), which has no example to name.
        String firstExample() {
            return examples.isEmpty() ? null : examples.keySet().iterator().next();
        }
    }

    private record Documentation(Vendor vendor, List<Documented> responses) {

        Optional<Documented> explicit(String key) {
            return responses.stream().filter(r -> r.key().equals(key)).findFirst();
        }
    }

    private final Supplier<Map<Vendor, OpenAPI>> specs;
    private final ObjectMapper mapper;
    private volatile Map<String, Documentation> operations;

    private DocumentedResponses(Supplier<Map<Vendor, OpenAPI>> specs, ObjectMapper mapper) {
        this.specs = specs;
        this.mapper = mapper;
    }

    /** @param specs each vendor's parsed spec, with references resolved */
    public static DocumentedResponses from(Map<Vendor, OpenAPI> specs, ObjectMapper mapper) {
        DocumentedResponses documented = new DocumentedResponses(() -> specs, mapper);
        documented.read();
        return documented;
    }

    /**
     * Reads the specs when first asked, or at {@link #read()}: the server is set up while they still load,
     * and must not wait for them before it has to.
     */
    public static DocumentedResponses readLater(Supplier<Map<Vendor, OpenAPI>> specs, ObjectMapper mapper) {
        return new DocumentedResponses(specs, mapper);
    }

    /**
     * Reads what the specs document, unless done already.
     *
     * @throws IllegalStateException when a documented response has no named example to answer with
     */
    public void read() {
        operations();
    }

    private Map<String, Documentation> operations() {
        Map<String, Documentation> read = operations;
        if (read == null) {
            synchronized (this) {
                if (operations == null) {
                    operations = read(specs.get(), mapper);
                }
                read = operations;
            }
        }
        return read;
    }

    private static Map<String, Documentation> read(Map<Vendor, OpenAPI> specs, ObjectMapper mapper) {
        Map<String, Documentation> operations = new LinkedHashMap<>();
        specs.forEach((vendor, api) -> api.getPaths()
                .values()
                .forEach(item -> item.readOperations()
                        .forEach(operation -> operations.put(
                                operation.getOperationId(),
                                new Documentation(vendor, documented(api, operation, vendor, mapper))))));
        return Collections.unmodifiableMap(operations);
    }

    /** The operationIds, Vantage's first. */
    public List<String> operationIds() {
        return List.copyOf(operations().keySet());
    }

    public boolean knows(String operationId) {
        return operations().containsKey(operationId);
    }

    /**
     * The documented statuses of an operation in spec order, {@code default} included as such.
     *
     * @throws IllegalArgumentException for an unknown operation
     */
    public List<String> statuses(String operationId) {
        return documentation(operationId).responses().stream()
                .map(Documented::key)
                .toList();
    }

    /** The statuses of an operation in words, for messages: "200, 400 and 500". */
    public String describeStatuses(String operationId) {
        List<String> keys = new ArrayList<>(statuses(operationId));
        keys.replaceAll(key -> key.equals(DEFAULT) ? DEFAULT + " (any other 4xx or 5xx status)" : key);
        return inWords(keys);
    }

    /**
     * The answer for a status, with the first named example of the response that documents it; empty when
     * the operation documents no such status. A {@code default} response documents every 4xx and 5xx status
     * the operation does not list.
     */
    public Optional<Answer> answer(String operationId, int status) {
        Documentation documentation = documentation(operationId);
        return documentedBy(documentation, status)
                .map(response -> restated(response.answer(status, response.firstExample())));
    }

    /**
     * The answer for a status with a chosen body (null for the example) and chosen headers, which replace the
     * documented ones of the same name (in any case). The body is sent as it is: it was checked against the
     * status's schema when it was chosen.
     *
     * @throws java.util.NoSuchElementException when the operation does not document the status
     */
    public Answer chosen(String operationId, int status, JsonNode body, Map<String, String> headers) {
        Answer documented = answer(operationId, status).orElseThrow();
        if (body == null && headers.isEmpty()) {
            return documented;
        }
        Map<String, String> merged = new LinkedHashMap<>(documented.headers());
        headers.forEach((name, value) -> {
            merged.keySet().removeIf(name::equalsIgnoreCase);
            merged.put(name, value);
        });
        return body == null
                ? new Answer(status, documented.example(), documented.body(), merged)
                : new Answer(status, null, body, merged);
    }

    /** The status an operation answers with when it succeeds: the first 2xx it documents; empty when none. */
    public Optional<Integer> successStatus(String operationId) {
        return documentation(operationId).responses().stream()
                .map(Documented::key)
                .filter(key -> key.length() == 3 && key.startsWith("2"))
                .map(Integer::valueOf)
                .findFirst();
    }

    /**
     * The names of the headers the spec documents for an operation's status, as the spec spells them; empty
     * when it documents none, or not the status.
     */
    public List<String> headerNames(String operationId, int status) {
        return documentedBy(documentation(operationId), status)
                .map(Documented::headerNames)
                .orElse(List.of());
    }

    /**
     * The answer a {@code Prefer} header asks for: a status ({@code code}), a named example, or both. Without
     * a code, the first response in spec order that has an example of that name answers, with its own status.
     *
     * @throws IllegalArgumentException naming what the operation documents, when it does not document this
     */
    public Answer preferred(String operationId, String code, String example) {
        Documentation documentation = documentation(operationId);
        if (code == null) {
            for (Documented response : documentation.responses()) {
                if (response.examples().containsKey(example)) {
                    return restated(response.answer(statusOf(response), example));
                }
            }
            List<String> names = documentation.responses().stream()
                    .flatMap(r -> r.examples().keySet().stream())
                    .toList();
            throw new IllegalArgumentException(
                    operationId + " has no example named '" + example + "'; its examples are " + inWords(names) + ".");
        }
        int status = parseStatus(code);
        Documented response =
                status < 0 ? null : documentedBy(documentation, status).orElse(null);
        if (response == null) {
            throw new IllegalArgumentException("code " + code + " is not a status " + operationId
                    + " documents; it documents " + describeStatuses(operationId) + ".");
        }
        if (example == null) {
            return restated(response.answer(status, response.firstExample()));
        }
        if (!response.examples().containsKey(example)) {
            throw new IllegalArgumentException(
                    operationId + " has no example named '" + example + "' for status " + status + "; it has "
                            + inWords(List.copyOf(response.examples().keySet())) + ".");
        }
        return restated(response.answer(status, example));
    }

    private Documentation documentation(String operationId) {
        Documentation documentation = operations().get(operationId);
        if (documentation == null) {
            throw new IllegalArgumentException("'" + operationId + "' is not an operation of this stub; it serves "
                    + inWords(operationIds()) + ".");
        }
        return documentation;
    }

    private static Optional<Documented> documentedBy(Documentation documentation, int status) {
        Optional<Documented> explicit = documentation.explicit(Integer.toString(status));
        if (explicit.isPresent() || status < 400 || status > 599) {
            return explicit;
        }
        return documentation.explicit(DEFAULT);
    }

    private static int statusOf(Documented response) {
        return response.key().equals(DEFAULT) ? DEFAULT_STATUS : Integer.parseInt(response.key());
    }

    // A JSON:API error repeats its status in the body: a default response's example, sent with another
    // status than its own, must say that status too.
    private static Answer restated(Answer answer) {
        if (answer.body() == null) {
            return answer;
        }
        JsonNode errors = answer.body().path("errors");
        String status = Integer.toString(answer.status());
        boolean consistent = true;
        for (JsonNode error : errors) {
            consistent &= !error.has("status") || error.path("status").asText().equals(status);
        }
        if (consistent) {
            return answer;
        }
        ObjectNode body = answer.body().deepCopy();
        Response.Status known = Response.Status.fromStatusCode(answer.status());
        String title = known != null ? known.getReasonPhrase() : "Error";
        for (JsonNode error : body.path("errors")) {
            if (error instanceof ObjectNode object && object.has("status")) {
                object.put("status", status).put("title", title);
            }
        }
        return new Answer(answer.status(), answer.example(), body, answer.headers());
    }

    private static int parseStatus(String code) {
        try {
            int status = Integer.parseInt(code.strip());
            return status >= 100 && status <= 599 ? status : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Documented> documented(OpenAPI api, Operation operation, Vendor vendor, ObjectMapper mapper) {
        List<Documented> responses = new ArrayList<>();
        operation.getResponses().forEach((key, declared) -> {
            ApiResponse response = resolve(api, declared);
            Map<String, JsonNode> examples = examples(api, response, mapper);
            if (examples.isEmpty()
                    && response.getContent() != null
                    && !response.getContent().isEmpty()) {
                throw new IllegalStateException(operation.getOperationId() + " documents response " + key
                        + " without a named example to answer with");
            }
            List<String> names = response.getHeaders() == null
                    ? List.of()
                    : List.copyOf(response.getHeaders().keySet());
            responses.add(new Documented(key, examples, headers(api, response, vendor), names));
        });
        return List.copyOf(responses);
    }

    private static Map<String, JsonNode> examples(OpenAPI api, ApiResponse response, ObjectMapper mapper) {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        if (response.getContent() == null) {
            return examples;
        }
        MediaType json = response.getContent().get("application/json");
        if (json == null || json.getExamples() == null) {
            return examples;
        }
        json.getExamples().forEach((name, example) -> {
            Example resolved = example.get$ref() == null
                    ? example
                    : api.getComponents().getExamples().get(simpleName(example.get$ref()));
            examples.put(name, mapper.valueToTree(resolved.getValue()));
        });
        return examples;
    }

    private static Map<String, String> headers(OpenAPI api, ApiResponse response, Vendor vendor) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getHeaders() == null) {
            return headers;
        }
        response.getHeaders().forEach((name, declared) -> {
            Header header = declared.get$ref() == null
                    ? declared
                    : api.getComponents().getHeaders().get(simpleName(declared.get$ref()));
            if (RateLimitHeaders.isRateLimitHeader(name)) {
                // Sent with real counts while a rate limit is armed, and never otherwise: not the example's.
                return;
            }
            if (name.equalsIgnoreCase(HttpHeaders.WWW_AUTHENTICATE)) {
                // What the stub's own 401 sends to a request that carried a token, as every request here did.
                headers.put(name, BearerAuthFilter.challenge(vendor, true));
            } else if (header.getExample() != null) {
                headers.put(name, header.getExample().toString());
            } else if (header.getSchema() != null && header.getSchema().getExample() != null) {
                headers.put(name, header.getSchema().getExample().toString());
            }
        });
        return headers;
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        return response.get$ref() == null
                ? response
                : api.getComponents().getResponses().get(simpleName(response.get$ref()));
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static String inWords(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
