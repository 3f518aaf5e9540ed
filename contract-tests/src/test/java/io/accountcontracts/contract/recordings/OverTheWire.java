package io.accountcontracts.contract.recordings;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a request to a server and returns the exchange as the proxy hands it to its recorder: the
 * headers sent, the bytes sent, and the answer as it came back.
 */
final class OverTheWire {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI baseUri;

    OverTheWire(URI baseUri) {
        this.baseUri = baseUri;
    }

    ProxiedExchange put(Vendor vendor, String rawPath, String token, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of("Bearer " + token));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Accept", List.of("application/json"));
        byte[] sent = body.getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(baseUri + rawPath);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(sent));
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        Instant started = Instant.now();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long durationMs = Duration.between(started, Instant.now()).toMillis();
            return new ProxiedExchange(
                    vendor,
                    started,
                    durationMs,
                    "PUT",
                    uri,
                    headers,
                    sent,
                    response.statusCode(),
                    response.headers().map(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("PUT " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending PUT " + uri, e);
        }
    }
}
