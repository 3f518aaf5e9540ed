package io.accountcontracts.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import com.sun.net.httpserver.HttpServer;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.validation.ResponseValidationFilter;
import io.accountcontracts.stub.validation.SpecValidators;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --strict-responses} must stop a non-conforming body from leaving the stub. A deliberately
 * faulty resource on the vendors' paths, behind the stub's own filter, shows each fault become a 500.
 */
class StrictResponsesTest {

    private static final ObjectMapper JSON = JsonMapper.create();
    private static HttpServer server;
    private static URI base;

    /** Answers what the test asks it to, conforming or not. */
    @Path("/v2")
    @Produces("application/json")
    public static final class FaultyVendor {
        @PUT
        @Path("managed_accounts/{fault}")
        public Response vantage(@PathParam("fault") String fault) {
            Map<String, Object> account = Map.of("token", "acct_1", "name", "n", "contact_email", "a@example.com",
                    "parent_account_token", "acct_0", "access_credential_tokens", List.of(),
                    "billing_rule_tokens", List.of());
            return switch (fault) {
                case "none" -> Response.ok(account).build();
                case "missing-field" -> Response.ok(Map.of("token", "acct_1")).build();
                case "undocumented-status" -> Response.status(418).entity(Map.of("errors", List.of("x"))).build();
                default -> Response.status(404).entity(Map.of("errors", "not a list")).build();
            };
        }

        @PUT
        @Path("accounts/{fault}")
        public Response elasticPath(@PathParam("fault") String fault) {
            return Response.status(404).entity(Map.of("errors", List.of(Map.of("status", 404)))).build();
        }
    }

    @BeforeAll
    static void start() {
        ResourceConfig config = new ResourceConfig()
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .register(new JacksonJsonProvider(JSON))
                .register(new ResponseValidationFilter(new SpecValidators(), JSON))
                .register(FaultyVendor.class);
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
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
    void jsonApiErrorWithANumericStatusBecomesA500() throws Exception {
        HttpResponse<String> response = put("/v2/accounts/numeric-status");

        assertEquals(500, response.statusCode());
        assertEquals("500", JSON.readTree(response.body()).at("/errors/0/status").asText());
    }

    private static void assertBecameVendor500(HttpResponse<String> response) throws Exception {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("there was a problem processing your request",
                JSON.readTree(response.body()).get("errors").get(0).asText());
    }

    private static HttpResponse<String> put(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
