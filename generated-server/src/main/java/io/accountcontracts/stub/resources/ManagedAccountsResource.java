package io.accountcontracts.stub.resources;

import io.accountcontracts.server.vantage.api.ManagedAccountsApi;
import io.accountcontracts.server.vantage.model.ManagedAccount;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMerge;
import io.accountcontracts.stub.store.RecordStore;
import jakarta.ws.rs.core.Response;

/** Vantage {@code PUT /v2/managed_accounts/{managed_account_token}}. */
public final class ManagedAccountsResource implements ManagedAccountsApi {

    private final RecordStore<ManagedAccount> store;
    private final JsonMerge merge;

    public ManagedAccountsResource(RecordStore<ManagedAccount> store, JsonMerge merge) {
        this.store = store;
        this.merge = merge;
    }

    @Override
    public Response updateManagedAccount(String managedAccountToken, UpdateManagedAccount change) {
        return store.update(managedAccountToken, current -> merge.apply(current, change, ManagedAccount.class))
                .map(updated -> Response.ok(updated).build())
                .orElseGet(() -> Vendor.VANTAGE.error(Response.Status.NOT_FOUND, "Managed Account not found"));
    }
}
