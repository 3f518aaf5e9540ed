package io.accountcontracts.contract.recordings;

import io.accountcontracts.contract.support.Exchange;
import java.util.List;
import java.util.Map;

/** One request and its response from a HAR file, with bodies already decoded to text. */
record HarEntry(
        String file,
        int index,
        String method,
        String url,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        String responseBody) {

    /** What a test report shows: enough to find the entry in its file. */
    String name() {
        return file + " #" + (index + 1) + ": " + method + " " + url + " -> " + status;
    }

    /**
     * The URL's raw path. Taken apart by hand rather than with {@code URI}, because exported URLs
     * are not always strict RFC 3986 and one odd URL must not stop the whole file.
     */
    String path() {
        String path = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        int end = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        path = end >= 0 ? path.substring(0, end) : path;
        return path.isEmpty() ? "/" : path;
    }

    Exchange toExchange() {
        return new Exchange(method, path(), requestHeaders, requestBody, status, responseHeaders, responseBody);
    }
}
