package io.accountcontracts.stub.recording;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a recording must never hold: credentials, in headers, query parameters and the URL's user
 * info. Applied to every value before it is put in an entry, so nothing redacted reaches the disk.
 * Bodies are kept as they are: the specs' bodies carry no credentials, and a body is the point of
 * a recording.
 */
final class Redaction {

    static final String REDACTED = "REDACTED";

    // The scheme stays: the specs require "Bearer <token>", and a recording must still pass them.
    private static final Set<String> SCHEME_KEPT = Set.of("authorization", "proxy-authorization");
    private static final Set<String> WHOLLY_REDACTED = Set.of("cookie", "set-cookie");

    // Names that say "credential" in the usual spellings (access_token, X-Api-Key, client_secret,
    // X-Amz-Signature, X-Auth-Token); compared with '-' and '_' removed, without case. A harmless
    // name caught by this loses only its value.
    private static final Pattern CREDENTIAL_NAME =
            Pattern.compile("key|sig|.*(token|secret|password|passwd|apikey|signature|credential|auth|session).*");

    private Redaction() {}

    static String header(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SCHEME_KEPT.contains(lower)) {
            return withSchemeKept(value);
        }
        return WHOLLY_REDACTED.contains(lower) || isCredentialName(name) ? REDACTED : value;
    }

    /** {@code Bearer abc} becomes {@code Bearer REDACTED}; a value with no scheme in front becomes {@code REDACTED}. */
    private static String withSchemeKept(String value) {
        String trimmed = value.strip();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) + " " + REDACTED : REDACTED;
    }

    static boolean isCredentialName(String name) {
        String squeezed = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return CREDENTIAL_NAME.matcher(squeezed).matches();
    }

    /** A raw (still encoded) query with the value of every credential parameter replaced. */
    static String rawQuery(String rawQuery) {
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals >= 0 ? pair.substring(0, equals) : pair;
            pairs.add(equals >= 0 && isCredentialName(decode(rawName)) ? rawName + "=" + REDACTED : pair);
        }
        return String.join("&", pairs);
    }

    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
