package io.accountcontracts.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.server.elasticpath.api.AccountsApi;
import io.accountcontracts.server.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.server.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.server.vantage.api.ManagedAccountsApi;
import io.accountcontracts.server.vantage.model.CreateManagedAccount;
import io.accountcontracts.server.vantage.model.UpdateManagedAccount;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.http.JerseyApplication;
import io.accountcontracts.stub.http.Listener;
import io.accountcontracts.stub.json.JsonMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The stub's framework ceiling for benchmarks/load/load.sh: the same generated JAX-RS interfaces on the same
 * container (Jersey on Grizzly through the stub's own listener and worker pool) with the stub's
 * Jackson set-up, but no authentication, no validation and no store. Jackson still binds the request
 * body to the generated model and writes a fixed answer of the stub's 200 shape, so what is left out is
 * exactly what the stub does per request on top of Jersey.
 *
 * <p>Run from the benchmarks jar: {@code java -cp benchmarks/target/benchmarks.jar
 * io.accountcontracts.bench.JerseyCeiling PORT}. Listens on 127.0.0.1 only.
 */
public final class JerseyCeiling {

    // What the stub answers the bench requests of benchmarks/load/load.sh (Endpoint's), as of its seed fixtures.
    static final String VANTAGE_ANSWER = "{\"token\":\"acct_dd2fdf6564b60319\",\"name\":\"Bench\","
            + "\"contact_email\":\"contact@example.com\",\"parent_account_token\":\"acct_bb022aecd1125ada\","
            + "\"access_credential_tokens\":[\"accss_crdntl_686904ffd39a4618\"],\"billing_rule_tokens\":[]}";
    static final String ELASTIC_PATH_ANSWER = "{\"data\":{\"id\":\"deb6b25f-8451-4211-9a22-95610333df23\","
            + "\"type\":\"account\",\"name\":\"Bench\",\"legal_name\":\"acc-legal-name\","
            + "\"registration_id\":\"00000000-0000-1000-8000-000f00000300\","
            + "\"external_ref\":\"16bedceb-8b2d-4f82-a973-b0a8d8432708\",\"meta\":{\"timestamps\":"
            + "{\"created_at\":\"2021-02-23T09:40:33.882Z\",\"updated_at\":\"2026-11-23T10:00:00.000Z\"}},"
            + "\"links\":{\"self\":\"/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23\"}}}";

    private JerseyCeiling() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: JerseyCeiling PORT");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        ObjectMapper mapper = JsonMapper.create();
        // The stub's own container settings, so the two differ only in the filters and resources.
        ResourceConfig resources = StubServer.containerConfig(mapper)
                .register(new FixedManagedAccounts(tree(mapper, VANTAGE_ANSWER)))
                .register(new FixedAccounts(tree(mapper, ELASTIC_PATH_ANSWER)));
        Listener listener = Listener.prepare(
                        "127.0.0.1", port, JerseyApplication.build(resources), StubServer.workerPool())
                .start();
        System.out.println("Listening on http://127.0.0.1:" + listener.address().getPort());
        // Grizzly's threads are daemons: the JVM would exit with this method. It runs until it is killed.
        Thread.currentThread().join();
    }

    // A Response is built per request: Jersey keeps per-request state in it.
    private static Response notMeasured() {
        return Response.status(Response.Status.NOT_IMPLEMENTED).build();
    }

    // A JSON tree, as the stub's resources answer with, so Jackson writes it on every request as there.
    private static ObjectNode tree(ObjectMapper mapper, String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vantage {@code PUT /v2/managed_accounts/{managed_account_token}}: always the same 200. */
    public static final class FixedManagedAccounts implements ManagedAccountsApi {
        private final ObjectNode answer;

        FixedManagedAccounts(ObjectNode answer) {
            this.answer = answer;
        }

        @Override
        public Response updateManagedAccount(String managedAccountToken, UpdateManagedAccount update) {
            return Response.ok(answer).build();
        }

        // The load bench sends only updates; the other operations are not part of the ceiling.
        @Override
        public Response listManagedAccounts(Integer page, Integer limit) {
            return notMeasured();
        }

        @Override
        public Response createManagedAccount(CreateManagedAccount create) {
            return notMeasured();
        }

        @Override
        public Response getManagedAccount(String managedAccountToken) {
            return notMeasured();
        }

        @Override
        public Response deleteManagedAccount(String managedAccountToken, Object body) {
            return notMeasured();
        }
    }

    /** Elastic Path {@code PUT /v2/accounts/{accountID}}: always the same 200. */
    public static final class FixedAccounts implements AccountsApi {
        private final ObjectNode answer;

        FixedAccounts(ObjectNode answer) {
            this.answer = answer;
        }

        @Override
        public Response updateAccount(String accountID, UpdateAccountRequest update) {
            return Response.ok(answer).build();
        }

        @Override
        public Response listAccounts(String filter, String sort, Integer pageLimit, Integer pageOffset) {
            return notMeasured();
        }

        @Override
        public Response createAccount(CreateAccountRequest create) {
            return notMeasured();
        }

        @Override
        public Response getAccount(String accountID) {
            return notMeasured();
        }

        @Override
        public Response deleteAccount(String accountID) {
            return notMeasured();
        }
    }
}
