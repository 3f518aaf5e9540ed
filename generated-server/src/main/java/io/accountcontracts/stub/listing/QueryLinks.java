package io.accountcontracts.stub.listing;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Builds the absolute page links of a list answer on the stub's own base URI, so that a client following
 * {@code next} comes back to the stub and not to the vendor.
 */
final class QueryLinks {

    private final String collection;
    private final StringJoiner query = new StringJoiner("&");

    /** @param base the stub's root, such as {@code http://127.0.0.1:8080/}; @param path such as {@code /v2/accounts} */
    QueryLinks(URI base, String path) {
        String root = base.toString();
        this.collection = (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /** Adds {@code name=value}, both percent-encoded, unless the value is null (a parameter not sent). */
    QueryLinks with(String name, Object value) {
        if (value != null) {
            query.add(encode(name) + "=" + encode(value.toString()));
        }
        return this;
    }

    String build() {
        return query.length() == 0 ? collection : collection + "?" + query;
    }

    // Brackets are encoded too ("page%5Blimit%5D"): RFC 3986 allows them only in a host, and java.net.URI refuses
    // them in a query, so a client could not follow a link that kept them raw. A space is %20, never '+', which
    // Elastic Path reads as a space but other servers may not.
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
