package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.DocumentedOperation;
import io.accountcontracts.contract.support.Exchange;
import io.accountcontracts.contract.support.OfflineValidator;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Request bodies generated from the specs' own request schemas (500 per property by default; see
 * junit-platform.properties). Every valid one must get a conforming 200; every broken one, and every
 * request with a missing or wrong token, its documented 4xx in a conforming body, leaving every stored
 * record as it was. Every request and response is validated against the spec.
 */
class GeneratedRequestsPropertiesTest {

    private static final String TOKEN = "property-token";
    private static final String VANTAGE = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String EP = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final ObjectMapper JSON = JsonMapper.create();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StubServer stub;

    @BeforeContainer
    static void start() {
        stub = StubServer.start(StubConfig.forTests(TOKEN));
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    @Property
    void validVantageBodyIsStoredAndAnsweredWithAConforming200(@ForAll("validVantage") JsonNode body) throws Exception {
        Exchange exchange = put(VANTAGE, body.toString(), "Bearer " + TOKEN);

        assertConforms(exchange);
        assertEquals(200, exchange.status(), exchange.responseBody());
        JsonNode stored = JSON.readTree(exchange.responseBody());
        body.fields().forEachRemaining(field -> {
            if (!field.getValue().isObject()) {
                assertEquals(field.getValue(), stored.get(field.getKey()), field.getKey());
            }
        });
    }

    @Property
    void validElasticPathBodyIsStoredAndAnsweredWithAConforming200(@ForAll("validElasticPath") JsonNode body)
            throws Exception {
        Exchange exchange = put(EP, body.toString(), "Bearer " + TOKEN);

        assertConforms(exchange);
        assertEquals(200, exchange.status(), exchange.responseBody());
        JsonNode stored = JSON.readTree(exchange.responseBody()).get("data");
        body.get("data")
                .fields()
                .forEachRemaining(field -> assertEquals(field.getValue(), stored.get(field.getKey()), field.getKey()));
    }

    @Property
    void brokenVantageRequestGetsItsDocumented4xxAndChangesNothing(@ForAll("brokenVantage") BrokenRequest request)
            throws Exception {
        assertRefusedUnchanged(VANTAGE, request);
    }

    @Property
    void brokenElasticPathRequestGetsItsDocumented4xxAndChangesNothing(
            @ForAll("brokenElasticPath") BrokenRequest request) throws Exception {
        assertRefusedUnchanged(EP, request);
    }

    @Provide
    Arbitrary<JsonNode> validVantage() {
        return SchemaArbitraries.valid(requestSchema(DocumentedOperation.VANTAGE));
    }

    @Provide
    Arbitrary<JsonNode> validElasticPath() {
        return SchemaArbitraries.valid(requestSchema(DocumentedOperation.ELASTIC_PATH));
    }

    @Provide
    Arbitrary<BrokenRequest> brokenVantage() {
        return broken(DocumentedOperation.VANTAGE);
    }

    @Provide
    Arbitrary<BrokenRequest> brokenElasticPath() {
        return broken(DocumentedOperation.ELASTIC_PATH);
    }

    /** A request broken in its body (400) or its credentials (401). */
    record BrokenRequest(String body, String authorization, int status, String what) {
        @Override
        public String toString() {
            return what + " -> " + status + ": Authorization=" + authorization + " " + body;
        }
    }

    private static Arbitrary<BrokenRequest> broken(String spec) {
        Arbitrary<BrokenRequest> badBody = BrokenRequests.of(requestSchema(spec))
                .map(b -> new BrokenRequest(b.body().toString(), "Bearer " + TOKEN, 400, b.what()));
        Arbitrary<String> wrongCredentials = Arbitraries.oneOf(
                Arbitraries.just((String) null),
                Arbitraries.strings()
                        .withCharRange('!', '~')
                        .ofMinLength(1)
                        .ofMaxLength(40)
                        .map(t -> "Bearer " + t),
                Arbitraries.of("Basic dXNlcjpwYXNz", "Bearer", "Token " + TOKEN, TOKEN, "Bearer " + TOKEN + "x"));
        Arbitrary<BrokenRequest> badCredentials = Combinators.combine(
                        SchemaArbitraries.valid(requestSchema(spec)),
                        wrongCredentials.filter(a -> !("Bearer " + TOKEN).equals(a)))
                .as((body, authorization) -> new BrokenRequest(body.toString(), authorization, 401, "credentials"));
        return Arbitraries.frequencyOf(Tuple.of(4, badBody), Tuple.of(1, badCredentials));
    }

    private void assertRefusedUnchanged(String path, BrokenRequest request) throws Exception {
        Statistics.collect(request.what().replaceAll(" at .*", ""), request.status());
        String before = snapshot();

        Exchange exchange = put(path, request.body(), request.authorization());

        assertEquals(request.status(), exchange.status(), exchange.responseBody());
        ValidationReport response = OfflineValidator.forPath(path).validateResponse(exchange);
        assertFalse(response.hasErrors(), response.getMessages().toString());
        if (request.status() == 400 || request.authorization() == null) {
            assertTrue(
                    OfflineValidator.forPath(path).validateRequest(exchange).hasErrors(),
                    "the generator meant to break the request, but the spec accepts it");
        }
        assertEquals(before, snapshot(), "a refused request changed stored state");
    }

    private static void assertConforms(Exchange exchange) {
        OfflineValidator spec = OfflineValidator.forPath(exchange.path());
        ValidationReport request = spec.validateRequest(exchange);
        assertFalse(request.hasErrors(), "the generator produced a body the spec refuses: " + request.getMessages());
        ValidationReport response = spec.validateResponse(exchange);
        assertFalse(response.hasErrors(), response.getMessages().toString());
    }

    private static String snapshot() throws Exception {
        return JSON.writeValueAsString(stub.stores().managedAccounts().all())
                + JSON.writeValueAsString(stub.stores().accounts().all());
    }

    private static Exchange put(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.baseUri() + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        if (authorization != null) {
            request.header("Authorization", authorization);
            headers.put("Authorization", List.of(authorization));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Exchange(
                "PUT",
                path,
                headers,
                body,
                response.statusCode(),
                response.headers().map(),
                response.body());
    }

    private static io.swagger.v3.oas.models.media.Schema<?> requestSchema(String spec) {
        return DocumentedOperation.update(spec).requestSchema();
    }
}
