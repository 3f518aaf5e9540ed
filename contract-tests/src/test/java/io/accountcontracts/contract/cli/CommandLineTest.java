package io.accountcontracts.contract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.cli.StubServerCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @Test
    void helpListsEveryFlag() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StubServerCommand()).setOut(new PrintWriter(out));

        assertEquals(0, cli.execute("--help"));
        for (String flag : new String[] {
            "--host",
            "--port",
            "--token",
            "--fixtures",
            "--strict-responses",
            "--max-body-bytes",
            "--journal-size",
            "--[no-]access-log",
            "--self-test",
            "STUB_SERVER_TOKEN"
        }) {
            assertTrue(out.toString().contains(flag), flag + " missing from:\n" + out);
        }
    }

    @Test
    void unknownFlagIsAUsageError() {
        CommandLine cli = new CommandLine(new StubServerCommand()).setErr(new PrintWriter(new StringWriter()));

        assertEquals(2, cli.execute("--prot", "8080"));
    }

    @Test
    void selfTestAnswersEachVendorAsDocumentedAndExitsZero() {
        StringWriter out = new StringWriter();

        int exit = new CommandLine(new StubServerCommand())
                .setOut(new PrintWriter(out))
                .execute("--port", "0", "--token", "t", "--no-access-log", "--self-test");

        assertEquals(0, exit, out.toString());
        assertEquals(
                4,
                out.toString()
                        .lines()
                        .filter(line -> line.startsWith("self-test ok"))
                        .count(),
                out.toString());
    }

    @Test
    void selfTestWithNoRecordToUpdateFails(@TempDir Path dir) throws Exception {
        Path fixtures = dir.resolve("empty.json");
        Files.writeString(fixtures, "{}");
        StringWriter out = new StringWriter();

        int exit = new CommandLine(new StubServerCommand())
                .setOut(new PrintWriter(out))
                .execute("--port", "0", "--token", "t", "--fixtures", fixtures.toString(), "--self-test");

        assertEquals(1, exit);
        assertTrue(out.toString().contains("no record to update"), out.toString());
    }

    @Test
    void fixturesThatBreakTheSpecStopStartUp(@TempDir Path dir) throws Exception {
        Path fixtures = dir.resolve("fixtures.json");
        Files.writeString(
                fixtures, "{\"managed_accounts\": [{\"token\": \"acct_1\", \"name\": \"no email or lists\"}]}");

        int exit = new CommandLine(new StubServerCommand())
                .execute("--port", "0", "--token", "t", "--fixtures", fixtures.toString());

        assertEquals(1, exit);
    }
}
