package io.accountcontracts.contract.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sends bytes exactly as given, for the requests a generated client cannot or would not send. */
public final class RawHttp {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI baseUri;
    private final ExchangeRecorder recorder;

    public RawHttp(URI baseUri, ExchangeRecorder recorder) {
        this.baseUri = baseUri;
        this.recorder = recorder;
    }

    /** A PUT of {@code body} with the given headers (name, value, name, value, ...), recorded like any other. */
    public HttpResponse<String> put(String rawPath, String body, String... headerPairs) {
        return send("PUT", rawPath, body.getBytes(StandardCharsets.UTF_8), headerPairs);
    }

    /** Any method, any bytes (null for no body), any headers: recorded like any other exchange. */
    public HttpResponse<String> send(String method, String rawPath, byte[] body, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + rawPath))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        Map<String, List<String>> sentHeaders = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
            sentHeaders.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            recorder.record(new Exchange(
                    method,
                    URI.create(rawPath).getRawPath(),
                    sentHeaders,
                    body == null ? null : new String(body, StandardCharsets.UTF_8),
                    response.statusCode(),
                    response.headers().map(),
                    response.body()));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + rawPath + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
