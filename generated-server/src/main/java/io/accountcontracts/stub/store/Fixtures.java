package io.accountcontracts.stub.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.server.elasticpath.model.Account;
import io.accountcontracts.server.vantage.model.ManagedAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records a stub starts with. The file format reuses the specs' own response schemas:
 * {@code {"managed_accounts": [ManagedAccount...], "accounts": [Account data object...]}}.
 */
public record Fixtures(
        @JsonProperty("managed_accounts") List<ManagedAccount> managedAccounts,
        @JsonProperty("accounts") List<Account> accounts) {

    /** No records at all. */
    public static final Fixtures NONE = new Fixtures(List.of(), List.of());

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

    /**
     * Reads a fixtures file; the stub still checks the records against the spec when it starts.
     *
     * @throws IllegalArgumentException naming the record and field when a record cannot be read
     */
    public static Fixtures read(Path file, ObjectMapper mapper) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readValue(in, Fixtures.class);
        } catch (JsonMappingException e) {
            String where = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "/" + ref.getFieldName() : "/" + ref.getIndex())
                    .collect(Collectors.joining());
            throw new IllegalArgumentException(file + " at '" + where + "': " + e.getOriginalMessage(), e);
        }
    }

    /** Rules the schemas cannot state: ids and registration ids are unique. Empty when none is broken. */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        duplicates(managedAccounts, ManagedAccount::getToken, "managed account token", problems);
        duplicates(accounts, Account::getId, "account id", problems);
        duplicates(accounts, Account::getRegistrationId, "account registration_id", problems);
        return problems;
    }

    private static <T> void duplicates(List<T> records, Function<T, String> key, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        records.stream().map(key).filter(Objects::nonNull).filter(k -> !seen.add(k))
                .forEach(k -> problems.add("duplicate " + what + " '" + k + "'"));
    }
}
