package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.validation.SpecValidators;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Strict response validation, and the check of fixtures and chosen answers, take most answers after a quick
 * screen compiled from the specs instead of the full swagger-request-validator pass. That is only sound if the
 * screen never says "conforms" where the full validator finds an error, and only useful if it does for the
 * everyday valid answer. Both are checked here on generated answers: every documented status and some
 * undocumented ones, bodies valid for the status, broken, of another status or none, documented headers with
 * valid and odd values, headers nobody documents, and Content-Types plain and odd.
 */
class AnswerScreenAgreesWithFullValidatorTest {

    private static final SpecValidators VALIDATORS = new SpecValidators();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTENT_TYPES = Arrays.asList(
            "application/json",
            "application/json; charset=utf-8",
            "application/json;charset=UTF-8",
            "Application/JSON",
            "application/json; charset=iso-8859-1",
            "application/problem+json",
            "application/vnd.api+json",
            "text/plain",
            "application/ json",
            "",
            null);
    private static final List<String> ODD_VALUES = List.of(
            "-1", "abc", "", "1.0", "007", " 5", "5 ", "+5", "0x10", "1e3", "-0", "2147483648", "9223372036854775808");
    private static final List<Integer> UNDOCUMENTED = List.of(201, 204, 302, 418, 503, 599);

    // One documented operation: its vendor, its method and a path of it.
    record Op(Vendor vendor, String operationId, Request.Method method, String path) {}

    record Answer(
            Op op, int status, String contentType, Map<String, List<String>> headers, String body, boolean plain) {}

    // Without edge cases: here they are the one minimal valid answer, drawn again and again (about 70% of
    // the tries were plain with them, 40% without), which leaves too few odd and broken answers.
    // More tries than the default: a broken field deep in an answer is one way among some sixty.
    @Property(edgeCases = EdgeCasesMode.NONE, tries = 2000)
    void whatTheScreenTakesTheFullValidatorTakesToo(@ForAll("answers") Answer a) {
        JsonNode tree = parsed(a.body());
        Map<String, List<String>> headers = new LinkedHashMap<>(a.headers());
        if (a.contentType() != null) {
            headers.put("Content-Type", List.of(a.contentType()));
        }
        boolean screened =
                VALIDATORS.answerConformsQuickly(a.op().vendor(), a.op().operationId(), a.status(), headers, tree);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(a.status());
        headers.forEach(response::withHeader);
        if (a.body() != null) {
            response.withBody(a.body());
        }
        List<String> problems = SpecValidators.errors(
                VALIDATORS.validateResponse(a.op().vendor(), a.op().method(), a.op().path(), response.build()));
        Statistics.collect(
                screened ? "screen: conforms" : "screen: ask the validator", problems.isEmpty() ? "valid" : "invalid");

        if (screened) {
            assertEquals(List.of(), problems, "the screen took an answer the full validator refuses");
        }
        if (a.plain() && problems.isEmpty()) {
            assertTrue(screened, "an everyday valid answer missed the screen");
        }
    }

    @Provide
    Arbitrary<Answer> answers() {
        List<Arbitrary<Answer>> everyOperation = new ArrayList<>();
        for (Vendor vendor : Vendor.values()) {
            VALIDATORS
                    .parsedSpec(vendor)
                    .getPaths()
                    .forEach((template, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> everyOperation.add(answers(
                                    new Op(
                                            vendor,
                                            operation.getOperationId(),
                                            Request.Method.valueOf(method.name()),
                                            template.replaceAll("\\{[^/]+}", "some-id")),
                                    operation.getResponses()))));
        }
        return Arbitraries.oneOf(everyOperation);
    }

    private static Arbitrary<Answer> answers(Op vendor, ApiResponses documented) {
        List<Arbitrary<Answer>> byStatus = new ArrayList<>();
        documented.forEach((key, response) -> {
            Arbitrary<Integer> statuses =
                    key.equals("default") ? Arbitraries.of(500, 502, 503) : Arbitraries.just(Integer.parseInt(key));
            byStatus.add(statuses.flatMap(status -> answers(vendor, status, response, documented)));
        });
        // The everyday answer, and the one with the most schema, as often as all the errors together.
        String success = documented.keySet().stream()
                .filter(key -> key.startsWith("2"))
                .findFirst()
                .orElseThrow();
        Arbitrary<Answer> undocumented = Arbitraries.of(UNDOCUMENTED)
                .filter(status -> !documented.containsKey(Integer.toString(status)))
                .flatMap(status -> answers(
                        vendor,
                        status,
                        documented.get(documented.containsKey("default") ? "default" : success),
                        documented));
        Arbitrary<Answer> ok = answers(vendor, Integer.parseInt(success), documented.get(success), documented);
        return Arbitraries.frequencyOf(
                Tuple.of(5, ok), Tuple.of(5, Arbitraries.oneOf(byStatus)), Tuple.of(1, undocumented));
    }

    /** Answers with the status given, their body and headers drawn around what {@code response} documents. */
    private static Arbitrary<Answer> answers(Op vendor, int status, ApiResponse response, ApiResponses all) {
        // Null for a response without a body (a 204): its valid answer has none.
        Schema<?> schema = schemaOf(response);
        List<Arbitrary<String>> otherBodies = new ArrayList<>();
        all.values().stream()
                .map(AnswerScreenAgreesWithFullValidatorTest::schemaOf)
                .filter(java.util.Objects::nonNull)
                .forEach(other -> otherBodies.add(SchemaArbitraries.valid(other).map(Object::toString)));
        Arbitrary<String> valid = schema == null
                ? Arbitraries.just((String) null)
                : SchemaArbitraries.valid(schema).map(Object::toString);
        Arbitrary<String> broken = schema == null
                ? Arbitraries.oneOf(otherBodies)
                : BrokenRequests.of(schema).map(b -> b.body().toString());
        Arbitrary<String> body = Arbitraries.frequencyOf(
                Tuple.of(6, broken),
                Tuple.of(1, Arbitraries.oneOf(otherBodies)),
                Tuple.of(1, Arbitraries.of("{}", "[]", "null", "\"x\"", "{\"errors\":[]}", "{\"data\":null}")),
                Tuple.of(1, Arbitraries.just((String) null)));
        Arbitrary<String> contentTypes = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just("application/json")), Tuple.of(3, Arbitraries.of(CONTENT_TYPES)));
        Arbitrary<Map<String, List<String>>> plainHeaders = headers(response, false);
        Arbitrary<Map<String, List<String>>> oddHeaders = headers(response, true);
        // An answer without a body is left to the full validator: the screen vouches only for JSON bodies.
        boolean documentedStatus = UNDOCUMENTED.stream().noneMatch(s -> s == status) && schema != null;
        Arbitrary<Answer> plain = Combinators.combine(valid, plainHeaders)
                .as((b, h) -> new Answer(vendor, status, "application/json", h, b, documentedStatus));
        Arbitrary<Answer> odd = Combinators.combine(
                        Arbitraries.oneOf(valid, body), contentTypes, Arbitraries.oneOf(plainHeaders, oddHeaders))
                .as((b, type, h) -> new Answer(vendor, status, type, h, b, false));
        return Arbitraries.frequencyOf(Tuple.of(2, plain), Tuple.of(3, odd));
    }

    private static Schema<?> schemaOf(ApiResponse response) {
        return response.getContent() == null || response.getContent().get("application/json") == null
                ? null
                : response.getContent().get("application/json").getSchema();
    }

    /**
     * Each documented header, or not, with a value of its schema (or, when {@code odd}, maybe a value next to
     * one, or its name in other letters), and maybe a header nobody documents.
     */
    private static Arbitrary<Map<String, List<String>>> headers(ApiResponse response, boolean odd) {
        Map<String, Header> documented = response.getHeaders() == null ? Map.of() : response.getHeaders();
        List<String> names = new ArrayList<>(documented.keySet());
        List<Arbitrary<String>> values = new ArrayList<>();
        for (String name : names) {
            Arbitrary<String> value = value(documented.get(name).getSchema());
            if (odd) {
                value = Arbitraries.frequencyOf(Tuple.of(2, value), Tuple.of(1, Arbitraries.of(ODD_VALUES)));
            }
            values.add(value.injectNull(0.4));
        }
        Arbitrary<String> extra =
                Arbitraries.of("X-Request-Id", "Cache-Control", "Retry-After").injectNull(0.6);
        Arbitrary<Boolean> shout = odd ? Arbitraries.of(true, false) : Arbitraries.just(false);
        return Combinators.combine(Combinators.combine(values).as(ArrayList::new), extra, shout)
                .as((chosen, other, upper) -> {
                    Map<String, List<String>> headers = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        if (chosen.get(i) != null) {
                            headers.put(upper ? names.get(i).toUpperCase() : names.get(i), List.of(chosen.get(i)));
                        }
                    }
                    if (other != null) {
                        headers.put(other, List.of("anything at all"));
                    }
                    return headers;
                });
    }

    private static Arbitrary<String> value(Schema<?> schema) {
        return SchemaArbitraries.valid(schema).map(JsonNode::asText);
    }

    private static JsonNode parsed(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
