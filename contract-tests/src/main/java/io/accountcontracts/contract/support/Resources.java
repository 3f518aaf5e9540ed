package io.accountcontracts.contract.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files on the test classpath: the specs from the openapi artifact, seed requests, fixtures. */
public final class Resources {

    private Resources() {}

    /** The resource as UTF-8 text; fails naming it when it is not on the classpath. */
    public static String text(String resource) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource
                        + " is not on the test classpath; for /openapi/..., is the openapi artifact a dependency?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
