package io.accountcontracts.stub.proxy;

import io.accountcontracts.stub.errors.Vendor;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One {@code --proxy VENDOR=URL}: whose requests go where. The URL is the vendor's host, a sandbox or
 * another stub, and may carry a base path; each request's own path and query are appended to it.
 */
public record ProxyTarget(Vendor vendor, URI upstream) {

    static final String EXAMPLE = "vantage=https://api.vantage.sh";

    /**
     * Reads {@code VENDOR=URL}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static ProxyTarget parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("expected VENDOR=URL, such as " + EXAMPLE + "; got '" + text + "'");
        }
        String name = text.substring(0, equals).strip();
        Vendor vendor = Arrays.stream(Vendor.values())
                .filter(v -> v.realm().equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("'" + name + "' is not a vendor of this stub; use " + realms()));
        return new ProxyTarget(vendor, upstream(text.substring(equals + 1).strip()));
    }

    /** The vendor names {@code --proxy} takes, for messages: "vantage or elasticpath". */
    public static String realms() {
        return Arrays.stream(Vendor.values()).map(Vendor::realm).collect(Collectors.joining(" or "));
    }

    private static URI upstream(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + url + "' is not an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + url + "' names no host");
        }
        // The URL is printed in the summary and the log; a credential belongs in the caller's Authorization header.
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'" + scrubbed(uri) + "' carries user information; leave it out, "
                    + "the caller's Authorization header is forwarded");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + url + "' has a query or fragment; give the base URL only, "
                    + "each request's own path and query are appended to it");
        }
        return uri;
    }

    private static String scrubbed(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
