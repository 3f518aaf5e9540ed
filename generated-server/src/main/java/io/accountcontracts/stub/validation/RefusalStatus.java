package io.accountcontracts.stub.validation;

import io.accountcontracts.stub.routing.Route;
import jakarta.ws.rs.core.Response;

/**
 * The status that refuses a request for its body's size (413) or type (415). Where the operation documents
 * that status it is the answer; where it does not, the vendor's documented 400 is. Vantage documents 413 and
 * 415 only for the operations that must take a body, yet its delete takes an optional {@code {}}: a delete
 * whose body is too large or not JSON is a bad request there, and a 413 would be an answer the spec never
 * promised (a 500 under strict responses).
 */
public final class RefusalStatus {

    private final SpecValidators validators;

    public RefusalStatus(SpecValidators validators) {
        this.validators = validators;
    }

    public Response.Status of(Route route, Response.Status wanted) {
        return !route.isVendor() || validators.documents(route.vendor(), route.operationId(), wanted.getStatusCode())
                ? wanted
                : Response.Status.BAD_REQUEST;
    }
}
