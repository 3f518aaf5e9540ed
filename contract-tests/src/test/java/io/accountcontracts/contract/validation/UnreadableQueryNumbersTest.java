package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list's page number that is no plain integer ({@code " 5"}, {@code "+5"}) gets the vendor's 400 naming the
 * parameter (and, for Elastic Path, as the error's source), in the caller's words: not a 404 as if the path were
 * unknown, and not the JSON reader's words about its own settings.
 */
class UnreadableQueryNumbersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/v2/managed_accounts?limit=%205       | limit",
                "/v2/managed_accounts?page=5%20        | page",
                "/v2/managed_accounts?limit=%2B5       | limit",
                "/v2/accounts?page%5Blimit%5D=+5       | page[limit]",
                "/v2/accounts?page%5Boffset%5D=%2B5    | page[offset]"
            })
    void aNumberWithASpaceOrASignIsTheVendors400NamingTheParameter(String target, String parameter) throws Exception {
        HttpResponse<String> answer =
                stub.raw().send("GET", target, null, "Authorization", "Bearer " + ContractStub.TOKEN);
        if (target.contains("%2B")) {
            stub.expectRequestBrokenBelowTheSchema();
        }

        assertEquals(400, answer.statusCode(), answer.body());
        JsonNode error = JSON.readTree(answer.body()).path("errors").path(0);
        String detail =
                error.isTextual() ? error.asText() : error.path("detail").asText();
        assertTrue(detail.startsWith("[Query parameter '" + parameter + "']"), detail);
        assertFalse(detail.contains("JSON") || detail.contains("Feature") || detail.contains("Exception"), detail);
        if (target.startsWith("/v2/accounts")) {
            assertEquals(parameter, error.path("source").asText(), answer.body());
        }
    }
}
