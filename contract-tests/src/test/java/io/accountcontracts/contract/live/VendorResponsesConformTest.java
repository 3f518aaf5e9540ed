package io.accountcontracts.contract.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import io.accountcontracts.contract.support.Exchange;
import io.accountcontracts.contract.support.OfflineValidator;
import io.accountcontracts.contract.support.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the real vendors send must pass the check a live contract run makes of every response
 * ({@link OfflineValidator#validateResponse}), or that run reports drift that is not there. The bodies in
 * {@code vendor-responses/} are shaped after the vendors' published descriptions and examples: the
 * fields they leave null, the fields they add beyond the seed, links relative and absolute.
 */
class VendorResponsesConformTest {

    private static final String VANTAGE_PATH = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String ELASTIC_PATH_PATH = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vantage-ordinary-account",
                "vantage-every-optional-field-null",
                "vantage-msp-account-blank-details",
                "vantage-field-added-later",
                "elasticpath-seed-example",
                "elasticpath-nulls-and-absolute-links",
                "elasticpath-minimal-account",
                "elasticpath-field-added-later"
            })
    void realisticVendorResponseConformsToTheSpec(String name) {
        String body = Resources.text("/vendor-responses/" + name + ".json");

        ValidationReport report = validate(name, body);

        assertFalse(report.hasErrors(), name + " was reported as drift: " + report.getMessages());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Vantage name as a number           | vantage-ordinary-account     | \"name\": \"New Name\"                 | \"name\": 42",
                "Vantage required list as null      | vantage-ordinary-account     | \"billing_rule_tokens\": []            | \"billing_rule_tokens\": null",
                "Vantage required field missing     | vantage-ordinary-account     | \"contact_email\": \"contact@example.com\", |",
                "Vantage nested token as a number   | vantage-msp-account-blank-details | \"token\": \"bllng_nfrmtn_3f1d8a2c6b7e4d90\" | \"token\": 7",
                "Elastic Path name as a number      | elasticpath-seed-example     | \"name\": \"acc-name\"                 | \"name\": 42",
                "Elastic Path id missing            | elasticpath-minimal-account  | \"id\": \"deb6b25f-8451-4211-9a22-95610333df23\", |",
                "Elastic Path type other than account | elasticpath-seed-example   | \"type\": \"account\"                  | \"type\": \"customer\"",
                "Elastic Path self link as a number | elasticpath-nulls-and-absolute-links | \"self\": \"https://useast.api.elasticpath.com/v2/accounts/3f0c9a2e-7b41-4d8e-9c65-0a1b2c3d4e5f\" | \"self\": 1"
            })
    void trulyWrongResponseStillFails(String what, String name, String good, String bad) {
        String body = Resources.text("/vendor-responses/" + name + ".json");
        String broken = body.replace(good.strip(), bad == null ? "" : bad.strip());
        assertFalse(broken.equals(body), what + ": the edit did not apply");

        ValidationReport report = validate(name, broken);

        assertTrue(report.hasErrors(), what + " passed the live check");
    }

    private static ValidationReport validate(String name, String body) {
        String path = name.startsWith("vantage") ? VANTAGE_PATH : ELASTIC_PATH_PATH;
        Exchange exchange = new Exchange(
                "PUT",
                path,
                Map.of("Content-Type", List.of("application/json")),
                "{}",
                200,
                Map.of("Content-Type", List.of("application/json")),
                body);
        return OfflineValidator.forPath(path).validateResponse(exchange);
    }
}
