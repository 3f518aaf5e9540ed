package io.accountcontracts.contract.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.errors.Vendor;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One request, one verdict: an undocumented query parameter breaks the contract whether the stub answers the
 * request itself or forwards it, because both build the validator's request the same way.
 */
class QueryParameterVerdictTest {

    private static final String BODY = "{\"data\":{\"type\":\"account\",\"name\":\"fine\"}}";

    @Test
    void anUndocumentedQueryParameterIsJudgedTheSameStubbedAndProxied() {
        try (StubServer upstream = Proxies.upstreamStub();
                StubServer proxy = Proxies.proxy(Proxies.observing(Vendor.ELASTIC_PATH, upstream.baseUri()))) {
            HttpResponse<byte[]> answer =
                    Proxies.put(proxy.baseUri(), Proxies.EP_PATH + "?api_key=zzz", BODY, Proxies.VENDOR_TOKEN);

            // The upstream stub answered it itself, as usual; the proxy passed that answer on.
            assertEquals(200, answer.statusCode(), Proxies.text(answer));
            JsonNode stubbed = only(Proxies.journal(upstream, Proxies.VENDOR_TOKEN));
            JsonNode proxied = only(Proxies.journal(proxy, Proxies.PROXY_TOKEN));
            assertEquals("stubbed", stubbed.get("mode").asText());
            assertEquals("proxied", proxied.get("mode").asText());
            assertEquals("invalid", stubbed.get("verdict").asText(), stubbed.toString());
            assertEquals(proxied.get("verdict"), stubbed.get("verdict"));
            assertEquals(proxied.get("problems"), stubbed.get("problems"));
            assertTrue(
                    stubbed.get("problems").get(0).asText().contains("Query parameter 'api_key' is unexpected"),
                    stubbed.toString());
        }
    }

    @Test
    void anUndocumentedQueryParameterBesideAnInvalidBodyIsRefusedNamingBoth() {
        try (StubServer stub = Proxies.upstreamStub()) {
            HttpResponse<byte[]> answer = Proxies.put(
                    stub.baseUri(),
                    Proxies.EP_PATH + "?api_key=zzz",
                    "{\"data\":{\"type\":\"account\",\"name\":\"\"}}",
                    Proxies.VENDOR_TOKEN);

            assertEquals(400, answer.statusCode());
            String details = Proxies.json(answer).findValuesAsText("detail").toString();
            assertTrue(details.contains("api_key") && details.contains("/data/name"), details);
        }
    }

    private static JsonNode only(List<JsonNode> journal) {
        assertEquals(1, journal.size(), journal.toString());
        return journal.get(0);
    }
}
