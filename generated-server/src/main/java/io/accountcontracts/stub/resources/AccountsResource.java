package io.accountcontracts.stub.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.server.elasticpath.api.AccountsApi;
import io.accountcontracts.server.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.server.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMerge;
import io.accountcontracts.stub.listing.AccountsQuery;
import io.accountcontracts.stub.listing.ListParameterProblem;
import io.accountcontracts.stub.store.NewIds;
import io.accountcontracts.stub.store.RecordStore;
import io.accountcontracts.stub.validation.ParsedBody;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;

/** Elastic Path's accounts: list, create, get, update and delete, on one store. */
public final class AccountsResource implements AccountsApi {

    private final RecordStore<ObjectNode> store;
    private final UpdatedAt updatedAt;

    // The validated body tree, which keeps what the bound model loses (an explicit null, say), and the raw query.
    @Inject
    private Provider<ContainerRequestContext> request;

    public AccountsResource(RecordStore<ObjectNode> store, Clock clock) {
        this.store = store;
        this.updatedAt = new UpdatedAt(clock);
    }

    @Override
    public Response listAccounts(String filter, String sort, Integer ignoredLimit, Integer ignoredOffset) {
        ContainerRequestContext context = request.get();
        MultivaluedMap<String, String> query = context.getUriInfo().getQueryParameters();
        try {
            AccountsQuery list = AccountsQuery.parse(
                    query.getFirst("filter"),
                    query.getFirst("sort"),
                    query.getFirst("page[limit]"),
                    query.getFirst("page[offset]"));
            return Response.ok(list.answer(store.all(), context.getUriInfo().getBaseUri()))
                    .build();
        } catch (ListParameterProblem problem) {
            return Vendor.ELASTIC_PATH.parameterError(
                    Response.Status.BAD_REQUEST, problem.parameter(), problem.getMessage());
        }
    }

    @Override
    public Response getAccount(String accountID) {
        return store.get(accountID).map(AccountsResource::answer).orElseGet(AccountsResource::notFound);
    }

    @Override
    public Response createAccount(CreateAccountRequest ignored) {
        JsonNode data = ParsedBody.of(request.get()).orElseThrow().path("data");
        String id = NewIds.accountId(store::contains);
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("id", id);
        record.put("type", "account");
        for (String field : new String[] {"name", "legal_name", "registration_id", "external_ref", "parent_id"}) {
            if (data.has(field)) {
                record.set(field, data.get(field));
            }
        }
        String now = updatedAt.after(JsonNodeFactory.instance.nullNode());
        objectAt(objectAt(record, "meta"), "timestamps").put("created_at", now).put("updated_at", now);
        record.putObject("links").put("self", selfLink(id));
        store.create(record, next -> {
            rejectDuplicateRegistrationId(id, data.path("registration_id"));
            relateToParent(next, data.path("parent_id"));
        });
        return Response.status(Response.Status.CREATED)
                .entity(JsonNodeFactory.instance.objectNode().set("data", record))
                .build();
    }

    @Override
    public Response deleteAccount(String accountID) {
        // Its SubAccounts stay as they are: the vendor documents no cascade.
        return store.delete(accountID)
                .map(deleted -> Response.noContent().build())
                .orElseGet(AccountsResource::notFound);
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
                .map(AccountsResource::answer)
                .orElseGet(AccountsResource::notFound);
    }

    private static Response answer(ObjectNode record) {
        return Response.ok(JsonNodeFactory.instance.objectNode().set("data", record))
                .build();
    }

    private static Response notFound() {
        return Vendor.ELASTIC_PATH.error(Response.Status.NOT_FOUND, "account not found");
    }

    // A SubAccount names its parent and every ancestor, nearest last, as the vendor's example shows. Runs under the
    // store's lock, so the parent cannot go between the check and the store.
    private void relateToParent(ObjectNode record, JsonNode parentId) {
        if (!parentId.isTextual()) {
            return;
        }
        ObjectNode parent = store.get(parentId.textValue())
                .orElseThrow(() -> new WebApplicationException(Vendor.ELASTIC_PATH.error(
                        Response.Status.BAD_REQUEST,
                        "data.parent_id '" + parentId.textValue() + "' names no account")));
        ObjectNode relationships = objectAt(record, "relationships");
        relationships.putObject("parent").set("data", reference(parent));
        var ancestors = relationships.putArray("ancestors");
        parent.path("relationships").path("ancestors").forEach(ancestor -> ancestors.add(ancestor.deepCopy()));
        ancestors.addObject().set("data", reference(parent));
    }

    private static ObjectNode reference(ObjectNode account) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("id", account.path("id").asText())
                .put("type", "account");
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
