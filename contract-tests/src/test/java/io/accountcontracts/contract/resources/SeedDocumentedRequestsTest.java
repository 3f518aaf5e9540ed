package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.contract.support.Resources;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests of the vendors' reference pages, sent byte for byte over plain HTTP with the same
 * headers as their curl examples: what an existing client sends once its base URL is changed.
 * Vantage's example shows {@code <string>} for every string; it is sent both verbatim and with
 * values of the documented types in place of the placeholders.
 *
 * <p>The seed records hold the documented example values, so the documented requests would change
 * nothing; here the records hold other values, so each field a request sets must visibly be stored.
 */
class SeedDocumentedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withFixtures(seedHoldingOtherValues());

    @Test
    void vantageCurlExampleSentVerbatimIsRefusedOnlyForItsPlaceholderEmails() throws Exception {
        String body = Resources.text("/seed-requests/vantage-update-managed-account.verbatim.json");

        HttpResponse<String> response = stub.raw()
                .put(
                        "/v2/managed_accounts/acct_dd2fdf6564b60319",
                        body,
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        stub.expectRequestViolation("validation.request.body.schema.format.email");
        assertEquals(400, response.statusCode(), response.body());
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertEquals(2, errors.size(), response.body());
        assertTrue(
                errors.get(0).asText().contains("/billing_information_attributes/billing_email/0")
                        || errors.get(1).asText().contains("/billing_information_attributes/billing_email/0"),
                response.body());
        assertTrue(
                errors.get(0).asText().contains("/contact_email")
                        || errors.get(1).asText().contains("/contact_email"),
                response.body());
        assertEquals(
                "New Name",
                stub.server()
                        .stores()
                        .managedAccounts()
                        .get("acct_dd2fdf6564b60319")
                        .orElseThrow()
                        .get("name")
                        .asText());
    }

    @Test
    void vantageCurlExampleWithPlaceholdersFilledInIsStoredAsSent() throws Exception {
        String body = Resources.text("/seed-requests/vantage-update-managed-account.json");

        HttpResponse<String> response = stub.raw()
                .put(
                        "/v2/managed_accounts/acct_dd2fdf6564b60319",
                        body,
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode sent = JSON.readTree(body);
        JsonNode stored = JSON.readTree(response.body());
        assertEquals("acct_dd2fdf6564b60319", stored.get("token").asText());
        assertEquals("acct_bb022aecd1125ada", stored.get("parent_account_token").asText());
        for (String field : new String[] {
            "name", "contact_email", "access_credential_tokens", "billing_rule_tokens", "msp_billing_profile_token"
        }) {
            assertEquals(sent.get(field), stored.get(field), field);
        }
        // The id in the billing and business details only picks the record to change; the vendor's
        // response has none. Everything else is stored as sent.
        for (String details : new String[] {"billing_information_attributes", "business_information_attributes"}) {
            ObjectNode expected = sent.get(details).deepCopy();
            assertTrue(expected.remove("id") != null, "the seed body sends an id in " + details);
            assertEquals(expected, stored.get(details), details);
        }
    }

    @Test
    void elasticPathDocumentedAccountIsReturnedInTheDocumentedShape() throws Exception {
        String body = Resources.text("/seed-requests/elasticpath-update-account.json");

        HttpResponse<String> response = stub.raw()
                .put(
                        "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23",
                        body,
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode data = JSON.readTree(response.body()).get("data");
        JsonNode sent = JSON.readTree(body).get("data");
        sent.fieldNames().forEachRemaining(field -> assertEquals(sent.get(field), data.get(field), field));
        assertEquals("deb6b25f-8451-4211-9a22-95610333df23", data.get("id").asText());
        assertEquals(
                "2021-02-23T09:40:33.882Z",
                data.at("/meta/timestamps/created_at").asText());
        assertEquals(
                "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23",
                data.at("/links/self").asText());
    }

    /** The seed records with every value a documented request sets changed; ids and timestamps stay. */
    private static Fixtures seedHoldingOtherValues() {
        ObjectMapper mapper = JsonMapper.create();
        ObjectNode seed = mapper.valueToTree(Fixtures.seed(mapper));
        // The filled-in Vantage example already differs from the seed in all but this field.
        ((ObjectNode) seed.at("/managed_accounts/0"))
                .putArray("access_credential_tokens")
                .add("accss_crdntl_0000000000000001");
        ((ObjectNode) seed.at("/accounts/0"))
                .put("name", "stored-name")
                .put("legal_name", "stored-legal-name")
                .put("registration_id", "stored-registration-id")
                .put("external_ref", "stored-external-ref");
        return mapper.convertValue(seed, Fixtures.class);
    }
}
