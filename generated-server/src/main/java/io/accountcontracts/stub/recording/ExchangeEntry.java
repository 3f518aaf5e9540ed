package io.accountcontracts.stub.recording;

import de.sstoehr.harreader.model.HarCache;
import de.sstoehr.harreader.model.HarContent;
import de.sstoehr.harreader.model.HarEntry;
import de.sstoehr.harreader.model.HarHeader;
import de.sstoehr.harreader.model.HarPostData;
import de.sstoehr.harreader.model.HarQueryParam;
import de.sstoehr.harreader.model.HarRequest;
import de.sstoehr.harreader.model.HarResponse;
import de.sstoehr.harreader.model.HarTiming;
import io.accountcontracts.stub.proxy.ProxiedExchange;
import io.accountcontracts.stub.secrets.Redaction;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One proxied exchange as a HAR 1.2 entry, redacted (see {@link Redaction}). */
final class ExchangeEntry {

    // The exchange does not carry the protocol version; the proxy forwards over HTTP/1.1.
    static final String HTTP_VERSION = "HTTP/1.1";

    private ExchangeEntry() {}

    static HarEntry of(ProxiedExchange exchange) {
        long duration = Math.max(0, exchange.durationMs());
        // Milliseconds, as browsers write them: some HAR viewers parse no finer.
        return HarEntry.builder()
                .startedDateTime(
                        exchange.startedAt().truncatedTo(ChronoUnit.MILLIS).atZone(ZoneOffset.UTC))
                .time((int) Math.min(Integer.MAX_VALUE, duration))
                .request(request(exchange))
                .response(response(exchange))
                .cache(new HarCache())
                // Only the whole round trip is measured, so it all counts as waiting; the rest is unknown (-1).
                .timings(HarTiming.builder()
                        .send(0L)
                        .waitTime(duration)
                        .receive(0L)
                        .build())
                .comment("recorded by the account-contracts stub's proxy ("
                        + exchange.vendor().realm() + "), credentials redacted")
                .build();
    }

    private static HarRequest request(ProxiedExchange exchange) {
        Body body = Body.of(exchange.requestBody());
        HarRequest.HarRequestBuilder request = HarRequest.builder()
                .method(exchange.method())
                .url(Redaction.url(exchange.upstreamUri().toString()))
                .httpVersion(HTTP_VERSION)
                .headers(headers(exchange.requestHeaders()))
                .queryString(queryString(exchange.upstreamUri()))
                .bodySize(body.size());
        if (!body.isEmpty()) {
            request.postData(postData(body, contentType(exchange.requestHeaders())));
        }
        return request.build();
    }

    /**
     * HAR 1.2 gives postData no {@code encoding}, so a body that is not UTF-8 is marked with the custom
     * field {@code _encoding} (custom fields start with an underscore) and a comment a person can read.
     */
    private static HarPostData postData(Body body, String mimeType) {
        HarPostData.HarPostDataBuilder postData =
                HarPostData.builder().mimeType(mimeType).text(body.text());
        if (body.encoding() != null) {
            postData.additional(new HashMap<>(Map.of("_encoding", body.encoding())))
                    .comment("the body is not UTF-8; text holds its bytes in " + body.encoding());
        }
        return postData.build();
    }

    private static HarResponse response(ProxiedExchange exchange) {
        Body body = Body.of(exchange.responseBody());
        Response.Status known = Response.Status.fromStatusCode(exchange.status());
        return HarResponse.builder()
                .status(exchange.status())
                .statusText(known == null ? "" : known.getReasonPhrase())
                .httpVersion(HTTP_VERSION)
                .headers(headers(exchange.responseHeaders()))
                .content(HarContent.builder()
                        .size(body.size())
                        .mimeType(contentType(exchange.responseHeaders()))
                        .text(body.isEmpty() ? null : body.text())
                        .encoding(body.encoding())
                        .build())
                .redirectURL(Redaction.url(first(exchange.responseHeaders(), "Location")))
                .bodySize(body.size())
                .build();
    }

    /** Every value of every header, in the order given, each redacted by its name. */
    private static List<HarHeader> headers(Map<String, List<String>> headers) {
        List<HarHeader> result = new ArrayList<>();
        if (headers != null) {
            headers.forEach((name, values) -> values.forEach(value -> result.add(HarHeader.builder()
                    .name(name)
                    .value(Redaction.header(name, value))
                    .build())));
        }
        return result;
    }

    private static List<HarQueryParam> queryString(URI uri) {
        List<HarQueryParam> result = new ArrayList<>();
        String rawQuery = uri.getRawQuery();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals >= 0 ? pair.substring(0, equals) : pair);
            String value = equals >= 0 ? decode(pair.substring(equals + 1)) : "";
            result.add(HarQueryParam.builder()
                    .name(name)
                    .value(Redaction.queryParameter(name, value))
                    .build());
        }
        return result;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    /** HAR requires a mimeType; an exchange without Content-Type gets an empty one, not an invented one. */
    private static String contentType(Map<String, List<String>> headers) {
        return first(headers, "Content-Type");
    }

    private static String first(Map<String, List<String>> headers, String name) {
        if (headers != null) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
        }
        return "";
    }
}
