package io.accountcontracts.contract.recordings;

import io.accountcontracts.contract.support.DocumentedOperation;
import io.accountcontracts.contract.support.OfflineValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the spec a recorded path belongs to from the path templates of the specs themselves, so a
 * path added to a spec is routed without a change here. The host is not looked at: a capture from
 * staging or localhost is checked like one from the vendor.
 */
final class ApiRouter {

    static final ApiRouter SPECS = new ApiRouter()
            .with(OfflineValidator.VANTAGE, DocumentedOperation.VANTAGE)
            .with(OfflineValidator.ELASTIC_PATH, DocumentedOperation.ELASTIC_PATH);

    private record Route(Pattern pattern, String template, OfflineValidator spec) {}

    private final List<Route> routes = new ArrayList<>();

    private ApiRouter() {}

    Optional<OfflineValidator> specFor(String path) {
        return routes.stream()
                .filter(route -> route.pattern().matcher(path).matches())
                .map(Route::spec)
                .findFirst();
    }

    /** The templates routed, for telling a user why a path was not. */
    List<String> templates() {
        return routes.stream().map(Route::template).distinct().toList();
    }

    private ApiRouter with(OfflineValidator spec, String resource) {
        DocumentedOperation.read(resource).forEach(op -> routes.add(new Route(op.path(), op.pathTemplate(), spec)));
        return this;
    }
}
