package io.accountcontracts.stub.errors;

import io.accountcontracts.server.elasticpath.model.Error;
import io.accountcontracts.server.elasticpath.model.ErrorResponse;
import io.accountcontracts.server.vantage.model.Errors;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The two vendors the stub stands in for. Each answers errors in its own envelope, so every error
 * the stub sends is built here, from the generated error models, to keep the shapes in the specs.
 */
public enum Vendor {
    VANTAGE("/v2/managed_accounts", "vantage") {
        @Override
        Object errorBody(Response.StatusType status, List<String> details) {
            return new Errors().errors(details);
        }

        @Override
        Object errorBody(Response.StatusType status, List<String> details, List<String> sources) {
            return errorBody(status, details);
        }
    },
    ELASTIC_PATH("/v2/accounts", "elasticpath") {
        @Override
        Object errorBody(Response.StatusType status, List<String> details) {
            ErrorResponse body = new ErrorResponse();
            for (String detail : details) {
                body.addErrorsItem(new Error()
                        .status(Integer.toString(status.getStatusCode()))
                        .title(status.getReasonPhrase())
                        .detail(detail));
            }
            return body;
        }

        @Override
        Object errorBody(Response.StatusType status, List<String> details, List<String> sources) {
            ErrorResponse body = new ErrorResponse();
            for (int i = 0; i < details.size(); i++) {
                body.addErrorsItem(new Error()
                        .status(Integer.toString(status.getStatusCode()))
                        .title(status.getReasonPhrase())
                        .detail(details.get(i))
                        .source(sources.get(i)));
            }
            return body;
        }
    };

    private final String pathPrefix;
    private final String realm;

    Vendor(String pathPrefix, String realm) {
        this.pathPrefix = pathPrefix;
        this.realm = realm;
    }

    abstract Object errorBody(Response.StatusType status, List<String> details);

    // Elastic Path names the parameter at fault in an error's source; Vantage's errors are text only.
    abstract Object errorBody(Response.StatusType status, List<String> details, List<String> sources);

    /** The path every request to this vendor's API starts with. */
    public String pathPrefix() {
        return pathPrefix;
    }

    public String realm() {
        return realm;
    }

    public Response error(Response.StatusType status, String detail) {
        return error(status, List.of(detail));
    }

    /** An error about one parameter, named in the detail and, where the vendor has one, the source. */
    public Response parameterError(Response.StatusType status, String parameter, String detail) {
        return error(status, List.of(detail), java.util.Collections.singletonList(parameter));
    }

    /**
     * Errors with, for each detail, the parameter it is about (null for none), which Elastic Path names as the
     * error's source.
     */
    public Response error(Response.StatusType status, List<String> details, List<String> sources) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(errorBody(status, details, sources))
                .build();
    }

    public Response error(Response.StatusType status, List<String> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(errorBody(status, details))
                .build();
    }
}
