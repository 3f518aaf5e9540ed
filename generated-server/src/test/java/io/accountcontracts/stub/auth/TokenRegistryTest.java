package io.accountcontracts.stub.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only a configured token, byte for byte, is accepted; a stub accepting none would lock everyone out. */
class TokenRegistryTest {

    private final TokenRegistry registry = new TokenRegistry(Set.of("alpha-1", "beta-2", "gamma-3"));

    @Test
    void anEmptySetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenRegistry(Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alpha-1", "beta-2", "gamma-3"})
    void everyConfiguredTokenIsAccepted(String token) {
        // The comparison runs over every known token, so a match must survive the ones after it.
        assertTrue(registry.accepts(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alpha", "alpha-12", "ALPHA-1", "alpha-1 ", "beta-2gamma-3", "delta-4"})
    void anythingElseIsRefused(String token) {
        assertFalse(registry.accepts(token));
    }

    @Test
    void tokensCompareByTheirUtf8Bytes() {
        TokenRegistry unicode = new TokenRegistry(Set.of("jeton-\u00e9"));

        assertTrue(unicode.accepts("jeton-\u00e9"));
        assertFalse(unicode.accepts("jeton-e\u0301")); // the same glyph, decomposed, is another token
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer beta-2", "beta-2", "session=beta-2; theme=dark", "Token beta-2, x", "a beta-2=="})
    void aTokenIsFoundAsAWholeWordAnywhereInAHeaderValue(String value) {
        assertTrue(registry.foundIn(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer beta-22", "xbeta-2", "beta-2x", "Bearer beta", "beta-2/"})
    void aTokenInsideALongerWordIsNotFound(String value) {
        assertFalse(registry.foundIn(value), value);
    }

    @Test
    void aOneLetterTokenIsNotFoundInsideOrdinaryHeaderValues() {
        TokenRegistry shortToken = new TokenRegistry(Set.of("t"));

        assertFalse(shortToken.foundIn("text/plain; charset=utf-8"));
        assertTrue(shortToken.foundIn("Bearer t"));
    }
}
