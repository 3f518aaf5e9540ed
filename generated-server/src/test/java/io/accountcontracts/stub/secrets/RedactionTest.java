package io.accountcontracts.stub.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule: which header and query values, and which parts of a URL, may be kept or shown. */
class RedactionTest {

    @ParameterizedTest
    @CsvSource({
        "Authorization, Bearer abc, Bearer REDACTED",
        "authorization, '  Bearer   abc def', Bearer REDACTED",
        "Authorization, abc, REDACTED",
        "PROXY-AUTHORIZATION, Basic dXNlcjpwdw==, Basic REDACTED",
        "Cookie, a=b, REDACTED",
        "set-cookie, a=b; Path=/, REDACTED",
        "X-Auth-Token, abc, REDACTED",
        "X-Amz-Security-Token, abc, REDACTED",
        "X-Api-Key, abc, REDACTED",
        "X-Access-Key, abc, REDACTED",
        "Private-Key, abc, REDACTED",
        "x-session-id, abc, REDACTED",
        "X-Client-SECRET, abc, REDACTED",
        "X-Signature, abc, REDACTED",
        "X-Credentials, abc, REDACTED",
        "Content-Type, application/json, application/json",
        "Accept, */*, */*",
        "X-Request-Id, r-1, r-1",
    })
    void headerValuesWhoseNameSaysCredentialGo(String name, String value, String kept) {
        assertEquals(kept, Redaction.header(name, value));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Location | https://me:pw@api.example/v2/a?access_token=t&page=2 | https://REDACTED@api.example/v2/a?access_token=REDACTED&page=2",
                "location | /v2/a?Access_Key=k&x=1#id_token=i&state=s | /v2/a?Access_Key=REDACTED&x=1#id_token=REDACTED&state=s",
                "Content-Location | //u@cdn.example/f?X-Amz-Signature=s | //REDACTED@cdn.example/f?X-Amz-Signature=REDACTED",
                "Referer | https://app.example/cb?code=c&client_secret=s | https://app.example/cb?code=c&client_secret=REDACTED",
                "Link | <https://api.example/v2/a?page=2&api_key=k>; rel=\"next\", </v2/a?session=s>; rel=prev | <https://api.example/v2/a?page=2&api_key=REDACTED>; rel=\"next\", </v2/a?session=REDACTED>; rel=prev",
                "Location | https://api.example/v2/a@b?page=2 | https://api.example/v2/a@b?page=2",
            })
    void urlsInHeadersLoseUserInfoAndCredentialParameters(String name, String value, String kept) {
        assertEquals(kept, Redaction.header(name, value));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://u:p@h.example:8443/p?a=1&token=t | https://REDACTED@h.example:8443/p?a=1&token=REDACTED",
                "https://h.example/p?%61ccess_key=k | https://h.example/p?%61ccess_key=REDACTED",
                "https://h.example/p?flag&password= | https://h.example/p?flag&password=REDACTED",
                "/p/with//slashes?q=1 | /p/with//slashes?q=1",
            })
    void anyUrl(String url, String kept) {
        assertEquals(kept, Redaction.url(url));
    }

    @ParameterizedTest
    @CsvSource({
        "access_token, true",
        "ACCESS-KEY, true",
        "privateKey, true",
        "sig, true",
        "oauth_nonce, true",
        "page, false",
        "include, false",
        "name, false",
    })
    void credentialNamesInAnyCaseAndPosition(String name, boolean credential) {
        assertEquals(credential, Redaction.isCredentialName(name));
        assertEquals(credential ? Redaction.REDACTED : "v", Redaction.queryParameter(name, "v"));
    }

    @org.junit.jupiter.api.Test
    void everyValueOfAHeaderIsRedacted() {
        assertEquals(
                List.of("Bearer REDACTED", "REDACTED"), Redaction.header("Authorization", List.of("Bearer a", "b")));
        assertEquals(List.of("1", "2"), Redaction.header("X-Count", List.of("1", "2")));
    }

    @org.junit.jupiter.api.Test
    void headersAreRedactedWhereTheyAreAndTheRestAreNotCopied() {
        List<String> contentType = new ArrayList<>(List.of("application/json"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", new ArrayList<>(List.of("Bearer marker-secret")));
        headers.put("Content-Type", contentType);
        headers.put("Referer", new ArrayList<>(List.of("https://user:pw@example.com/?access_token=t")));
        headers.put("X-Api-Key", new ArrayList<>(List.of("k")));

        assertSame(headers, Redaction.inPlace(headers));
        assertEquals(List.of("Bearer REDACTED"), headers.get("Authorization"));
        assertEquals(List.of("https://REDACTED@example.com/?access_token=REDACTED"), headers.get("Referer"));
        assertEquals(List.of("REDACTED"), headers.get("X-Api-Key"));
        assertSame(contentType, headers.get("Content-Type"), "a header with nothing to redact is not copied");
    }
}
