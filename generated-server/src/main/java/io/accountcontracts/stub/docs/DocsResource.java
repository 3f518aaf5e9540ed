package io.accountcontracts.stub.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /docs}: a Swagger UI page of both APIs, served from the swagger-ui webjar on the classpath, so
 * nothing on the page comes from the internet.
 */
@Path("/docs")
public final class DocsResource {

    public static final String ROOT = "/docs";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui.css", "text/css",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

    @GET
    public Response page() {
        return Response.ok(DocsResource.class.getResourceAsStream("/docs/index.html"), "text/html; charset=utf-8")
                .build();
    }

    @GET
    @Path("{asset}")
    public Response asset(@PathParam("asset") String asset) {
        String type = ASSETS.get(asset);
        InputStream content = type == null ? null : DocsResource.class.getResourceAsStream(WEBJAR + asset);
        if (content == null) {
            throw new NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, type).cacheControl(cache).build();
    }

    private static String webjarVersion() {
        try (InputStream in =
                DocsResource.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the swagger-ui webjar is missing from the classpath", e);
        }
    }
}
