package io.accountcontracts.stub.validation;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.json.JsonText;
import io.accountcontracts.stub.routing.Operation;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Each vendor's spec, checked two ways. The screens, compiled from the spec's YAML when this is made, take
 * the everyday valid request and answer on their own. The full validator (swagger-parser and
 * swagger-request-validator, most of a stub's start-up and some 1,300 classes) decides everything else and
 * words every rejection; it is loaded when first needed, once per vendor, or ahead of that by
 * {@link #preloadFullValidators()}.
 */
public final class SpecValidators {

    private static final String VANTAGE_SAMPLE = "/v2/managed_accounts/warm-up";
    private static final String ELASTIC_PATH_SAMPLE = "/v2/accounts/warm-up";
    private static final Map<String, List<String>> JSON_ONLY = Map.of("Content-Type", List.of("application/json"));
    // Text checked here is read strictly: a name twice, or anything after the value, is left to the full validator.
    private static final class Strict {
        // Made on a screens thread, when first needed: a JSON mapper's first making is a quarter of a second of
        // class loading, which the thread that builds the server should not wait for here.
        static final ObjectMapper MAPPER = JsonMapper.create().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private record Source(String resource, String samplePath, String sampleBody) {}

    private static final Map<Vendor, Source> SOURCES = Map.of(
            Vendor.VANTAGE,
            new Source("/openapi/vantage-managed-accounts.yaml", VANTAGE_SAMPLE, "{\"name\":\"warm-up\"}"),
            Vendor.ELASTIC_PATH,
            new Source(
                    "/openapi/elasticpath-accounts.yaml",
                    ELASTIC_PATH_SAMPLE,
                    "{\"data\":{\"type\":\"account\",\"name\":\"warm-up\"}}"));

    private final Map<Vendor, CompletableFuture<SpecScreens>> screens = new EnumMap<>(Vendor.class);
    private final Map<Vendor, LoadOnce<FullValidator>> full = new EnumMap<>(Vendor.class);

    /**
     * Starts compiling both specs' screens, each on its own thread, so that a server is set up meanwhile.
     * The full validators are not loaded here.
     */
    public SpecValidators() {
        SOURCES.forEach((vendor, source) -> {
            screens.put(vendor, screensInBackground(source));
            full.put(
                    vendor,
                    new LoadOnce<>(
                            "full-validator " + source.resource(),
                            () -> FullValidator.load(source.resource(), source.samplePath(), source.sampleBody())));
        });
    }

    /**
     * Starts loading both full validators on threads of their own, unless they are loaded or loading: for a
     * long-running server, which would rather not pay for one on its first invalid request. Returns at once.
     */
    public void preloadFullValidators() {
        full.values().forEach(LoadOnce::startInBackground);
    }

    public ValidationReport validateRequest(Vendor vendor, Request request) {
        return full(vendor).validateRequest(request);
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
        OperationScreen screen = operationId == null ? null : screens(vendor).request(operationId);
        return screen != null && screen.conforms(method, rawPath, rawQuery, contentType, accept, body);
    }

    /**
     * True when an answer to the operation certainly conforms to what the vendor's spec documents for its
     * status, found without the full validator; false means only that {@link #validateResponse} must decide.
     *
     * @param headers the answer's headers, Content-Type among them, names in any case
     * @param body the body as a tree; null when there is none
     */
    public boolean answerConformsQuickly(
            Vendor vendor, String operationId, int status, Map<String, List<String>> headers, JsonNode body) {
        AnswerScreen screen = operationId == null ? null : screens(vendor).answer(operationId);
        return screen != null && screen.conforms(status, headers, body);
    }

    /** Whether the operation documents this status (by its code or under {@code default}); true for no operation. */
    public boolean documents(Vendor vendor, String operationId, int status) {
        AnswerScreen screen = operationId == null ? null : screens(vendor).answer(operationId);
        return screen == null || screen.documents(status);
    }

    public ValidationReport validateResponse(Vendor vendor, Request.Method method, String path, Response response) {
        return full(vendor).validateResponse(path, method, response);
    }

    /**
     * The vendor's spec as parsed for the full validator, references resolved, for reading what it documents
     * (never to be changed: the validator reads the same model). Loads that validator if it is not yet, and
     * starts loading the other vendors' beside it.
     */
    public OpenAPI parsedSpec(Vendor vendor) {
        // What reads one spec's documentation reads every vendor's: load the others beside it.
        preloadFullValidators();
        return full(vendor).api();
    }

    /** Error messages of a report, one line each. */
    public static List<String> errors(ValidationReport report) {
        return problems(report).stream().map(Problem::message).toList();
    }

    /** Errors of a report with the rule (message key) each broke, for tallying by rule. */
    public static List<Problem> problems(ValidationReport report) {
        return FullValidator.problems(report);
    }

    /** Checks a stored Vantage record against the spec's 200 response schema. */
    public List<String> checkManagedAccount(String json) {
        JsonNode record = strictlyRead(json);
        if (record != null
                && answerConformsQuickly(
                        Vendor.VANTAGE, Operation.UPDATE_MANAGED_ACCOUNT.id(), 200, JSON_ONLY, record)) {
            return List.of();
        }
        return messages(checkFully(Operation.UPDATE_MANAGED_ACCOUNT, 200, json, Map.of()));
    }

    /** Checks a stored Elastic Path record (the {@code data} object) against the spec's 200 response schema. */
    public List<String> checkAccount(String json) {
        JsonNode record = strictlyRead(json);
        if (record != null) {
            ObjectNode answer = JsonNodeFactory.instance.objectNode().set("data", record);
            if (answerConformsQuickly(Vendor.ELASTIC_PATH, Operation.UPDATE_ACCOUNT.id(), 200, JSON_ONLY, answer)) {
                return List.of();
            }
        }
        return messages(checkFully(Operation.UPDATE_ACCOUNT, 200, "{\"data\":" + json + "}", Map.of()));
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
        Operation operation = Operation.byId(operationId).orElse(null);
        if (operation == null) {
            return List.of();
        }
        JsonNode tree = body == null ? null : strictlyRead(body);
        Map<String, List<String>> sent = new LinkedHashMap<>(JSON_ONLY);
        headers.forEach((name, value) -> sent.merge(name, List.of(value), SpecValidators::both));
        if (tree != null && answerConformsQuickly(operation.vendor(), operationId, status, sent, tree)) {
            return List.of();
        }
        return checkFully(operation, status, body, headers);
    }

    private List<Problem> checkFully(Operation operation, int status, String body, Map<String, String> headers) {
        Request.Method method = Methods.of(operation.method()).orElseThrow();
        return full(operation.vendor()).checkAnswer(method, operation.samplePath(), status, body, headers);
    }

    /** Waits until both specs' screens are compiled; the full validators load later, when first needed. */
    public void awaitLoaded() {
        screens.keySet().forEach(this::screens);
    }

    private SpecScreens screens(Vendor vendor) {
        try {
            return screens.get(vendor).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private FullValidator full(Vendor vendor) {
        return full.get(vendor).get();
    }

    private static CompletableFuture<SpecScreens> screensInBackground(Source source) {
        return CompletableFuture.supplyAsync(() -> warm(SpecScreens.read(source.resource()), source), task -> {
            Thread loader = new Thread(task, "spec-screens " + source.resource());
            loader.setDaemon(true);
            loader.start();
        });
    }

    // One throw-away request through the screen, so the first caller does not load its classes.
    private static SpecScreens warm(SpecScreens screens, Source source) {
        JsonNode body = strictlyRead(source.sampleBody());
        for (Operation update : new Operation[] {Operation.UPDATE_MANAGED_ACCOUNT, Operation.UPDATE_ACCOUNT}) {
            OperationScreen screen = screens.request(update.id());
            if (screen != null) {
                screen.conforms("PUT", source.samplePath(), null, "application/json", null, body);
            }
        }
        return screens;
    }

    private static JsonNode strictlyRead(String json) {
        try {
            return JsonText.readOne(Strict.MAPPER, json);
        } catch (IOException | JsonText.NotJson e) {
            return null;
        }
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    private static List<String> both(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
