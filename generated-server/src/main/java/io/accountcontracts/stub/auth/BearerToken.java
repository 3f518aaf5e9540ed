package io.accountcontracts.stub.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the credentials of an {@code Authorization} header as RFC 7235 and RFC 6750 define them. */
public final class BearerToken {

    // RFC 7235: the auth-scheme is case-insensitive and 1*SP separates it from the credentials.
    // RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    private static final Pattern BEARER = Pattern.compile("(?i:bearer) +([A-Za-z0-9\\-._~+/]+=*)\\s*");

    private BearerToken() {}

    /** The token carried by the header, or empty when the header is absent or not a Bearer credential. */
    public static Optional<String> from(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        Matcher matcher = BEARER.matcher(authorizationHeader);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
