package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.validation.Problem;
import io.accountcontracts.stub.validation.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The block printed on SIGTERM: one line per vendor, one per group, readable in a CI log. */
class SummaryTextTest {

    @Test
    void namesEachVendorItsModeItsCountsAndEachGroupWithAnExample() {
        ViolationTally tally = new ViolationTally(Map.of(Vendor.VANTAGE, URI.create("https://api.vantage.sh")));
        Problem format = new Problem(
                "validation.request.body.schema.format.email",
                "[Path '/contact_email'] Input string \"x\" is not a valid email address");
        Problem wrongType = new Problem(
                "validation.response.body.schema.type",
                "[Path '/name'] Instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])");
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/acct_1",
                400,
                Verdict.invalidBy(List.of(format)),
                Proxied.answered(400, List.of()));
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/acct_2",
                200,
                Verdict.VALID,
                Proxied.answered(200, List.of(wrongType)));
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/acct_3",
                200,
                Verdict.VALID,
                Proxied.answered(200, List.of(wrongType)));
        tally.count(
                Vendor.VANTAGE,
                "updateManagedAccount",
                "PUT",
                "/v2/managed_accounts/acct_4",
                502,
                Verdict.VALID,
                Proxied.failed(
                        "upstream.refused",
                        "Could not get an answer from the upstream api.vantage.sh: the connection was refused."));
        tally.count(Vendor.ELASTIC_PATH, "updateAccount", "PUT", "/v2/accounts/a", 200, Verdict.VALID, null);

        assertEquals("""
                Contract violations seen by this stub (as GET /__admin/violations):
                  vantage, proxied to https://api.vantage.sh: 4 exchanges, 1 invalid request, 2 non-conforming responses, 1 upstream failure
                    invalid request: updateManagedAccount 400 validation.request.body.schema.format.email x1, e.g. PUT /v2/managed_accounts/acct_1: [Path '/contact_email'] Input string "x" is not a valid email address
                    bad response: updateManagedAccount 200 validation.response.body.schema.type x2, e.g. PUT /v2/managed_accounts/acct_2: [Path '/name'] Instance type (integer) does not match any allowed primitive type (allowed: ["string"])
                    no answer: updateManagedAccount 502 upstream.refused x1, e.g. PUT /v2/managed_accounts/acct_4: Could not get an answer from the upstream api.vantage.sh: the connection was refused.
                  elasticpath, stubbed: 1 exchange, 0 invalid requests, 0 non-conforming responses
                """, SummaryText.of(tally.summary()));
    }

    @Test
    void aRequestOfNoOperationSaysSo() {
        ViolationTally tally = new ViolationTally(Map.of());
        tally.count(
                Vendor.ELASTIC_PATH,
                null,
                "GET",
                "/v2/accounts",
                405,
                Verdict.invalid(List.of("This method is not allowed here; see the Allow header.")),
                null);

        String text = SummaryText.of(tally.summary());

        assertEquals(
                "    invalid request: (no operation) 405 stub.refused x1, e.g. GET /v2/accounts: This method is not "
                        + "allowed here; see the Allow header.",
                text.lines().toList().get(3));
    }
}
