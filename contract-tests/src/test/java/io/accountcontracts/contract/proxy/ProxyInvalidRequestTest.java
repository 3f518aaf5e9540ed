package io.accountcontracts.contract.proxy;

import static io.accountcontracts.contract.proxy.Proxies.EP_PATH;
import static io.accountcontracts.contract.proxy.Proxies.PROXY_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.VENDOR_TOKEN;
import static io.accountcontracts.contract.proxy.Proxies.journal;
import static io.accountcontracts.contract.proxy.Proxies.json;
import static io.accountcontracts.contract.proxy.Proxies.only;
import static io.accountcontracts.contract.proxy.Proxies.put;
import static io.accountcontracts.contract.proxy.Proxies.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request that breaks the spec is forwarded and reported when observing (the vendor's own answer is what
 * the test run wants to see), and refused here, never reaching the vendor, under {@code --proxy-strict}.
 */
class ProxyInvalidRequestTest {

    private static final String TOO_SHORT = "{\"data\":{\"type\":\"account\",\"name\":\"\"}}";

    private static StubServer upstream;
    private static StubServer observing;
    private static StubServer strict;
    private static StubServer smallBodies;

    @BeforeAll
    static void start() {
        upstream = Proxies.upstreamStub();
        observing = Proxies.proxy(Proxies.observing(Vendor.ELASTIC_PATH, upstream.baseUri()));
        strict = Proxies.proxy(Proxies.strict(Vendor.ELASTIC_PATH, upstream.baseUri()));
        smallBodies = StubServer.start(StubConfig.forTests(PROXY_TOKEN).toBuilder()
                .maxBodyBytes(64)
                .proxy(Proxies.observing(Vendor.ELASTIC_PATH, upstream.baseUri()))
                .build());
    }

    @AfterAll
    static void stop() {
        observing.close();
        strict.close();
        smallBodies.close();
        upstream.close();
    }

    @BeforeEach
    void reset() {
        upstream.reset();
        observing.reset();
        strict.reset();
        smallBodies.reset();
    }

    @Test
    void observingForwardsAnInvalidRequestAndReportsIt() {
        HttpResponse<byte[]> proxied = put(observing.baseUri(), EP_PATH, TOO_SHORT, VENDOR_TOKEN);

        // The upstream's own 400, as it sent it.
        assertEquals(400, proxied.statusCode());
        JsonNode atUpstream = only(journal(upstream, VENDOR_TOKEN));
        assertEquals("invalid", atUpstream.get("verdict").asText());
        assertEquals(text(put(upstream.baseUri(), EP_PATH, TOO_SHORT, VENDOR_TOKEN)), text(proxied));
        JsonNode atProxy = only(journal(observing, PROXY_TOKEN));
        assertEquals("invalid", atProxy.get("verdict").asText());
        assertTrue(
                atProxy.at("/problems/0").asText().startsWith("[Path '/data/name'] String \"\" is too short"),
                atProxy.toString());
        assertEquals("valid", atProxy.get("response_verdict").asText(), "the upstream's 400 is documented");
        JsonNode invalid = Proxies.violations(observing).at("/vendors/elasticpath/invalid_requests");
        assertEquals(1, invalid.get("count").asInt());
        assertEquals(
                "validation.request.body.schema.minLength",
                invalid.at("/by_rule/0/rule").asText());
        assertEquals(400, invalid.at("/by_rule/0/status").asInt());
        assertEquals("updateAccount", invalid.at("/by_rule/0/operationId").asText());
        assertEquals(EP_PATH, invalid.at("/by_rule/0/example/path").asText());
    }

    @Test
    void strictlyAnInvalidRequestIsRefusedHereAndNeverReachesTheVendor() {
        HttpResponse<byte[]> refused = put(strict.baseUri(), EP_PATH, TOO_SHORT, VENDOR_TOKEN);

        assertEquals(400, refused.statusCode());
        JsonNode error = json(refused).at("/errors/0");
        assertEquals("400", error.get("status").asText());
        assertEquals("Bad Request", error.get("title").asText());
        assertTrue(
                error.get("detail").asText().startsWith("[Path '/data/name'] String \"\" is too short"),
                error.toString());
        assertEquals(List.of(), journal(upstream, VENDOR_TOKEN), "the upstream never saw it");
        JsonNode atProxy = only(journal(strict, PROXY_TOKEN));
        assertEquals("proxied", atProxy.get("mode").asText());
        assertEquals("invalid", atProxy.get("verdict").asText());
        assertNull(atProxy.get("response_verdict"), "nothing was forwarded, so no answer was checked");
        assertNull(atProxy.get("upstream_status"));
        assertEquals(
                1,
                Proxies.violations(strict)
                        .at("/vendors/elasticpath/invalid_requests/count")
                        .asInt());
    }

    @Test
    void strictlyAValidRequestIsForwardedAsUsual() {
        String valid = "{\"data\":{\"type\":\"account\",\"name\":\"strict-but-valid\"}}";

        HttpResponse<byte[]> proxied = put(strict.baseUri(), EP_PATH, valid, VENDOR_TOKEN);

        assertEquals(200, proxied.statusCode(), text(proxied));
        assertEquals("strict-but-valid", json(proxied).at("/data/name").asText());
        assertEquals(
                "valid", only(journal(upstream, VENDOR_TOKEN)).get("verdict").asText());
    }

    @Test
    void aMethodThePathDoesNotHaveIsARequestProblemForwardedWhenObservingAndRefusedWhenStrict() {
        HttpResponse<byte[]> observed =
                Proxies.send(observing.baseUri(), "PATCH", EP_PATH, null, "Authorization", "Bearer " + VENDOR_TOKEN);
        HttpResponse<byte[]> refused =
                Proxies.send(strict.baseUri(), "PATCH", EP_PATH, null, "Authorization", "Bearer " + VENDOR_TOKEN);

        assertEquals(405, observed.statusCode(), "the upstream's answer");
        assertTrue(
                observed.headers().firstValue("Allow").orElse("").contains("PUT"),
                observed.headers().toString());
        JsonNode atProxy = only(journal(observing, PROXY_TOKEN));
        assertEquals("invalid", atProxy.get("verdict").asText());
        assertEquals("not_validated", atProxy.get("response_verdict").asText(), "no operation documents an answer");
        assertEquals(
                "validation.request.operation.notAllowed",
                Proxies.violations(observing)
                        .at("/vendors/elasticpath/invalid_requests/by_rule/0/rule")
                        .asText());
        assertEquals(400, refused.statusCode());
        assertEquals(1, journal(upstream, VENDOR_TOKEN).size(), "only the observed one reached the upstream");
    }

    @Test
    void aPathNoOperationHasIsARequestProblemToo() {
        HttpResponse<byte[]> observed =
                put(observing.baseUri(), EP_PATH + "/extra", "{\"data\":{\"name\":\"x\"}}", VENDOR_TOKEN);

        assertEquals(404, observed.statusCode(), "the upstream's answer");
        JsonNode atProxy = only(journal(observing, PROXY_TOKEN));
        assertEquals("invalid", atProxy.get("verdict").asText());
        assertTrue(atProxy.get("operationId").isNull());
        assertEquals(
                "validation.request.path.missing",
                Proxies.violations(observing)
                        .at("/vendors/elasticpath/invalid_requests/by_rule/0/rule")
                        .asText());
    }

    @Test
    void aBodyOverTheLimitIsRefusedHereWithTheVendors413() {
        String large = "{\"data\":{\"type\":\"account\",\"name\":\"" + "x".repeat(100) + "\"}}";

        HttpResponse<byte[]> refused = put(smallBodies.baseUri(), EP_PATH, large, VENDOR_TOKEN);

        assertEquals(413, refused.statusCode());
        assertEquals(
                "The request body is larger than the limit of 64 bytes.",
                json(refused).at("/errors/0/detail").asText());
        assertEquals(List.of(), journal(upstream, VENDOR_TOKEN));
        assertEquals(
                "invalid",
                only(journal(smallBodies, PROXY_TOKEN)).get("verdict").asText());
    }

    @Test
    void anInvalidRequestIsForwardedByteForByte() {
        byte[] notJson = "{\"data\": {\"name\": \"unterminated".getBytes();

        HttpResponse<byte[]> proxied = put(observing.baseUri(), EP_PATH, new String(notJson), VENDOR_TOKEN);
        HttpResponse<byte[]> direct = put(upstream.baseUri(), EP_PATH, new String(notJson), VENDOR_TOKEN);

        assertEquals(400, proxied.statusCode());
        assertArrayEquals(direct.body(), proxied.body());
        assertEquals(
                "invalid", only(journal(observing, PROXY_TOKEN)).get("verdict").asText());
    }
}
