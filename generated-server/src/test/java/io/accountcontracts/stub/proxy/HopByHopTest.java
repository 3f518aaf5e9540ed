package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connection-level headers never cross the proxy; the message's own headers do, as they came. */
class HopByHopTest {

    @Test
    void requestKeepsTheMessageHeadersInOrderAndSpelling() {
        Map<String, List<String>> headers = headers(
                "Authorization", "Bearer vendor-token",
                "Content-type", "application/json",
                "Accept", "application/json",
                "X-Request-Id", "r-1",
                "User-agent", "curl/8");

        assertEquals(headers, HopByHop.forRequest(headers));
    }

    @Test
    void requestDropsHopByHopHeadersInAnyCase() {
        Map<String, List<String>> headers = headers(
                "Connection", "keep-alive",
                "KEEP-ALIVE", "timeout=5",
                "Proxy-Authorization", "Basic c2VjcmV0",
                "Proxy-Connection", "keep-alive",
                "te", "trailers",
                "Trailer", "Expires",
                "Transfer-Encoding", "chunked",
                "Upgrade", "h2c",
                "Accept", "application/json");

        assertEquals(headers("Accept", "application/json"), HopByHop.forRequest(headers));
    }

    @Test
    void requestDropsWhatTheHttpClientSetsItself() {
        Map<String, List<String>> headers = headers(
                "Host", "127.0.0.1:8080",
                "Content-length", "12",
                "Expect", "100-continue",
                "Accept", "*/*");

        assertEquals(headers("Accept", "*/*"), HopByHop.forRequest(headers));
    }

    @Test
    void headersNamedInConnectionAreDroppedToo() {
        Map<String, List<String>> headers = headers(
                "Connection", "close, X-Hop ,x-other",
                "X-Hop", "1",
                "X-Other", "2",
                "X-Kept", "3");

        assertEquals(headers("X-Kept", "3"), HopByHop.forRequest(headers));
        assertEquals(headers("X-Kept", "3"), HopByHop.forResponse(headers));
    }

    @Test
    void responseDropsHopByHopAndLengthButKeepsEverythingElseWithAllValues() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("content-type", List.of("application/json"));
        headers.put("content-length", List.of("42"));
        headers.put("transfer-encoding", List.of("chunked"));
        headers.put("connection", List.of("close"));
        headers.put("proxy-authenticate", List.of("Basic"));
        headers.put("set-cookie", List.of("a=1", "b=2"));
        headers.put("x-vendor-trace", List.of("abc"));
        headers.put("www-authenticate", List.of("Bearer realm=\"vantage\""));

        Map<String, List<String>> kept = HopByHop.forResponse(headers);

        assertEquals(
                List.of("content-type", "set-cookie", "x-vendor-trace", "www-authenticate"),
                List.copyOf(kept.keySet()));
        assertEquals(List.of("a=1", "b=2"), kept.get("set-cookie"));
    }

    @Test
    void hostIsKeptInAResponseAndExpectOnlyMattersToTheClient() {
        Map<String, List<String>> headers = headers("Host", "h", "Expect", "x");

        assertEquals(headers, HopByHop.forResponse(headers));
    }

    private static Map<String, List<String>> headers(String... namesAndValues) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return headers;
    }
}
