package io.accountcontracts.stub.routing;

import io.accountcontracts.stub.admin.AdminResource;
import io.accountcontracts.stub.docs.DocsResource;
import io.accountcontracts.stub.docs.SpecResource;
import io.accountcontracts.stub.errors.Vendor;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The stub's one route table: which vendor, operation or stub facility a raw request path belongs to.
 * The JAX-RS resources still do the dispatching; this only names the route, once, for the filters and
 * mappers around them.
 */
public final class Routes {

    private static final Route ADMIN_ROUTE = new Route(Route.Kind.ADMIN, Vendor.ELASTIC_PATH, null);
    private static final Route PUBLIC_ROUTE = new Route(Route.Kind.PUBLIC, Vendor.ELASTIC_PATH, null);
    private static final Route UNKNOWN_ROUTE = new Route(Route.Kind.UNKNOWN, Vendor.ELASTIC_PATH, null);

    private Routes() {}

    /**
     * @param rawPath the path as sent, still percent-encoded, without the query
     */
    public static Route resolve(String method, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        for (Vendor vendor : Vendor.values()) {
            String prefix = vendor.pathPrefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                Operation operation = operation(vendor, method, path);
                return new Route(Route.Kind.VENDOR, vendor, operation == null ? null : operation.id());
            }
        }
        if (path.equals(AdminResource.HEALTH)
                || path.startsWith(SpecResource.ROOT)
                || path.equals(DocsResource.ROOT)
                || path.startsWith(DocsResource.ROOT + "/")) {
            return PUBLIC_ROUTE;
        }
        if (path.equals(AdminResource.ROOT) || path.startsWith(AdminResource.ROOT + "/")) {
            return ADMIN_ROUTE;
        }
        return UNKNOWN_ROUTE;
    }

    /**
     * The path id of a request to an operation ({@code {accountID}}, {@code {managed_account_token}}),
     * percent-decoded as the resource reads it; null when the operation has no path id, the path is not one of
     * its paths, or the operation is unknown. Works on a request's raw path and on a journaled one alike.
     *
     * @param rawPath the path as sent, still percent-encoded, without the query
     */
    public static String pathId(String operationId, String rawPath) {
        Operation operation = Operation.byId(operationId).orElse(null);
        if (operation == null || !operation.onRecord() || rawPath == null) {
            return null;
        }
        String prefix = operation.vendor().pathPrefix();
        return operation(operation.vendor(), operation.method(), rawPath) == operation
                ? decoded(rawPath.substring(prefix.length() + 1))
                : null;
    }

    // Percent-decoding only: in a path, unlike a form, '+' is a plus. A malformed escape keeps the segment as sent.
    private static String decoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    // The collection is the prefix alone; a record is the prefix followed by exactly one non-empty id segment.
    // Null for any other path under the prefix, or a method no operation there has.
    private static Operation operation(Vendor vendor, String method, String path) {
        String prefix = vendor.pathPrefix();
        if (!path.startsWith(prefix)) {
            return null;
        }
        if (path.length() == prefix.length()) {
            return Operation.find(vendor, method, false);
        }
        int id = prefix.length() + 1;
        boolean oneSegment = path.charAt(prefix.length()) == '/' && path.length() > id && path.indexOf('/', id) < 0;
        return oneSegment ? Operation.find(vendor, method, true) : null;
    }
}
