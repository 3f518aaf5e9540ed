package io.accountcontracts.stub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.ComponentProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stub's Jersey takes none of the extensions a consumer's classpath declares for Jersey applications in
 * META-INF/services: what spring-boot-starter-jersey did to it (jersey-spring6's component provider,
 * jersey-bean-validation's forced auto-discoverable), without Spring. This module's test classpath declares the
 * three below (src/test/resources/META-INF/services), as a consumer's would.
 */
class OwnJerseyTest {

    static final String MARK = "X-Joined-From-Classpath";
    static final List<String> JOINED = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetEarlierApplications() {
        JOINED.clear();
    }

    @Test
    void anOrdinaryJerseyApplicationTakesThem() throws Exception {
        new ApplicationHandler(new ResourceConfig());

        assertTrue(JOINED.contains("component provider"), "joined: " + JOINED);
        assertTrue(JOINED.contains("forced auto-discoverable"), "joined: " + JOINED);
    }

    @Test
    void theStubTakesNone() throws Exception {
        try (StubServer stub = StubServer.start(StubConfig.forTests("own-jersey"))) {
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stub.baseUri() + "/__admin/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertEquals(200, health.statusCode());
            assertTrue(health.headers().firstValue(MARK).isEmpty(), "the answer carries " + MARK);
        }
        assertEquals(List.of(), JOINED);
    }

    /** As jersey-spring6's SpringComponentProvider: joins every Jersey application it is offered. */
    public static final class JoiningComponentProvider implements ComponentProvider {
        @Override
        public void initialize(InjectionManager injectionManager) {
            JOINED.add("component provider");
        }

        @Override
        public boolean bind(Class<?> component, Set<Class<?>> providerContracts) {
            return false;
        }

        @Override
        public void done() {}
    }

    /** As jersey-bean-validation's ValidationAutoDiscoverable: configured whatever the auto-discovery settings. */
    public static final class JoiningForcedAutoDiscoverable implements ForcedAutoDiscoverable {
        @Override
        public void configure(FeatureContext context) {
            JOINED.add("forced auto-discoverable");
            context.register(new Marking());
        }
    }

    /** A JAX-RS feature declared as a service, which Jersey reads unless its META-INF/services lookup is off. */
    public static final class JoiningFeature implements Feature {
        @Override
        public boolean configure(FeatureContext context) {
            JOINED.add("feature");
            context.register(new Marking());
            return true;
        }
    }

    static final class Marking implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle(MARK, "yes");
        }
    }
}
