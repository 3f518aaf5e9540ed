package io.accountcontracts.stub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.ratelimit.RateLimit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code --rate-limit} as the command line reads it, and the usage error of each mistake. */
@Timeout(60) // a flag wrongly accepted starts a stub that waits for SIGTERM: fail, do not hang
class RateLimitFlagTest {

    @Test
    void withoutTheFlagNothingIsLimited() {
        StubServerCommand command = parse();

        assertEquals(List.of(), command.rateLimits());
    }

    @Test
    void readsOneLimitPerVendorInAnyUnit() {
        StubServerCommand command =
                parse("--rate-limit", "vantage=1000/1h", "--rate-limit=elasticpath=25/1s", "--port", "0");

        assertEquals(
                List.of(
                        new RateLimit(Vendor.VANTAGE, 1000, Duration.ofHours(1)),
                        new RateLimit(Vendor.ELASTIC_PATH, 25, Duration.ofSeconds(1))),
                command.rateLimits());
    }

    @Test
    void aBadValueIsAUsageErrorNamingTheFlag() {
        String invalid = "Invalid value for option '--rate-limit' (VENDOR=LIMIT/WINDOW): ";
        assertUsageError(
                invalid + "'shopify' is not a vendor of this stub; use vantage or elasticpath",
                "--rate-limit",
                "shopify=3/1m");
        assertUsageError(
                invalid + "the limit '0' must be a whole number from 1 to 2147483647", "--rate-limit", "vantage=0/1m");
        assertUsageError(
                invalid + "the window '1d' must be a whole number followed by ms, s, m or h, such as 1h, "
                        + "from 1 ms to 24 h",
                "--rate-limit",
                "vantage=3/1d");
        assertUsageError(
                invalid + "expected VENDOR=LIMIT/WINDOW, such as vantage=1000/1h; got '1000/1h'",
                "--rate-limit",
                "1000/1h");
    }

    @Test
    void aVendorTwiceOrAProxiedVendorIsAUsageError() {
        assertUsageError(
                "--rate-limit: vantage is given twice; give one each",
                "--rate-limit",
                "vantage=3/1m",
                "--rate-limit",
                "vantage=5/1m");
        assertUsageError(
                "--rate-limit: elasticpath is proxied (--proxy), and the vendor's own rate limit applies to it; "
                        + "limit only a stubbed vendor",
                "--proxy",
                "elasticpath=http://h",
                "--rate-limit",
                "elasticpath=25/1s");
    }

    @Test
    void helpNamesTheFlag() {
        StringWriter out = new StringWriter();
        new CommandLine(new StubServerCommand()).setOut(new PrintWriter(out)).execute("--help");

        assertTrue(out.toString().contains("--rate-limit=VENDOR=LIMIT/WINDOW"), out.toString());
    }

    private static StubServerCommand parse(String... args) {
        StubServerCommand command = new StubServerCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private static void assertUsageError(String message, String... args) {
        StringWriter err = new StringWriter();
        // --port 0 and a token: were the flags accepted, the stub would start rather than exit 2.
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--port", "0", "--token", "t"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        int exit = new CommandLine(new StubServerCommand())
                .setErr(new PrintWriter(err))
                .execute(all);

        assertEquals(2, exit, err.toString());
        assertEquals(message, err.toString().lines().findFirst().orElse(""), err.toString());
    }
}
