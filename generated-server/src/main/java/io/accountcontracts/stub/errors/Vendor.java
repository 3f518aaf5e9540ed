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
    };

    private final String pathPrefix;
    private final String realm;

    Vendor(String pathPrefix, String realm) {
        this.pathPrefix = pathPrefix;
        this.realm = realm;
    }

    abstract Object errorBody(Response.StatusType status, List<String> details);

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

    public Response error(Response.StatusType status, List<String> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(errorBody(status, details))
                .build();
    }
}
