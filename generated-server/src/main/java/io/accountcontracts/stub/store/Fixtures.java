package io.accountcontracts.stub.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.stub.json.JsonText;
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

/**
 * The records a stub starts with, exactly as the vendors' 200 responses show them:
 * {@code {"managed_accounts": [ManagedAccount...], "accounts": [Account data object...]}}.
 *
 * <p>Records are JSON objects rather than generated models, so that whatever the response schemas allow
 * survives the round trip: a field a vendor added after the spec was written, or a {@code null} the
 * vendor sends for an unset field. The stub checks them against the specs when it starts.
 */
public record Fixtures(
        @JsonProperty("managed_accounts") List<ObjectNode> managedAccounts,
        @JsonProperty("accounts") List<ObjectNode> accounts) {

    /** No records at all. */
    public static final Fixtures NONE = new Fixtures(List.of(), List.of());

    private static final String SEED_RESOURCE = "/fixtures/seed.json";
    private static final String MANAGED_ACCOUNTS = "managed_accounts";
    private static final String ACCOUNTS = "accounts";

    public Fixtures {
        managedAccounts = managedAccounts == null ? List.of() : copies(managedAccounts);
        accounts = accounts == null ? List.of() : copies(accounts);
    }

    /** The records of the seed documentation's examples, so its documented requests succeed. */
    public static Fixtures seed(ObjectMapper mapper) {
        try (InputStream in = Fixtures.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SEED_RESOURCE + " is missing from the classpath");
            }
            return from(mapper.readTree(in), SEED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a fixtures file; the stub still checks the records against the spec when it starts.
     *
     * @throws IllegalArgumentException naming the file, and the place in it, when it is not of this shape
     */
    public static Fixtures read(Path file, ObjectMapper mapper) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), mapper);
        }
    }

    /**
     * Reads fixtures in the same format from a stream (a classpath resource, say).
     *
     * @param source names the stream in messages
     * @throws IllegalArgumentException naming the source, and the place in it, when it is not of this shape
     */
    public static Fixtures read(InputStream in, String source, ObjectMapper mapper) throws IOException {
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(in)) {
            tree = JsonText.readOne(mapper, parser);
        } catch (JsonText.NotJson e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getMessage());
        }
        return from(tree, source);
    }

    // One check of the format for the seed and for files alike; source names where the records came from.
    private static Fixtures from(JsonNode tree, String source) {
        if (!(tree instanceof ObjectNode top)) {
            throw new IllegalArgumentException(
                    source + " at '': expected an object with '" + MANAGED_ACCOUNTS + "' and '" + ACCOUNTS + "' lists");
        }
        top.fieldNames().forEachRemaining(name -> {
            if (!name.equals(MANAGED_ACCOUNTS) && !name.equals(ACCOUNTS)) {
                throw new IllegalArgumentException(source + " at '/" + name + "': unknown member; expected '"
                        + MANAGED_ACCOUNTS + "' or '" + ACCOUNTS + "'");
            }
        });
        return new Fixtures(records(source, top, MANAGED_ACCOUNTS), records(source, top, ACCOUNTS));
    }

    private static List<ObjectNode> records(String source, ObjectNode top, String member) {
        JsonNode list = top.get(member);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(source + " at '/" + member + "': expected a list of records");
        }
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof ObjectNode record)) {
                throw new IllegalArgumentException(source + " at '/" + member + "/" + i + "': expected a JSON object");
            }
            records.add(record);
        }
        return records;
    }

    /** Rules the schemas cannot state: ids and registration ids are unique. Empty when none is broken. */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        duplicates(managedAccounts, "token", "managed account token", problems);
        duplicates(accounts, "id", "account id", problems);
        duplicates(accounts, "registration_id", "account registration_id", problems);
        return problems;
    }

    private static void duplicates(List<ObjectNode> records, String field, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        records.stream()
                .map(record -> record.path(field).textValue())
                .filter(Objects::nonNull)
                .filter(k -> !seen.add(k))
                .forEach(k -> problems.add("duplicate " + what + " '" + k + "'"));
    }

    // Records are shared between the stores and every reset, so nobody may change the ones kept here.
    private static List<ObjectNode> copies(List<ObjectNode> records) {
        return records.stream().map(ObjectNode::deepCopy).toList();
    }
}
