package io.accountcontracts.stub.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.server.vantage.api.ManagedAccountsApi;
import io.accountcontracts.server.vantage.model.CreateManagedAccount;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMerge;
import io.accountcontracts.stub.listing.ListParameterProblem;
import io.accountcontracts.stub.listing.ManagedAccountsPage;
import io.accountcontracts.stub.store.NewIds;
import io.accountcontracts.stub.store.RecordStore;
import io.accountcontracts.stub.validation.ParsedBody;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** Vantage's managed accounts: list, create, get, update and delete, on one store. */
public final class ManagedAccountsResource implements ManagedAccountsApi {

    private static final String BILLING = "billing_information_attributes";
    private static final String BUSINESS = "business_information_attributes";
    private static final String NOT_FOUND = "Managed Account not found";
    // The MSP account a created account belongs to, when no stored account names one: the seed fixtures'.
    private static final String DEFAULT_PARENT = "acct_bb022aecd1125ada";

    private final RecordStore<ObjectNode> store;

    // The validated body tree, which keeps what the bound model loses (an explicit null, say), and the raw query.
    @Inject
    private Provider<ContainerRequestContext> request;

    public ManagedAccountsResource(RecordStore<ObjectNode> store) {
        this.store = store;
    }

    @Override
    public Response listManagedAccounts(Integer ignoredPage, Integer ignoredLimit) {
        ContainerRequestContext context = request.get();
        MultivaluedMap<String, String> query = context.getUriInfo().getQueryParameters();
        try {
            ManagedAccountsPage page = ManagedAccountsPage.parse(query.getFirst("page"), query.getFirst("limit"));
            return Response.ok(page.answer(store.all(), context.getUriInfo().getBaseUri()))
                    .build();
        } catch (ListParameterProblem problem) {
            return Vendor.VANTAGE.parameterError(
                    Response.Status.BAD_REQUEST, problem.parameter(), problem.getMessage());
        }
    }

    @Override
    public Response getManagedAccount(String managedAccountToken) {
        return store.get(managedAccountToken)
                .map(record -> Response.ok(record).build())
                .orElseGet(ManagedAccountsResource::notFound);
    }

    @Override
    public Response createManagedAccount(CreateManagedAccount ignored) {
        JsonNode body = ParsedBody.of(request.get()).orElseThrow();
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("token", NewIds.managedAccountToken(store::contains));
        record.set("name", body.get("name"));
        record.set("contact_email", body.get("contact_email"));
        record.put("parent_account_token", parentToken());
        record.set("access_credential_tokens", listOrEmpty(body, "access_credential_tokens"));
        record.set("billing_rule_tokens", listOrEmpty(body, "billing_rule_tokens"));
        if (body.path("email_domain").isTextual()) {
            record.set("email_domain", body.get("email_domain"));
        } else {
            record.putNull("email_domain");
        }
        store.create(record, next -> {});
        return Response.status(Response.Status.CREATED).entity(record).build();
    }

    @Override
    public Response updateManagedAccount(String managedAccountToken, UpdateManagedAccount ignored) {
        JsonNode change = withoutRecordIds(ParsedBody.of(request.get()).orElseThrow());
        return store.update(managedAccountToken, current -> JsonMerge.apply(current, change))
                .map(updated -> Response.ok(updated).build())
                .orElseGet(ManagedAccountsResource::notFound);
    }

    @Override
    public Response deleteManagedAccount(String managedAccountToken, Object ignoredEmptyBody) {
        return store.delete(managedAccountToken)
                .map(deleted -> Response.noContent().build())
                .orElseGet(ManagedAccountsResource::notFound);
    }

    private static Response notFound() {
        return Vendor.VANTAGE.error(Response.Status.NOT_FOUND, NOT_FOUND);
    }

    // Every managed account of a stub belongs to the one MSP account its token stands for: the stored ones'.
    private String parentToken() {
        return store.all().stream()
                .map(record -> record.path("parent_account_token").textValue())
                .filter(token -> token != null)
                .findFirst()
                .orElse(DEFAULT_PARENT);
    }

    private static JsonNode listOrEmpty(JsonNode body, String name) {
        return body.path(name).isArray() ? body.get(name) : JsonNodeFactory.instance.arrayNode();
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
