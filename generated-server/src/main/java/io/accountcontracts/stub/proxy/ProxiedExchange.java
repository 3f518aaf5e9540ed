package io.accountcontracts.stub.proxy;

import io.accountcontracts.stub.errors.Vendor;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the proxy forwarded and the upstream's answer to it, as they went over the wire (headers
 * unredacted: whoever keeps it redacts).
 *
 * @param upstreamUri the URL the request was sent to, query included
 * @param durationMs  from sending the request to having the whole answer
 */
public record ProxiedExchange(
        Vendor vendor,
        Instant startedAt,
        long durationMs,
        String method,
        URI upstreamUri,
        Map<String, List<String>> requestHeaders,
        byte[] requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        byte[] responseBody) {}
