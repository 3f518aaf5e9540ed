package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A path segment that an upstream could resolve to "here" or "up one", however it is written. */
class DotSegmentsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v2/managed_accounts/../../../internal/secret",
                "/v2/managed_accounts/%2e%2e/%2e%2e/internal",
                "/v2/managed_accounts/%2E./x",
                "/v2/managed_accounts/.%2e/x",
                "/v2/managed_accounts/..",
                "/v2/./managed_accounts/a",
                "/v2/managed_accounts/%2e",
                "/v2/managed_accounts/a%2f..%2fb",
                "/v2/managed_accounts/a%5c..%5cb",
                "/v2/managed_accounts/..;x/y",
                "/v2/managed_accounts/%252e%252e/y"
            })
    void aDotSegmentIsFoundPlainOrEncoded(String rawPath) {
        assertTrue(DotSegments.in(rawPath), rawPath);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v2/managed_accounts/acct_1",
                "/v2/accounts/a..b",
                "/v2/accounts/.hidden",
                "/v2/accounts/...",
                "/v2/accounts/%2e%2e%2e",
                "/v2/accounts/a%zz",
                "/"
            })
    void dotsInsideASegmentAreNoDotSegment(String rawPath) {
        assertFalse(DotSegments.in(rawPath), rawPath);
    }
}
