package io.accountcontracts.contract.support;

import java.util.List;
import java.util.Map;

/** One HTTP request and the response to it, as bytes on the wire saw them. */
public record Exchange(
        String method,
        String path,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        int status,
        Map<String, List<String>> responseHeaders,
        String responseBody) {

    @Override
    public String toString() {
        return method + " " + path + " -> " + status;
    }
}
