package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.ContractStub;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the container lets through but that Jersey, left alone, would answer in its own way (an
 * empty 400, a 500, or an update of another record than the one validated). Each gets the vendor's
 * documented 4xx in the vendor's shape, with a message that names what is wrong, leaves every record as
 * it was, and is journaled with a verdict that agrees with the status.
 */
class MalformedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VANTAGE = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String EP = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final String AUTH = "Bearer " + ContractStub.TOKEN;

    @RegisterExtension
    static final ContractStub stub = ContractStub.withSeedRecords();

    static Stream<Arguments> malformed() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of(VANTAGE, EP)) {
            String body = path.equals(VANTAGE) ? "{\"name\":\"x\"}" : "{\"data\":{\"name\":\"x\"}}";
            cases.add(Arguments.of(
                    path,
                    body + " {}",
                    "application/json",
                    "application/json",
                    400,
                    "unexpected content after the JSON value at line 1, column " + (body.length() + 2)));
            cases.add(Arguments.of(
                    path,
                    body + "x",
                    "application/json",
                    "application/json",
                    400,
                    "unexpected content after the JSON value"));
            cases.add(Arguments.of(path, body, ";;;", "application/json", 400, "Content-Type header"));
            cases.add(Arguments.of(path, body, "application/json", "a/b;q=x", 400, "Accept header"));
            // (An unknown charset gets the same 415, but the validator this suite checks requests with cannot
            // even read such a request; the smoke run against the jar covers it.)
            cases.add(Arguments.of(
                    path, body, "application/json; charset=utf-16", "application/json", 415, "charset 'utf-16'"));
            cases.add(
                    Arguments.of(path, body, "application/json; charset=iso-8859-1", "application/json", 415, "UTF-8"));
            // Refused by Jersey's own matching rather than by a filter of the stub's: still journaled as invalid.
            cases.add(Arguments.of(path, body, "text/plain", "application/json", 415, "application/json"));
            cases.add(Arguments.of(path, body, "application/json", "text/html", 406, "application/json"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} Content-Type [{2}] Accept [{3}]: {1}")
    @MethodSource("malformed")
    void malformedRequestGetsTheVendorsErrorNamingTheProblem(
            String path, String body, String contentType, String accept, int status, String named) throws Exception {
        JsonNode before = stub.records();

        HttpResponse<String> response = stub.raw()
                .send(
                        "PUT",
                        path,
                        body.getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        AUTH,
                        "Content-Type",
                        contentType,
                        "Accept",
                        accept);
        stub.expectRequestBrokenBelowTheSchema();

        assertEquals(status, response.statusCode(), response.body());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElse(""));
        BadInputMatrixTest.assertVendorErrorShape(path, status, response.body());
        assertTrue(response.body().contains(named), response.body());
        assertEquals(before, stub.records(), "a refused request changed stored state");
        JsonNode entry = lastJournalEntry();
        assertEquals(status, entry.get("status").asInt());
        assertEquals("invalid", entry.get("verdict").asText(), entry.toString());
    }

    static Stream<Arguments> vendorPaths() {
        return Stream.of(
                Arguments.of(VANTAGE, "{\"name\":\"renamed\"}", "Managed Account not found"),
                Arguments.of(EP, "{\"data\":{\"name\":\"renamed\"}}", "account not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendorPaths")
    void semicolonInTheIdIsPartOfTheIdForValidationJournalAndUpdateAlike(String path, String body, String notFound)
            throws Exception {
        JsonNode before = stub.records();

        HttpResponse<String> response =
                stub.raw().put(path + ";x=1", body, "Authorization", AUTH, "Content-Type", "application/json");

        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.body().contains(notFound), response.body());
        assertEquals(before, stub.records(), "the record without ';x=1' was updated");
        assertEquals(path + "%3Bx=1", lastJournalEntry().get("path").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendorPaths")
    void semicolonInAnEarlierSegmentLeadsNowhereRatherThanAroundValidation(String path, String body, String notFound)
            throws Exception {
        JsonNode before = stub.records();
        String invalid = body.replace("\"renamed\"", "42");
        String detour = path.replaceFirst("^/v2/", "/v2;x=1/");

        HttpResponse<String> response =
                stub.raw().put(detour, invalid, "Authorization", AUTH, "Content-Type", "application/json");
        stub.expectOutsideSpec();

        assertEquals(404, response.statusCode(), response.body());
        assertEquals(before, stub.records(), "a request that skipped validation changed a record");
    }

    private static JsonNode lastJournalEntry() throws Exception {
        HttpResponse<String> journal = stub.raw().send("GET", "/__admin/journal", null, "Authorization", AUTH);
        JsonNode requests = JSON.readTree(journal.body()).get("requests");
        assertFalse(requests.isEmpty(), journal.body());
        return requests.get(requests.size() - 1);
    }
}
