package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.DocumentedOperation;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.routing.Routes;
import io.accountcontracts.stub.validation.SpecValidators;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The stub answers most valid requests after a quick per-operation screen instead of the full
 * swagger-request-validator pass. That is only sound if the screen never says "conforms" where the
 * full validator finds an error; and only useful if it does say so for the everyday valid request.
 * Both are checked here on generated requests: valid and broken bodies, crossed with media type
 * spellings, Accept headers, paths and query strings, plain and odd.
 */
class QuickScreenAgreesWithFullValidatorTest {

    private static final SpecValidators VALIDATORS = new SpecValidators();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTENT_TYPES = Arrays.asList(
            "application/json",
            "application/json; charset=utf-8",
            "application/json;charset=UTF-8",
            "Application/JSON",
            "application/json; charset=iso-8859-1",
            "application/json-patch+json",
            "application/jsonx",
            "text/plain",
            "application/ json",
            "",
            null);
    private static final List<String> ACCEPTS = Arrays.asList(
            null,
            "application/json",
            "*/*",
            "application/*",
            "application/json, text/plain, */*",
            "text/html",
            "application/xml",
            "application/json;q=0",
            "");

    record Candidate(
            Vendor vendor, String path, String query, String contentType, String accept, String body, boolean plain) {}

    @Property
    void whatTheScreenAcceptsTheFullValidatorAcceptsToo(@ForAll("candidates") Candidate c) {
        // The stub screens the tree it parsed; a body that does not parse never reaches the screen.
        JsonNode tree = parsed(c.body());
        String operationId = Routes.resolve("PUT", c.path()).operationId();
        boolean screened = (tree != null || c.body().isEmpty())
                && VALIDATORS.conformsQuickly(
                        c.vendor(), operationId, "PUT", c.path(), c.query(), c.contentType(), c.accept(), tree);
        List<String> problems = SpecValidators.errors(VALIDATORS.validateRequest(c.vendor(), fullRequest(c)));
        Statistics.collect(
                screened ? "screen: conforms" : "screen: ask the validator", problems.isEmpty() ? "valid" : "invalid");

        if (screened) {
            assertEquals(List.of(), problems, "the screen let through a request the full validator refuses");
        }
        if (c.plain() && problems.isEmpty()) {
            assertTrue(screened, "an everyday valid request missed the quick screen");
        }
    }

    @Provide
    Arbitrary<Candidate> candidates() {
        return Arbitraries.oneOf(
                candidates(Vendor.VANTAGE, DocumentedOperation.VANTAGE, "/v2/managed_accounts/acct_dd2fdf6564b60319"),
                candidates(
                        Vendor.ELASTIC_PATH,
                        DocumentedOperation.ELASTIC_PATH,
                        "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23"));
    }

    private static Arbitrary<Candidate> candidates(Vendor vendor, String spec, String path) {
        var schema = DocumentedOperation.update(spec).requestSchema();
        Arbitrary<String> body = Arbitraries.frequencyOf(
                Tuple.of(3, SchemaArbitraries.valid(schema).map(Object::toString)),
                Tuple.of(3, BrokenRequests.of(schema).map(b -> b.body().toString())),
                Tuple.of(1, Arbitraries.of("", "{", "null", "[]", "{}", "\"x\"", "{\"data\":null}")));
        String prefix = path.substring(0, path.lastIndexOf('/') + 1);
        Arbitrary<String> paths = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(path)),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                prefix,
                                prefix + "a%2Fb",
                                prefix + "%20",
                                path + "/",
                                path + "/extra",
                                prefix.replace("/v2/", "/v1/") + "x",
                                prefix + "caf%C3%A9")));
        Arbitrary<String> queries = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just((String) null)), Tuple.of(1, Arbitraries.of("", "x=1", "name=Other")));
        Arbitrary<String> contentTypes = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just("application/json")), Tuple.of(3, Arbitraries.of(CONTENT_TYPES)));
        Arbitrary<String> accepts = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just((String) null)), Tuple.of(3, Arbitraries.of(ACCEPTS)));
        return Combinators.combine(paths, queries, contentTypes, accepts, body)
                .as((p, q, type, accept, b) -> new Candidate(
                        vendor,
                        p,
                        q,
                        type,
                        accept,
                        b,
                        p.equals(path)
                                && q == null
                                && "application/json".equals(type)
                                && (accept == null || "application/json".equals(accept))));
    }

    private static SimpleRequest fullRequest(Candidate c) {
        SimpleRequest.Builder request = SimpleRequest.Builder.put(c.path()).withAuthorization("Bearer any");
        if (c.contentType() != null) {
            request.withContentType(c.contentType());
        }
        if (c.accept() != null) {
            request.withAccept(c.accept());
        }
        if (c.query() != null && !c.query().isEmpty()) {
            for (String pair : c.query().split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        if (!c.body().isEmpty()) {
            request.withBody(c.body());
        }
        return request.build();
    }

    private static JsonNode parsed(String body) {
        try {
            return body.isEmpty() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
