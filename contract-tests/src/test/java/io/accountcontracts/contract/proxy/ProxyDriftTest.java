package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.PROXY_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.journal;
import static io.accountcontracts.contract.proxy.Proxies.json;
import static io.accountcontracts.contract.proxy.Proxies.only;
import static io.accountcontracts.contract.proxy.Proxies.put;
import static io.accountcontracts.contract.proxy.Proxies.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.routing.Operation;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A vendor drifting from its spec (a wrong type, a missing required field, an undocumented status, an HTML
 * error page) is reported in the journal and in {@code /__admin/violations}, and passed on unchanged; under
 * {@code --proxy-strict} it becomes a 502 in the vendor's error shape naming the violation. Headers the
 * validator cannot read are problems too, never a server error.
 */
class ProxyDriftTest {

    /**
     * @param field what the problem must name: the broken field, the status, the media type
     */
    record Drift(Vendor vendor, String which, int status, String field, String rule) {
        String path() {
            return vendor.pathPrefix() + "/" + which;
        }

        String body() {
            return vendor == Vendor.VANTAGE ? "{\"name\":\"x\"}" : "{\"data\":{\"type\":\"account\",\"name\":\"x\"}}";
        }

        @Override
        public String toString() {
            return vendor.realm() + " " + which;
        }
    }

    static Stream<Drift> drifts() {
        return Stream.of(
                new Drift(Vendor.VANTAGE, "wrong-type", 200, "/name", "validation.response.body.schema.type"),
                new Drift(Vendor.VANTAGE, "missing-field", 200, "name", "validation.response.body.schema.required"),
                new Drift(Vendor.VANTAGE, "undocumented-status", 418, "418", "validation.response.status.unknown"),
                new Drift(Vendor.VANTAGE, "html-error", 500, "text/html", "validation.response.contentType.notAllowed"),
                new Drift(Vendor.ELASTIC_PATH, "wrong-type", 200, "/data/name", "validation.response.body.schema.type"),
                new Drift(
                        Vendor.ELASTIC_PATH, "missing-field", 200, "name", "validation.response.body.schema.required"),
                // Elastic Path documents a default error response, so any status is documented; its shape is not.
                new Drift(
                        Vendor.ELASTIC_PATH,
                        "html-error",
                        502,
                        "text/html",
                        "validation.response.contentType.notAllowed"));
    }

    private static DriftingVendor fake;
    private static StubServer observing;
    private static StubServer strict;

    @BeforeAll
    static void start() {
        fake = new DriftingVendor();
        Map<Vendor, URI> both = Map.of(Vendor.VANTAGE, fake.baseUri(), Vendor.ELASTIC_PATH, fake.baseUri());
        observing = Proxies.proxy(ProxyConfig.NONE.withUpstreams(both));
        strict = Proxies.proxy(ProxyConfig.NONE.withUpstreams(both).withStrict(true));
    }

    @AfterAll
    static void stop() {
        observing.close();
        strict.close();
        fake.close();
    }

    @BeforeEach
    void reset() {
        observing.reset();
        strict.reset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void observedDriftIsPassedOnAndReportedInTheJournal(Drift drift) {
        HttpResponse<byte[]> direct = put(fake.baseUri(), drift.path(), drift.body(), VENDOR_TOKEN);

        HttpResponse<byte[]> proxied = put(observing.baseUri(), drift.path(), drift.body(), VENDOR_TOKEN);

        assertEquals(drift.status(), proxied.statusCode());
        assertEquals(text(direct), text(proxied), "passed on unchanged");
        JsonNode entry = only(journal(observing, PROXY_TOKEN));
        assertEquals("proxied", entry.get("mode").asText());
        assertEquals("valid", entry.get("verdict").asText(), entry.toString());
        assertEquals("invalid", entry.get("response_verdict").asText(), entry.toString());
        assertEquals(drift.status(), entry.get("upstream_status").asInt());
        assertEquals(drift.status(), entry.get("status").asInt());
        assertTrue(
                anyContains(entry.get("response_problems"), drift.field()),
                "response_problems should name " + drift.field() + ": " + entry.get("response_problems"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void observedDriftIsTalliedByOperationStatusAndRule(Drift drift) {
        put(observing.baseUri(), drift.path(), drift.body(), VENDOR_TOKEN);
        put(observing.baseUri(), drift.path(), drift.body(), VENDOR_TOKEN);

        JsonNode vendor =
                Proxies.violations(observing).at("/vendors/" + drift.vendor().realm());

        assertEquals(2, vendor.at("/exchanges/proxied").asInt());
        assertEquals(0, vendor.at("/invalid_requests/count").asInt(), vendor.toString());
        assertEquals(2, vendor.at("/nonconforming_responses/count").asInt(), vendor.toString());
        JsonNode group = find(vendor.at("/nonconforming_responses/by_rule"), drift.rule());
        assertEquals(
                Operation.update(drift.vendor()).id(), group.get("operationId").asText());
        assertEquals(drift.status(), group.get("status").asInt());
        assertEquals(2, group.get("count").asInt());
        assertEquals(drift.path(), group.at("/example/path").asText());
        assertEquals("PUT", group.at("/example/method").asText());
        assertTrue(group.at("/example/problem").asText().contains(drift.field()), group.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drifts")
    void strictlyDriftBecomesA502InTheVendorsShapeNamingTheViolation(Drift drift) {
        HttpResponse<byte[]> proxied = put(strict.baseUri(), drift.path(), drift.body(), VENDOR_TOKEN);

        assertEquals(502, proxied.statusCode(), text(proxied));
        assertEquals(
                "application/json", proxied.headers().firstValue("Content-Type").orElse(""));
        List<String> details = details(drift.vendor(), json(proxied));
        assertFalse(details.isEmpty(), text(proxied));
        assertTrue(
                details.stream()
                        .allMatch(d -> d.startsWith("The answer of the upstream "
                                + fake.baseUri().getAuthority() + " (HTTP " + drift.status() + ") breaks the spec: ")),
                details.toString());
        assertTrue(details.stream().anyMatch(d -> d.contains(drift.field())), details.toString());
        assertFalse(text(proxied).contains("Exception"), text(proxied));
        JsonNode entry = only(journal(strict, PROXY_TOKEN));
        assertEquals(502, entry.get("status").asInt());
        assertEquals(drift.status(), entry.get("upstream_status").asInt());
        assertEquals("invalid", entry.get("response_verdict").asText());
        assertEquals(
                1,
                Proxies.violations(strict)
                        .at("/vendors/" + drift.vendor().realm() + "/nonconforming_responses/count")
                        .asInt());
    }

    @Test
    void anAnswerWhoseContentTypeIsNoMediaTypeIsPassedOnAsOctetsAndReported() {
        HttpResponse<byte[]> proxied =
                put(observing.baseUri(), "/v2/managed_accounts/no-media-type", "{\"name\":\"x\"}", VENDOR_TOKEN);

        // The server must parse a Content-Type to send a body under it; this one it cannot, so the bytes go as octets.
        assertEquals(404, proxied.statusCode());
        assertEquals("{\"errors\":[\"Managed Account not found\"]}", text(proxied));
        assertEquals(
                "application/octet-stream",
                proxied.headers().firstValue("Content-Type").orElse(""));
        JsonNode entry = only(journal(observing, PROXY_TOKEN));
        assertEquals(
                "The answer's Content-Type header is not a media type; it was passed on as "
                        + "application/octet-stream.",
                entry.at("/response_problems/0").asText());
    }

    @Test
    void anUnknownCharsetOnEitherSideIsAProblemNotAServerError() {
        HttpResponse<byte[]> proxied = Proxies.send(
                observing.baseUri(),
                "PUT",
                "/v2/managed_accounts/unknown-charset",
                "{\"name\":\"x\"}",
                "Authorization",
                "Bearer " + VENDOR_TOKEN,
                "Content-Type",
                "application/json; charset=bogus");

        assertEquals(404, proxied.statusCode(), text(proxied));
        assertEquals(
                "application/json; charset=bogus",
                proxied.headers().firstValue("Content-Type").orElse(""));
        JsonNode entry = only(journal(observing, PROXY_TOKEN));
        assertEquals("invalid", entry.get("verdict").asText());
        assertTrue(
                entry.at("/problems/0").asText().startsWith("The Content-Type header cannot be read"),
                entry.toString());
        assertEquals("invalid", entry.get("response_verdict").asText());
        assertTrue(
                entry.at("/response_problems/0").asText().startsWith("The answer's Content-Type header cannot be read"),
                entry.toString());
    }

    /** The messages of a vendor's error body, after checking it has that vendor's shape. */
    private static List<String> details(Vendor vendor, JsonNode body) {
        List<String> details = new ArrayList<>();
        for (JsonNode error : body.get("errors")) {
            if (vendor == Vendor.VANTAGE) {
                assertTrue(error.isTextual(), body.toString());
                details.add(error.asText());
            } else {
                assertEquals("502", error.get("status").asText(), body.toString());
                assertEquals("Bad Gateway", error.get("title").asText(), body.toString());
                details.add(error.get("detail").asText());
            }
        }
        return details;
    }

    private static JsonNode find(JsonNode groups, String rule) {
        return StreamSupport.stream(groups.spliterator(), false)
                .filter(g -> g.get("rule").asText().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group for " + rule + " in " + groups));
    }

    private static boolean anyContains(JsonNode messages, String fragment) {
        return messages != null
                && StreamSupport.stream(messages.spliterator(), false)
                        .anyMatch(m -> m.asText().contains(fragment));
    }
}
