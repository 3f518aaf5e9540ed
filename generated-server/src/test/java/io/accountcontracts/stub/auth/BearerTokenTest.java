package io.accountcontracts.stub.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Authorization header is read as RFC 7235 credentials carrying an RFC 6750 b64token. */
class BearerTokenTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "'Bearer abc123'                | abc123",
                "'bearer abc123'                | abc123", // the scheme is case-insensitive
                "'BEARER abc123'                | abc123",
                "'bEaReR abc123'                | abc123",
                "'Bearer    abc123'             | abc123", // 1*SP between scheme and token
                "'Bearer a-b.c_d~e+f/g'         | a-b.c_d~e+f/g",
                "'Bearer abc=='                 | abc==", // trailing padding is part of the token
                "'Bearer ABCxyz0189'            | ABCxyz0189",
                "'Bearer abc123 '               | abc123"
            }) // whitespace after the value is not part of it
    void readsTheTokenOfABearerCredential(String header, String token) {
        assertEquals(Optional.of(token), BearerToken.from(header));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "Bearer", // no token
                "Bearer ",
                "Bearer    ",
                "Bearerabc123", // no space after the scheme
                "Bearer\tabc123", // the separator is SP, not any whitespace
                "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
                "Token abc123",
                "Bearer abc 123", // more than one credential part
                "Bearer abc123 extra",
                "Bearer Bearer abc123",
                "Bearer abc,123", // characters outside b64token
                "Bearer abc$123",
                "Bearer \"abc123\"",
                "Bearer abc:123",
                "Bearer a=bc", // '=' only as trailing padding
                "Bearer =abc",
                "Bearer ==",
                "Bearer abcé"
            })
    void refusesAnythingElse(String header) {
        assertEquals(Optional.empty(), BearerToken.from(header));
    }
}
