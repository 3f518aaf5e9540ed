package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.contract.support.FaultyVendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.validation.ResponseValidationFilter;
import io.accountcontracts.stub.validation.SpecValidators;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --strict-responses} must stop a non-conforming body from leaving the stub. A deliberately
 * faulty vendor, behind the stub's own response filter, shows each fault become a 500.
 */
class StrictResponsesTest {

    private static final ObjectMapper JSON = JsonMapper.create();
    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void start() {
        server = FaultyVendor.start(new ResponseValidationFilter(new SpecValidators(), JSON));
        base = FaultyVendor.baseUri(server);
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @Test
    void conformingResponsePassesUnchanged() throws Exception {
        HttpResponse<String> response = put("/v2/managed_accounts/none");

        assertEquals(200, response.statusCode());
        assertEquals("acct_1", JSON.readTree(response.body()).get("token").asText());
    }

    @Test
    void responseMissingARequiredFieldBecomesA500() throws Exception {
        assertBecameVendor500(put("/v2/managed_accounts/missing-field"));
    }

    @Test
    void undocumentedStatusBecomesA500() throws Exception {
        assertBecameVendor500(put("/v2/managed_accounts/undocumented-status"));
    }

    @Test
    void errorInTheWrongShapeBecomesA500() throws Exception {
        assertBecameVendor500(put("/v2/managed_accounts/wrong-shape"));
    }

    @Test
    void fieldOfTheWrongTypeBecomesA500() throws Exception {
        assertBecameVendor500(put("/v2/managed_accounts/wrong-type"));
    }

    @Test
    void jsonApiErrorWithANumericStatusBecomesA500() throws Exception {
        HttpResponse<String> response = put("/v2/accounts/numeric-status");

        assertEquals(500, response.statusCode());
        assertEquals(
                "500", JSON.readTree(response.body()).at("/errors/0/status").asText());
    }

    private static void assertBecameVendor500(HttpResponse<String> response) throws Exception {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals(
                "there was a problem processing your request",
                JSON.readTree(response.body()).get("errors").get(0).asText());
    }

    private static HttpResponse<String> put(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
