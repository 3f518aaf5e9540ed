package io.accountcontracts.stub.secrets;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what the stub may keep or print of a request or an answer: the journal, the HAR
 * recordings and anything else that stores headers, URLs or queries go through it, so a credential
 * hidden in one place cannot show in another. Credentials go: the values of headers and query
 * parameters whose names say credential, the user info of a URL, and credential parameters inside
 * any URL a header carries. Bodies are not its concern: the specs' bodies carry no credentials.
 */
public final class Redaction {

    public static final String REDACTED = "REDACTED";

    // The scheme stays ("Bearer REDACTED"): the specs require "Bearer <token>", so a recording still
    // passes them, and a reader of the journal still sees which scheme was sent.
    private static final Set<String> SCHEME_KEPT = Set.of("authorization", "proxy-authorization");

    // Headers whose value is a URL, which may carry user info or a token in its query.
    private static final Set<String> URL_VALUED = Set.of("location", "content-location", "referer", "link");

    // Names that say "credential" in any spelling and position (access_token, X-Api-Key, X-Access-Key,
    // Private-Key, client_secret, X-Amz-Signature, X-Session-Id, Set-Cookie); compared without case,
    // with '-' and '_' removed. A harmless name caught by this (Idempotency-Key) loses only its value.
    private static final Pattern CREDENTIAL_NAME =
            Pattern.compile("sig|.*(token|key|secret|password|passwd|signature|session|auth|cookie|credential).*");

    // Every request's headers pass here for the journal, under the same few names: each name is matched once.
    // Bounded, so that a caller inventing names cannot grow it; past the bound names are matched each time.
    private static final int DECIDED_MAX = 1024;
    private static final Map<String, Boolean> DECIDED = new ConcurrentHashMap<>();

    // What each header name needs, decided once per spelling: the journal asks for every header of every request.
    private enum Kind {
        KEPT,
        SCHEME_KEPT,
        CREDENTIAL,
        URL,
        LINK
    }

    private static final Map<String, Kind> KINDS = new ConcurrentHashMap<>();

    // A URL inside a Link header: <https://...>; rel="next".
    private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

    private Redaction() {}

    public static boolean isCredentialName(String name) {
        Boolean known = DECIDED.get(name);
        if (known != null) {
            return known;
        }
        String squeezed = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        boolean credential = CREDENTIAL_NAME.matcher(squeezed).matches();
        if (DECIDED.size() < DECIDED_MAX) {
            DECIDED.put(name, credential);
        }
        return credential;
    }

    /** One header value as it may be kept: {@code Bearer REDACTED}, {@code REDACTED}, a redacted URL, or as is. */
    public static String header(String name, String value) {
        if (value == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (SCHEME_KEPT.contains(lower)) {
            return withSchemeKept(value);
        }
        if (isCredentialName(name)) {
            return REDACTED;
        }
        if (lower.equals("link")) {
            return linkTargets(value);
        }
        return URL_VALUED.contains(lower) ? url(value) : value;
    }

    /**
     * Redacts a request's headers where they are, and returns the same map: only the few headers that need it
     * (a credential, a URL) get new values; every other header is left as it is, so keeping a request's headers
     * costs no copy of them. For a map no one else reads afterwards, such as a served request's.
     */
    public static Map<String, List<String>> inPlace(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getValue() != null && kind(header.getKey()) != Kind.KEPT) {
                header.setValue(header(header.getKey(), header.getValue()));
            }
        }
        return headers;
    }

    private static Kind kind(String name) {
        Kind known = KINDS.get(name);
        if (known != null) {
            return known;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Kind kind = SCHEME_KEPT.contains(lower)
                ? Kind.SCHEME_KEPT
                : isCredentialName(name)
                        ? Kind.CREDENTIAL
                        : lower.equals("link") ? Kind.LINK : URL_VALUED.contains(lower) ? Kind.URL : Kind.KEPT;
        if (KINDS.size() < DECIDED_MAX) {
            KINDS.put(name, kind);
        }
        return kind;
    }

    /** Every value of one header, redacted by its name. */
    public static List<String> header(String name, List<String> values) {
        List<String> kept = new ArrayList<>(values.size());
        values.forEach(value -> kept.add(header(name, value)));
        return List.copyOf(kept);
    }

    /** The value a query parameter may keep. */
    public static String queryParameter(String name, String value) {
        return isCredentialName(name) ? REDACTED : value;
    }

    /**
     * A URL, absolute or relative, with its user info and the values of its credential query parameters
     * redacted; the fragment too, where OAuth's implicit flow puts {@code access_token}. Works on the
     * text, so a URL that would not parse is redacted all the same.
     */
    public static String url(String url) {
        if (url == null || url.isEmpty()) {
            return url;
        }
        String fragment = null;
        String rest = url;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        StringBuilder redacted = new StringBuilder(withoutUserInfo(rest));
        if (query != null) {
            redacted.append('?').append(rawQuery(query));
        }
        if (fragment != null) {
            redacted.append('#').append(rawQuery(fragment));
        }
        return redacted.toString();
    }

    /** A raw (still encoded) query with the value of every credential parameter replaced. */
    public static String rawQuery(String rawQuery) {
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals >= 0 ? pair.substring(0, equals) : pair;
            pairs.add(equals >= 0 && isCredentialName(decode(rawName)) ? rawName + "=" + REDACTED : pair);
        }
        return String.join("&", pairs);
    }

    /** {@code https://user:pw@host/p} and {@code //user:pw@host/p} become {@code https://REDACTED@host/p}. */
    private static String withoutUserInfo(String beforeQuery) {
        int slashes = beforeQuery.indexOf("//");
        if (slashes < 0 || (slashes > 0 && beforeQuery.charAt(slashes - 1) != ':')) {
            return beforeQuery; // a relative path: no authority, so no user info
        }
        int authority = slashes + 2;
        int pathStart = beforeQuery.indexOf('/', authority);
        int end = pathStart < 0 ? beforeQuery.length() : pathStart;
        int at = beforeQuery.lastIndexOf('@', end - 1);
        if (at < authority) {
            return beforeQuery;
        }
        return beforeQuery.substring(0, authority) + REDACTED + beforeQuery.substring(at);
    }

    private static String linkTargets(String value) {
        Matcher target = LINK_TARGET.matcher(value);
        StringBuilder redacted = new StringBuilder();
        while (target.find()) {
            target.appendReplacement(redacted, Matcher.quoteReplacement("<" + url(target.group(1)) + ">"));
        }
        target.appendTail(redacted);
        return redacted.toString();
    }

    /** {@code Bearer abc} becomes {@code Bearer REDACTED}; a value with no scheme in front becomes {@code REDACTED}. */
    private static String withSchemeKept(String value) {
        String trimmed = value.strip();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) + " " + REDACTED : REDACTED;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
