package io.accountcontracts.stub.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.errors.Vendor;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code VENDOR=LIMIT/WINDOW} as the command line takes it. */
class RateLimitTest {

    @ParameterizedTest
    @CsvSource({
        "vantage=1000/1h,      VANTAGE,      1000, 3600000",
        "elasticpath=25/1s,    ELASTIC_PATH, 25,   1000",
        "Vantage=3/1m,         VANTAGE,      3,    60000",
        "elasticpath=2/250ms,  ELASTIC_PATH, 2,    250",
        "elasticpath=1/24h,    ELASTIC_PATH, 1,    86400000"
    })
    void readsVendorLimitAndWindowInEachUnit(String text, Vendor vendor, int limit, long windowMs) {
        assertEquals(new RateLimit(vendor, limit, Duration.ofMillis(windowMs)), RateLimit.parse(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "vantage                | expected VENDOR=LIMIT/WINDOW, such as vantage=1000/1h; got 'vantage'",
                "vantage=1000           | expected VENDOR=LIMIT/WINDOW",
                "shopify=3/1m           | 'shopify' is not a vendor of this stub; use vantage or elasticpath",
                "vantage=0/1m           | the limit '0' must be a whole number from 1 to 2147483647",
                "vantage=many/1m        | the limit 'many' must be a whole number",
                "vantage=-3/1m          | the limit '-3' must be a whole number",
                "vantage=3/1d           | the window '1d' must be a whole number followed by ms, s, m or h",
                "vantage=3/m            | the window 'm' must be",
                "vantage=3/0s           | the window '0s' must be",
                "vantage=3/25h          | the window '25h' must be",
                "vantage=3/1.5s         | the window '1.5s' must be"
            })
    void refusesAMistakeNamingIt(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RateLimit.parse(text));

        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
