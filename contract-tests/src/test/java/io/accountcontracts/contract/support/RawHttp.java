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

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI baseUri;
    private final ExchangeRecorder recorder;

    RawHttp(URI baseUri, ExchangeRecorder recorder) {
        this.baseUri = baseUri;
        this.recorder = recorder;
    }

    /** A PUT of {@code body} with the given headers (name, value, name, value, ...), recorded like any other. */
    public HttpResponse<String> put(String rawPath, String body, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(rawPath))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Map<String, List<String>> sentHeaders = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
            sentHeaders.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            recorder.record(new Exchange("PUT", URI.create(rawPath).getRawPath(), sentHeaders, body,
                    response.statusCode(), response.headers().map(), response.body()));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
