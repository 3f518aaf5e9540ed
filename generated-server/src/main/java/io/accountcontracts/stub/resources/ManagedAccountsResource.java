package io.accountcontracts.stub.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.server.vantage.api.ManagedAccountsApi;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMerge;
import io.accountcontracts.stub.store.RecordStore;
import io.accountcontracts.stub.validation.ParsedBody;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/** Vantage {@code PUT /v2/managed_accounts/{managed_account_token}}. */
public final class ManagedAccountsResource implements ManagedAccountsApi {

    private static final String BILLING = "billing_information_attributes";
    private static final String BUSINESS = "business_information_attributes";

    private final RecordStore<ObjectNode> store;

    // The validated body tree, which keeps what the bound model loses (an explicit null, say).
    @Inject
    private Provider<ContainerRequestContext> request;

    public ManagedAccountsResource(RecordStore<ObjectNode> store) {
        this.store = store;
    }

    @Override
    public Response updateManagedAccount(String managedAccountToken, UpdateManagedAccount ignored) {
        JsonNode change = withoutRecordIds(ParsedBody.of(request.get()).orElseThrow());
        return store.update(managedAccountToken, current -> JsonMerge.apply(current, change))
                .map(updated -> Response.ok(updated).build())
                .orElseGet(() -> Vendor.VANTAGE.error(Response.Status.NOT_FOUND, "Managed Account not found"));
    }

    // The vendor takes an id in the billing and business details only to pick the record to change,
    // and never sends one back, so it is not stored.
    private static JsonNode withoutRecordIds(JsonNode change) {
        if (!change.path(BILLING).has("id") && !change.path(BUSINESS).has("id")) {
            return change;
        }
        ObjectNode copy = change.deepCopy();
        for (String details : new String[] {BILLING, BUSINESS}) {
            if (copy.get(details) instanceof ObjectNode object) {
                object.remove("id");
            }
        }
        return copy;
    }
}
