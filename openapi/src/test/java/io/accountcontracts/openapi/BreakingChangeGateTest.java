package io.accountcontracts.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each spec against its last release; and proof that the gate catches deliberately breaking edits. */
class BreakingChangeGateTest {

    private static final Path RELEASED = Path.of("released");
    private static final Path REPORTS = Path.of("target", "openapi-diff");

    @ParameterizedTest
    @ValueSource(strings = {"vantage-managed-accounts", "elasticpath-accounts"})
    void specHasNoBreakingChangeSinceItsLastReleaseUnlessItsMajorVersionWasRaised(String name) throws Exception {
        Path released = BreakingChangeGate.lastRelease(RELEASED, name);
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.check(released, Path.of(name + ".yaml"));
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve(name + ".md"), verdict.report());

        assertTrue(
                verdict.passes(),
                name + ".yaml breaks clients of " + released + " (" + verdict.released() + " -> " + verdict.current()
                        + "); raise info.version's major or undo the change:\n" + verdict.report());
    }

    @Test
    void removedResponsePropertyIsCaught(@TempDir Path dir) throws Exception {
        assertCaught(
                dir,
                vantage()
                        .replace("        - parent_account_token\n", "")
                        .replace(
                                "        parent_account_token:\n"
                                        + "          type: string\n"
                                        + "          description: The token of the parent (MSP) Account.\n"
                                        + "          example: acct_bb022aecd1125ada\n",
                                ""));
    }

    @Test
    void newlyRequiredRequestFieldIsCaught(@TempDir Path dir) throws Exception {
        String optionalFields =
                "      description: The fields of a Managed Account to change. Every field is optional.\n"
                        + "      additionalProperties: false\n";
        assertCaught(dir, vantage().replace(optionalFields, optionalFields + "      required:\n        - name\n"));
    }

    @Test
    void narrowedRequestTypeIsCaught(@TempDir Path dir) throws Exception {
        String name =
                "        name:\n          type: string\n          description: The new name of the Managed Account.\n";
        assertCaught(dir, vantage().replace(name, name + "          maxLength: 8\n"));
    }

    @Test
    void breakingEditPassesOnceTheMajorVersionIsRaised(@TempDir Path dir) throws Exception {
        String released = vantage();
        String version = BreakingChangeGate.infoVersion(released);
        int nextMajor = Integer.parseInt(version.split("\\.")[0]) + 1;
        String broken = released.replace("        - parent_account_token\n", "")
                .replace("  version: " + version, "  version: " + nextMajor + ".0.0");
        assertFalse(broken.contains("  version: " + version), "the version edit did not apply");
        Path edited = Files.writeString(dir.resolve("edited.yaml"), broken);

        BreakingChangeGate.Verdict verdict = BreakingChangeGate.check(released(), edited);

        assertTrue(verdict.passes(), verdict.report());
    }

    private static void assertCaught(Path dir, String editedSpec) throws Exception {
        assertFalse(editedSpec.equals(vantage()), "the edit did not apply");
        Path edited = Files.writeString(dir.resolve("edited.yaml"), editedSpec);

        BreakingChangeGate.Verdict verdict = BreakingChangeGate.check(released(), edited);

        assertTrue(verdict.breaking(), "openapi-diff saw no breaking change:\n" + verdict.report());
        assertFalse(verdict.passes());
    }

    private static Path released() throws Exception {
        return BreakingChangeGate.lastRelease(RELEASED, "vantage-managed-accounts");
    }

    private static String vantage() throws Exception {
        return Files.readString(released());
    }
}
