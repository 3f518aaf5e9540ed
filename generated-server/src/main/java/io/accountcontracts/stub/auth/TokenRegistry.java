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
