package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accountcontracts.stub.errors.Vendor;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --proxy VENDOR=URL}: what is accepted, and what each mistake is told. */
class ProxyTargetTest {

    @Test
    void readsEachVendorByItsRealm() {
        assertEquals(
                new ProxyTarget(Vendor.VANTAGE, URI.create("https://api.vantage.sh")),
                ProxyTarget.parse("vantage=https://api.vantage.sh"));
        assertEquals(
                new ProxyTarget(Vendor.ELASTIC_PATH, URI.create("https://useast.api.elasticpath.com")),
                ProxyTarget.parse("elasticpath=https://useast.api.elasticpath.com"));
    }

    @Test
    void vendorNameIsCaseInsensitiveAndABasePathAndPortAreKept() {
        assertEquals(
                new ProxyTarget(Vendor.ELASTIC_PATH, URI.create("http://127.0.0.1:4010/sandbox")),
                ProxyTarget.parse("ElasticPath=http://127.0.0.1:4010/sandbox"));
    }

    @Test
    void eachMistakeIsNamed() {
        assertMessage("expected VENDOR=URL, such as vantage=https://api.vantage.sh; got 'vantage'", "vantage");
        assertMessage("'shopify' is not a vendor of this stub; use vantage or elasticpath", "shopify=https://x");
        assertMessage("'' is not a vendor of this stub; use vantage or elasticpath", "=https://x");
        assertMessage("'ftp://x' is not an http:// or https:// URL", "vantage=ftp://x");
        assertMessage("'api.vantage.sh' is not an http:// or https:// URL", "vantage=api.vantage.sh");
        assertMessage("'http:///v2' names no host", "vantage=http:///v2");
        assertMessage(
                "'https://api.vantage.sh?x=1' has a query or fragment; give the base URL only, each request's own "
                        + "path and query are appended to it",
                "vantage=https://api.vantage.sh?x=1");
        assertMessage(
                "'http://x y' is not a URL: Illegal character in authority at index 7: http://x y",
                "vantage=http://x y");
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutRepeatingThem() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ProxyTarget.parse("vantage=https://me:s3cret@api.vantage.sh/base"));

        assertEquals(
                "'https://api.vantage.sh/base' carries user information; leave it out, the caller's "
                        + "Authorization header is forwarded",
                e.getMessage());
    }

    @Test
    void aVendorNamedTwiceIsRefused() {
        List<ProxyTarget> twice = List.of(ProxyTarget.parse("vantage=http://a"), ProxyTarget.parse("vantage=http://b"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProxyConfig.of(twice));

        assertEquals("vantage is proxied twice; give one --proxy per vendor", e.getMessage());
    }

    private static void assertMessage(String expected, String flag) {
        assertEquals(
                expected,
                assertThrows(IllegalArgumentException.class, () -> ProxyTarget.parse(flag))
                        .getMessage());
    }
}
