package io.accountcontracts.contract.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One operation of a spec, read with swagger-parser and fully resolved: its statuses, its request body
 * schema (null when it takes none) and that schema's property paths.
 */
public record DocumentedOperation(
        String spec,
        String method,
        String pathTemplate,
        Pattern path,
        List<String> statuses,
        Schema<?> requestSchema,
        Set<String> requestProperties) {

    public static final String VANTAGE = "/openapi/vantage-managed-accounts.yaml";
    public static final String ELASTIC_PATH = "/openapi/elasticpath-accounts.yaml";

    /** The spec's update, the PUT the seeds describe. */
    public static DocumentedOperation update(String resource) {
        return read(resource).stream()
                .filter(operation -> operation.method().equals("PUT"))
                .findFirst()
                .orElseThrow();
    }

    public static List<DocumentedOperation> read(String resource) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser()
                .readContents(Resources.text(resource), null, options)
                .getOpenAPI();
        List<DocumentedOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    path.getValue().readOperationsMap().entrySet()) {
                Set<String> properties = new TreeSet<>();
                Schema<?> body = null;
                if (op.getValue().getRequestBody() != null) {
                    body = op.getValue()
                            .getRequestBody()
                            .getContent()
                            .get("application/json")
                            .getSchema();
                    collect(body, "", properties);
                }
                operations.add(new DocumentedOperation(
                        resource,
                        op.getKey().name(),
                        path.getKey(),
                        Pattern.compile(path.getKey().replaceAll("\\{[^/]+}", "[^/]+")),
                        List.copyOf(op.getValue().getResponses().keySet()),
                        body,
                        properties));
            }
        }
        return operations;
    }

    /** The documented response an exchange's status falls under: its own code, else {@code default}, else none. */
    public String documentedStatus(int status) {
        String code = Integer.toString(status);
        return statuses.contains(code) ? code : statuses.contains("default") ? "default" : null;
    }

    private static void collect(Schema<?> schema, String prefix, Set<String> into) {
        if (schema instanceof ArraySchema array) {
            collect(array.getItems(), prefix + "[]", into);
            return;
        }
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, child) -> {
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            into.add(path);
            collect(child, path, into);
        });
    }
}
