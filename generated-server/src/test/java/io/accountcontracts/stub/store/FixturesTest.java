package io.accountcontracts.stub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.stub.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fixtures load from the seed or a file, own their records, and report broken uniqueness rules. */
class FixturesTest {

    private static final ObjectMapper MAPPER = JsonMapper.create();

    @Test
    void seedHoldsTheDocumentedRecordsAndBreaksNoRule() {
        Fixtures seed = Fixtures.seed(MAPPER);

        assertEquals(
                List.of("acct_dd2fdf6564b60319"),
                seed.managedAccounts().stream()
                        .map(r -> r.path("token").asText())
                        .toList());
        assertEquals(
                List.of("deb6b25f-8451-4211-9a22-95610333df23"),
                seed.accounts().stream().map(r -> r.path("id").asText()).toList());
        assertEquals(List.of(), seed.integrityProblems());
    }

    @Test
    void duplicateTokensIdsAndRegistrationIdsAreEachReported() {
        Fixtures fixtures = new Fixtures(
                List.of(json("{'token':'t1'}"), json("{'token':'t1'}"), json("{'token':'t2'}")),
                List.of(
                        json("{'id':'a1','registration_id':'r1'}"),
                        json("{'id':'a1','registration_id':'r2'}"),
                        json("{'id':'a2','registration_id':'r1'}")));

        assertEquals(
                List.of(
                        "duplicate managed account token 't1'",
                        "duplicate account id 'a1'",
                        "duplicate account registration_id 'r1'"),
                fixtures.integrityProblems());
    }

    @Test
    void nullOrMissingRegistrationIdsAreNotDuplicates() {
        // registration_id is nullable: many accounts may have none.
        Fixtures fixtures = new Fixtures(
                List.of(),
                List.of(
                        json("{'id':'a1','registration_id':null}"),
                        json("{'id':'a2','registration_id':null}"),
                        json("{'id':'a3'}"),
                        json("{'id':'a4'}")));

        assertEquals(List.of(), fixtures.integrityProblems());
    }

    @Test
    void recordsAreCopiedSoTheCallerCannotChangeThem() {
        // Every reset reloads from the fixtures, so a record changed after construction would leak into it.
        ObjectNode account = json("{'id':'a1','name':'before'}");
        List<ObjectNode> accounts = new ArrayList<>(List.of(account));
        Fixtures fixtures = new Fixtures(null, accounts);

        account.put("name", "after");
        accounts.clear();

        assertEquals(List.of(json("{'id':'a1','name':'before'}")), fixtures.accounts());
        assertEquals(List.of(), fixtures.managedAccounts());
    }

    @Test
    void readsAFixturesFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.json"), "{\"accounts\":[{\"id\":\"a1\"}]}");

        assertEquals(List.of(json("{'id':'a1'}")), Fixtures.read(file, MAPPER).accounts());
    }

    @Test
    void aFileThatIsNotAnObjectIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.json"), "[]");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.read(file, MAPPER));

        assertEquals(file + " at '': expected an object with 'managed_accounts' and 'accounts' lists", e.getMessage());
    }

    @Test
    void aRecordThatIsNotAnObjectIsRefusedNamingItsPlace(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.json"), "{\"managed_accounts\":[{\"token\":\"t1\"},3]}");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.read(file, MAPPER));

        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("at '/managed_accounts/1': expected a JSON object"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a list that is not one    | {\"managed_accounts\":\"x\"}         | at '/managed_accounts': expected a list of records",
                "an unknown member         | {\"accounts\":[],\"extra\":[]}     | at '/extra': unknown member; expected 'managed_accounts' or 'accounts'",
                "a file cut short          | {\"accounts\":[{\"id\":\"a\"}      | is not valid JSON: unexpected end of input at line 1, column 24",
                "not JSON at all           | {x}                                | is not valid JSON: unexpected character 'x', expected a field name in double quotes at line 1, column 2",
                "content after the object  | {\"accounts\":[]} x                | is not valid JSON: unexpected content after the JSON value at line 1, column 17"
            })
    void malformedFileIsRefusedSayingWhatIsWrongAndWhere(
            String what, String content, String expected, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.json"), content.strip());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.read(file, MAPPER));

        assertEquals(file + " " + expected.strip(), e.getMessage(), what);
    }

    private static ObjectNode json(String singleQuoted) {
        try {
            return (ObjectNode) MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
