package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.programmed.ProgrammedResponse;
import io.accountcontracts.stub.programmed.RuleCheck;
import io.accountcontracts.stub.proxy.ViolationTally;
import io.accountcontracts.stub.store.Fixtures;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Test-double controls under {@code /__admin}; like the vendor APIs, they need the bearer token. */
@Path(AdminResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public final class AdminResource {

    public static final String ROOT = "/__admin";
    public static final String HEALTH = ROOT + "/health";

    private static final int INTERNAL_SERVER_ERROR = 500;

    private final StubState state;
    private final RuleCheck check;

    public AdminResource(StubState state, RuleCheck check) {
        this.state = state;
        this.check = check;
    }

    /** Needs no token, so orchestrators can poll it. */
    @GET
    @Path("health")
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }

    /** Every stored record, in the fixtures file format, so a dump can be fed back with --fixtures. */
    @GET
    @Path("records")
    public Fixtures records() {
        return new Fixtures(
                state.stores().managedAccounts().all(),
                state.stores().accounts().all());
    }

    @POST
    @Path("reset")
    public Response reset() {
        state.reset();
        return Response.noContent().build();
    }

    /**
     * Shorthand for a rule of {@code count} vendor 500s, for any operation: each request that would have been
     * served gets the vendor's 500 and changes nothing. Answers with the installed rule. The count is read
     * here rather than by Jersey, which would answer a malformed one with 404.
     */
    @POST
    @Path("fail-next")
    public Response failNext(@QueryParam("count") @DefaultValue("1") String count) {
        int failures;
        try {
            failures = Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            failures = 0;
        }
        if (failures < 1) {
            // The admin API answers errors in the JSON:API shape, like Elastic Path.
            return Vendor.ELASTIC_PATH.error(
                    Response.Status.BAD_REQUEST,
                    "Query parameter 'count' must be a whole number from 1 to " + Integer.MAX_VALUE + ".");
        }
        ProgrammedResponse rule = check.rule(
                state.programmed().nextId(), null, INTERNAL_SERVER_ERROR, null, null, (long) failures, false);
        state.programmed().install(rule);
        return Response.ok(rule).build();
    }

    /**
     * The journaled requests, oldest first, and what the journal dropped to stay within its limits since it was
     * last cleared: {@code {"requests": [...], "dropped": {"requests", "breaches", "max_requests", "max_bytes"}}}.
     */
    @GET
    @Path("journal")
    public Journal.Snapshot journal() {
        return state.journal().snapshot();
    }

    /**
     * The run so far per vendor: exchanges proxied and stubbed, and the invalid requests, non-conforming
     * answers and upstream failures, grouped by operation, status and rule. Kept until a reset, however
     * small the journal.
     */
    @GET
    @Path("violations")
    public ViolationTally.Summary violations() {
        return state.tally().summary();
    }

    @DELETE
    @Path("journal")
    public Response clearJournal() {
        state.journal().clear();
        return Response.noContent().build();
    }
}
