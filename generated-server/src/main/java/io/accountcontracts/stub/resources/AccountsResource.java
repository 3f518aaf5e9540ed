package io.accountcontracts.stub.resources;

import io.accountcontracts.server.elasticpath.api.AccountsApi;
import io.accountcontracts.server.elasticpath.model.Account;
import io.accountcontracts.server.elasticpath.model.AccountLinks;
import io.accountcontracts.server.elasticpath.model.AccountResponse;
import io.accountcontracts.server.elasticpath.model.AccountUpdate;
import io.accountcontracts.server.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMerge;
import io.accountcontracts.stub.store.RecordStore;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Elastic Path {@code PUT /v2/accounts/{accountID}}. */
public final class AccountsResource implements AccountsApi {

    private final RecordStore<Account> store;
    private final JsonMerge merge;
    private final Clock clock;
    private final Map<String, String> selfLinks = new ConcurrentHashMap<>();

    public AccountsResource(RecordStore<Account> store, JsonMerge merge, Clock clock) {
        this.store = store;
        this.merge = merge;
        this.clock = clock;
    }

    @Override
    public Response updateAccount(String accountID, UpdateAccountRequest request) {
        AccountUpdate change = request.getData();
        return store.update(accountID, current -> {
                    Account next = merge.apply(current, change, Account.class);
                    // next is a fresh copy, so setting its fields here cannot touch the stored record.
                    next.getMeta().getTimestamps().setUpdatedAt(nextUpdatedAt(current));
                    next.setLinks(new AccountLinks().self(selfLink(accountID)));
                    return next;
                }, next -> rejectDuplicateRegistrationId(accountID, change.getRegistrationId()))
                .map(updated -> Response.ok(new AccountResponse().data(updated)).build())
                .orElseGet(() -> Vendor.ELASTIC_PATH.error(Response.Status.NOT_FOUND, "account not found"));
    }

    private void rejectDuplicateRegistrationId(String accountID, String registrationId) {
        if (registrationId == null) {
            return;
        }
        boolean taken = store.all().stream()
                .anyMatch(other -> !other.getId().equals(accountID)
                        && Objects.equals(other.getRegistrationId(), registrationId));
        if (taken) {
            throw new WebApplicationException(Vendor.ELASTIC_PATH.error(Response.Status.CONFLICT,
                    "registration_id '" + registrationId + "' is already used by another account"));
        }
    }

    // updated_at must move forward on every update, even two within one millisecond.
    private OffsetDateTime nextUpdatedAt(Account current) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime previous = current.getMeta().getTimestamps().getUpdatedAt();
        return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MILLIS);
    }

    // Built once per account: UriBuilder is a measurable part of an update's cost, and ids are few.
    private String selfLink(String accountID) {
        return selfLinks.computeIfAbsent(accountID,
                id -> UriBuilder.fromPath("/v2/accounts/{id}").build(id).toString());
    }
}
