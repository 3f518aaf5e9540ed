package io.accountcontracts.contract.recordings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.accountcontracts.contract.support.SpecValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Picks the spec a recorded path belongs to from the path templates of the specs themselves, so a
 * path added to a spec is routed without a change here. The host is not looked at: a capture from
 * staging or localhost is checked like one from the vendor.
 */
final class ApiRouter {

    static final ApiRouter SPECS = new ApiRouter()
            .with(SpecValidation.VANTAGE, "/openapi/vantage-managed-accounts.yaml")
            .with(SpecValidation.ELASTIC_PATH, "/openapi/elasticpath-accounts.yaml");

    private record Route(Pattern pattern, String template, SpecValidation spec) {
    }

    private final List<Route> routes = new ArrayList<>();

    private ApiRouter() {
    }

    Optional<SpecValidation> specFor(String path) {
        return routes.stream().filter(route -> route.pattern().matcher(path).matches()).map(Route::spec).findFirst();
    }

    /** The templates routed, for telling a user why a path was not. */
    List<String> templates() {
        return routes.stream().map(Route::template).toList();
    }

    private ApiRouter with(SpecValidation spec, String resource) {
        try (InputStream in = ApiRouter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            new ObjectMapper(new YAMLFactory()).readTree(in).path("paths").fieldNames()
                    .forEachRemaining(template -> routes.add(new Route(pattern(template), template, spec)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern pattern(String template) {
        return Pattern.compile(Arrays.stream(template.split("\\{[^/}]*}", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[^/]+")));
    }
}
