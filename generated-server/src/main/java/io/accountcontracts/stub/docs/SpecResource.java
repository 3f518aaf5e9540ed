package io.accountcontracts.stub.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The specs exactly as the {@code openapi} artifact holds them: {@code /openapi/<name>.yaml} and its
 * bundled single-file JSON {@code /openapi/<name>.json}. With {@code ?server=self} the stub's own URL
 * is listed first among the servers, so "Try it out" in a docs page talks to this stub.
 */
@Path("/openapi")
public final class SpecResource {

    public static final String ROOT = "/openapi/";
    // Made when first needed (?server=self): the YAML parser's classes are no part of a stub's start.
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> files = Map.of(
            "vantage-managed-accounts.yaml", read("vantage-managed-accounts.yaml"),
            "vantage-managed-accounts.json", read("vantage-managed-accounts.json"),
            "elasticpath-accounts.yaml", read("elasticpath-accounts.yaml"),
            "elasticpath-accounts.json", read("elasticpath-accounts.json"));

    @Context
    private UriInfo uriInfo;

    @GET
    @Path("{name}.yaml")
    public Response yaml(@PathParam("name") String name, @QueryParam("server") String server) throws IOException {
        String yaml = file(name + ".yaml");
        String body = "self".equals(server)
                ? Yaml.MAPPER.writeValueAsString(withSelfFirst(Yaml.MAPPER.readTree(yaml)))
                : yaml;
        return Response.ok(body, "application/yaml").build();
    }

    @GET
    @Path("{name}.json")
    public Response json(@PathParam("name") String name, @QueryParam("server") String server) throws IOException {
        String json = file(name + ".json");
        String body = "self".equals(server) ? JSON.writeValueAsString(withSelfFirst(JSON.readTree(json))) : json;
        return Response.ok(body, "application/json").build();
    }

    private String file(String name) {
        String content = files.get(name);
        if (content == null) {
            throw new NotFoundException();
        }
        return content;
    }

    private JsonNode withSelfFirst(JsonNode spec) {
        ArrayNode servers = ((ObjectNode) spec).withArray("servers");
        String self = uriInfo.getBaseUri().toString().replaceAll("/+$", "");
        servers.insertObject(0).put("url", self).put("description", "This stub");
        return spec;
    }

    private static String read(String file) {
        try (InputStream in = SpecResource.class.getResourceAsStream(ROOT + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
