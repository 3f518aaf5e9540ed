package io.accountcontracts.stub.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.server.elasticpath.model.Account;
import io.accountcontracts.server.vantage.model.ManagedAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The records a stub starts with. The file format reuses the specs' own response schemas:
 * {@code {"managed_accounts": [ManagedAccount...], "accounts": [Account data object...]}}.
 */
public record Fixtures(
        @JsonProperty("managed_accounts") List<ManagedAccount> managedAccounts,
        @JsonProperty("accounts") List<Account> accounts) {

    private static final String SEED_RESOURCE = "/fixtures/seed.json";

    public Fixtures {
        managedAccounts = managedAccounts == null ? List.of() : List.copyOf(managedAccounts);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** The records of the seed documentation's examples, so its documented requests succeed. */
    public static Fixtures seed(ObjectMapper mapper) {
        try (InputStream in = Fixtures.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SEED_RESOURCE + " is missing from the classpath");
            }
            return mapper.readValue(in, Fixtures.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
