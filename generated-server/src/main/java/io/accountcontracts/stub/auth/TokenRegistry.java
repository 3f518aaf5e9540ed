package io.accountcontracts.stub.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/** The bearer tokens the stub accepts. */
public final class TokenRegistry {

    private final List<byte[]> accepted;

    public TokenRegistry(Set<String> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("at least one token must be accepted");
        }
        this.accepted =
                tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /**
     * Whether the text carries an accepted token as a whole word: not inside a longer run of the characters a
     * bearer token is made of (RFC 6750's b64token), so that a short token such as {@code t} is not found in
     * {@code text/plain}. Finds {@code Bearer T}, {@code session=T; x=1}, {@code T==}, {@code T} alone.
     */
    public boolean foundIn(String text) {
        if (text == null) {
            return false;
        }
        for (byte[] known : accepted) {
            String token = new String(known, StandardCharsets.UTF_8);
            if (token.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
                int end = at + token.length();
                if ((at == 0 || !isTokenChar(text.charAt(at - 1)))
                        && (end == text.length() || !isTokenChar(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }

    public boolean accepts(String token) {
        byte[] candidate = token.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        // Compare against every token in constant time so timing does not tell how close a guess was.
        for (byte[] known : accepted) {
            match |= MessageDigest.isEqual(known, candidate);
        }
        return match;
    }
}
