package io.accountcontracts.contract.recordings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the entries of a HAR 1.2 file, as browsers, proxies and Postman export them. */
final class HarFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HarFile() {}

    /** A HAR file kept under src/test/resources: a capture that is not the user's. */
    static List<HarEntry> fromClasspath(String resource) {
        try {
            return read(Path.of(HarFile.class.getResource(resource).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<HarEntry> read(Path file) {
        JsonNode entries;
        try {
            entries = JSON.readTree(file.toFile()).path("log").path("entries");
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable JSON", e);
        }
        if (!entries.isArray()) {
            throw new IllegalArgumentException(file + " is not a HAR file: it has no log.entries array");
        }
        List<HarEntry> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            result.add(entry(file.getFileName().toString(), i, entries.get(i)));
        }
        return result;
    }

    private static HarEntry entry(String file, int index, JsonNode entry) {
        JsonNode request = entry.path("request");
        JsonNode postData = request.path("postData");
        JsonNode response = entry.path("response");
        JsonNode content = response.path("content");
        String requestBody = text(postData);
        String responseBody = text(content);
        return new HarEntry(
                file,
                index,
                request.path("method").asText(""),
                request.path("url").asText(""),
                headers(
                        request.path("headers"),
                        requestBody.isEmpty() ? "" : postData.path("mimeType").asText("")),
                requestBody,
                response.path("status").asInt(0),
                headers(
                        response.path("headers"),
                        responseBody.isEmpty() ? "" : content.path("mimeType").asText("")),
                responseBody);
    }

    /**
     * Header names are compared without case, as HTTP does (HTTP/2 exports are all lower case).
     * HTTP/2 pseudo-headers (":path", ":authority") are dropped: they are not headers of the API.
     * Some exporters leave Content-Type out of the header list and keep it only as the body's
     * mimeType, so it is put back from there.
     */
    private static Map<String, List<String>> headers(JsonNode list, String mimeType) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode header : list) {
            String name = header.path("name").asText("");
            if (!name.isEmpty() && !name.startsWith(":")) {
                headers.computeIfAbsent(name, n -> new ArrayList<>())
                        .add(header.path("value").asText(""));
            }
        }
        if (!mimeType.isEmpty() && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", List.of(mimeType));
        }
        return headers;
    }

    /**
     * A body's text. HAR 1.2 lets a response's content be base64 ({@code encoding}); for a request's
     * postData it has no such field, so the stub's proxy marks a body that is not UTF-8 with the custom
     * field {@code _encoding}, and some tools write {@code encoding} there too.
     */
    private static String text(JsonNode body) {
        String text = body.path("text").asText("");
        String encoding = body.path("encoding").asText(body.path("_encoding").asText(""));
        if ("base64".equalsIgnoreCase(encoding)) {
            return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
        }
        return text;
    }
}
