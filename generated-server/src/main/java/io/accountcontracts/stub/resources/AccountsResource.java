package io.accountcontracts.stub.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.server.elasticpath.api.AccountsApi;
import io.accountcontracts.server.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMerge;
import io.accountcontracts.stub.store.RecordStore;
import io.accountcontracts.stub.validation.ParsedBody;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;

/** Elastic Path {@code PUT /v2/accounts/{accountID}}. */
public final class AccountsResource implements AccountsApi {

    private final RecordStore<ObjectNode> store;
    private final UpdatedAt updatedAt;

    // The validated body tree, which keeps what the bound model loses (an explicit null, say).
    @Inject
    private Provider<ContainerRequestContext> request;

    public AccountsResource(RecordStore<ObjectNode> store, Clock clock) {
        this.store = store;
        this.updatedAt = new UpdatedAt(clock);
    }

    @Override
    public Response updateAccount(String accountID, UpdateAccountRequest ignored) {
        JsonNode change = ParsedBody.of(request.get()).orElseThrow().path("data");
        return store.update(
                        accountID,
                        current -> {
                            ObjectNode next = JsonMerge.apply(current, change);
                            ObjectNode timestamps = objectAt(objectAt(next, "meta"), "timestamps");
                            timestamps.put("updated_at", updatedAt.after(timestamps.path("updated_at")));
                            if (!next.path("links").path("self").isTextual()) {
                                next.putObject("links").put("self", selfLink(accountID));
                            }
                            return next;
                        },
                        next -> rejectDuplicateRegistrationId(accountID, change.path("registration_id")))
                .map(updated -> Response.ok(
                                JsonNodeFactory.instance.objectNode().set("data", updated))
                        .build())
                .orElseGet(() -> Vendor.ELASTIC_PATH.error(Response.Status.NOT_FOUND, "account not found"));
    }

    // ObjectNode.withObjectProperty does this, but only from Jackson 2.16, and the stub runs on 2.15 too.
    private static ObjectNode objectAt(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode child ? child : parent.putObject(name);
    }

    private void rejectDuplicateRegistrationId(String accountID, JsonNode registrationId) {
        if (!registrationId.isTextual()) {
            return;
        }
        boolean taken = store.all().stream()
                .anyMatch(other -> !other.path("id").asText().equals(accountID)
                        && registrationId.equals(other.get("registration_id")));
        if (taken) {
            throw new WebApplicationException(Vendor.ELASTIC_PATH.error(
                    Response.Status.CONFLICT,
                    "registration_id '" + registrationId.textValue() + "' is already used by another account"));
        }
    }

    private static String selfLink(String accountID) {
        return UriBuilder.fromPath("/v2/accounts/{id}").build(accountID).toString();
    }
}
