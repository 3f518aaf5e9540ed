package io.accountcontracts.stub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Test
    void aValidTargetIsLeftAsItIs() {
        String path = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23;x=1%20a";
        assertNull(RequestTarget.problem("path", path));
        assertEquals(path, RequestTarget.escaped(path));
    }

    @Test
    void aPercentSignWithoutTwoHexDigitsIsNamedWithItsPlaceAndEscaped() {
        String path = "/v2/accounts/%ZZ";
        assertEquals(
                "The request path is not a valid URI: '%' not followed by two hexadecimal digits at character 14.",
                RequestTarget.problem("path", path));
        assertEquals("/v2/accounts/%25ZZ", RequestTarget.escaped(path));
        assertEquals("/v2/accounts/%25", RequestTarget.escaped("/v2/accounts/%"));
    }

    @Test
    void characterThatMustBeEncodedIsNamedAndEncodedAsUtf8() {
        assertEquals(
                "The request query is not a valid URI: the character '{', which must be percent-encoded at character 3.",
                RequestTarget.problem("query", "a={b}"));
        assertEquals(
                "The request path is not a valid URI: the character U+00E9 at character 2.",
                RequestTarget.problem("path", "/é"));
        assertEquals("/%C3%A9%7B%7D", RequestTarget.escaped("/é{}"));
    }

    @Test
    void everyEscapedTargetIsAUriJavaAccepts() {
        for (String target : new String[] {"/a%", "/a%Z", "/%%41", "/a b", "/\"<>\\^`|", "/\u0001", "/😀"}) {
            URI.create("http://localhost" + RequestTarget.escaped(target));
        }
    }
}
