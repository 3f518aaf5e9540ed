package io.accountcontracts.contract.support;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.accountcontracts.stub.json.JsonMapper;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A deliberately drifting vendor on the real paths, for proving that the checks catch drift. The last
 * path segment picks the fault; {@code none} answers a conforming 200. It accepts any request body.
 */
@Path("/v2")
@Produces("application/json")
public final class FaultyVendor {

    private static final Map<String, Object> MANAGED_ACCOUNT = Map.of(
            "token",
            "acct_1",
            "name",
            "n",
            "contact_email",
            "a@example.com",
            "parent_account_token",
            "acct_0",
            "access_credential_tokens",
            List.of(),
            "billing_rule_tokens",
            List.of());

    /** Starts it on a free loopback port, with the given extra providers (a response filter, say). */
    public static HttpServer start(Object... providers) {
        ResourceConfig config = new ResourceConfig()
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
                .register(new JacksonJsonProvider(JsonMapper.create()))
                .register(FaultyVendor.class);
        for (Object provider : providers) {
            config.register(provider);
        }
        // On the Grizzly container the stub brings anyway: Jersey's JDK container would be one more jar to
        // resolve at the Jersey version a build picks, and jersey-bom 3.1.12 names one that is not published.
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    }

    public static URI baseUri(HttpServer server) {
        return URI.create(
                "http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
    }

    @PUT
    @Path("managed_accounts/{fault}")
    public Response vantage(@PathParam("fault") String fault) {
        Map<String, Object> wrongType = new java.util.HashMap<>(MANAGED_ACCOUNT);
        wrongType.put("name", 42);
        return switch (fault) {
            case "none" -> Response.ok(MANAGED_ACCOUNT).build();
            case "missing-field" -> Response.ok(Map.of("token", "acct_1")).build();
            case "wrong-type" -> Response.ok(wrongType).build();
            case "undocumented-status" ->
                Response.status(418).entity(Map.of("errors", List.of("teapot"))).build();
            default ->
                Response.status(404).entity(Map.of("errors", "not a list")).build();
        };
    }

    @PUT
    @Path("accounts/{fault}")
    public Response elasticPath(@PathParam("fault") String fault) {
        Object errors = fault.equals("vantage-shaped") ? List.of("account not found") : List.of(Map.of("status", 404));
        return Response.status(404).entity(Map.of("errors", errors)).build();
    }
}
