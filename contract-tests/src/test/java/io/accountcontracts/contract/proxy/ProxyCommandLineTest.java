package io.accountcontracts.contract.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.cli.StubServerCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** The proxy flags on the command line: a mistake exits 2 with a message naming it, like any flag mistake. */
@Timeout(60) // a flag wrongly accepted starts a stub that waits for SIGTERM: fail, do not hang
class ProxyCommandLineTest {

    @Test
    void anUnknownVendorIsAUsageErrorNamingTheVendorsThereAre() {
        String err = usageError("--proxy", "stripe=https://api.stripe.com");

        assertTrue(
                err.startsWith("Invalid value for option '--proxy' (VENDOR=URL): 'stripe' is not a vendor of this "
                        + "stub; use vantage or elasticpath"),
                err);
    }

    @Test
    void aUrlThatIsNoHttpUrlIsAUsageError() {
        String err = usageError("--proxy", "elasticpath=useast.api.elasticpath.com");

        assertTrue(
                err.startsWith("Invalid value for option '--proxy' (VENDOR=URL): 'useast.api.elasticpath.com' is not "
                        + "an http:// or https:// URL"),
                err);
    }

    @Test
    void proxyFlagsWithoutAProxyAreUsageErrors() {
        assertTrue(usageError("--proxy-strict").startsWith("--proxy-strict needs at least one --proxy VENDOR=URL"));
        assertTrue(usageError("--record", "target/x").startsWith("--record needs at least one --proxy VENDOR=URL"));
    }

    @Test
    void theExitCodeIsThatOfAnyOtherFlagMistake() {
        CommandLine cli = new CommandLine(new StubServerCommand()).setErr(new PrintWriter(new StringWriter()));

        assertEquals(
                cli.execute("--port", "not-a-port"),
                new CommandLine(new StubServerCommand())
                        .setErr(new PrintWriter(new StringWriter()))
                        .execute("--proxy", "vantage"));
    }

    private static String usageError(String... args) {
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--port", "0", "--token", "t"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);

        int exit = new CommandLine(new StubServerCommand())
                .setErr(new PrintWriter(err))
                .execute(all);

        assertEquals(2, exit, err.toString());
        return err.toString();
    }
}
