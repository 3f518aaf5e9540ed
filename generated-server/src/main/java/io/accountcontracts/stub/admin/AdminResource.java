package io.accountcontracts.stub.admin;

import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.store.Stores;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Test-double controls under {@code /__admin}; like the vendor APIs, they need the bearer token. */
@Path(AdminResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
public final class AdminResource {

    public static final String ROOT = "/__admin";
    public static final String HEALTH = ROOT + "/health";

    private final Stores stores;
    private final Fixtures fixtures;
    private final Journal journal;

    public AdminResource(Stores stores, Fixtures fixtures, Journal journal) {
        this.stores = stores;
        this.fixtures = fixtures;
        this.journal = journal;
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
        return new Fixtures(stores.managedAccounts().all(), stores.accounts().all());
    }

    @POST
    @Path("reset")
    public Response reset() {
        stores.load(fixtures);
        journal.clear();
        return Response.noContent().build();
    }

    @GET
    @Path("journal")
    public Map<String, List<Journal.Entry>> journal() {
        return Map.of("requests", journal.entries());
    }

    @DELETE
    @Path("journal")
    public Response clearJournal() {
        journal.clear();
        return Response.noContent().build();
    }
}
