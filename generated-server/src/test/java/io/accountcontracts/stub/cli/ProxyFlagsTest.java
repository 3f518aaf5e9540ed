package io.accountcontracts.stub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.proxy.ProxyTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** The proxy flags as the command line reads them, and the usage errors of each mistake. */
@Timeout(60) // a flag wrongly accepted starts a stub that waits for SIGTERM: fail, do not hang
class ProxyFlagsTest {

    @Test
    void withoutProxyFlagsBothVendorsAreStubbed() {
        StubServerCommand command = parse();

        assertEquals(List.of(), command.proxies);
        assertFalse(command.proxyStrict);
        assertEquals(5000, command.proxyConnectTimeoutMs);
        assertEquals(30000, command.proxyTimeoutMs);
        assertEquals(1048576, command.proxyMaxAnswerBytes);
        assertEquals(null, command.record);
    }

    @Test
    void readsEveryProxyFlag() {
        StubServerCommand command = parse(
                "--proxy",
                "vantage=https://api.vantage.sh",
                "--proxy=elasticpath=http://127.0.0.1:4010/sandbox",
                "--proxy-strict",
                "--proxy-connect-timeout-ms",
                "250",
                "--proxy-timeout-ms=900",
                "--proxy-max-answer-bytes",
                "4096",
                "--record",
                "target/recordings");

        assertEquals(
                List.of(
                        new ProxyTarget(Vendor.VANTAGE, URI.create("https://api.vantage.sh")),
                        new ProxyTarget(Vendor.ELASTIC_PATH, URI.create("http://127.0.0.1:4010/sandbox"))),
                command.proxies);
        assertTrue(command.proxyStrict);
        assertEquals(Path.of("target/recordings"), command.record);
        ProxyConfig config = command.proxyConfig();
        assertTrue(config.strict());
        assertEquals(Duration.ofMillis(250), config.connectTimeout());
        assertEquals(Duration.ofMillis(900), config.timeout());
        assertEquals(4096, config.maxAnswerBytes());
        assertEquals(URI.create("https://api.vantage.sh"), config.upstreams().get(Vendor.VANTAGE));
    }

    @Test
    void aBadVendorOrUrlIsAUsageErrorNamingTheFlag() {
        assertUsageError(
                "Invalid value for option '--proxy' (VENDOR=URL): 'shopify' is not a vendor of this stub; "
                        + "use vantage or elasticpath",
                "--proxy",
                "shopify=https://x");
        assertUsageError(
                "Invalid value for option '--proxy' (VENDOR=URL): 'localhost:8080' is not an http:// or "
                        + "https:// URL",
                "--proxy",
                "vantage=localhost:8080");
        assertUsageError(
                "Invalid value for option '--proxy' (VENDOR=URL): expected VENDOR=URL, such as "
                        + "vantage=https://api.vantage.sh; got 'https://api.vantage.sh'",
                "--proxy",
                "https://api.vantage.sh");
    }

    @Test
    void flagsThatNeedAProxyOrAPositiveTimeoutAreUsageErrors() {
        assertUsageError("--proxy-strict needs at least one --proxy VENDOR=URL", "--proxy-strict");
        assertUsageError("--record needs at least one --proxy VENDOR=URL", "--record", "dir");
        assertUsageError(
                "--proxy-connect-timeout-ms and --proxy-timeout-ms must be at least 1",
                "--proxy",
                "vantage=http://h",
                "--proxy-timeout-ms",
                "0");
        assertUsageError(
                "--proxy-max-answer-bytes must be at least 1",
                "--proxy",
                "vantage=http://h",
                "--proxy-max-answer-bytes",
                "0");
        assertUsageError(
                "--proxy: vantage is proxied twice; give one --proxy per vendor",
                "--proxy",
                "vantage=http://a",
                "--proxy",
                "vantage=http://b");
        assertUsageError(
                "--self-test checks the stub itself; leave out --proxy", "--proxy", "vantage=http://h", "--self-test");
        assertUsageError(
                "Invalid value for option '--proxy-timeout-ms': 'soon' is not an int",
                "--proxy",
                "vantage=http://h",
                "--proxy-timeout-ms",
                "soon");
    }

    @Test
    void helpSaysTheStubsTokenIsNotCheckedForProxiedRequests() {
        StringWriter out = new StringWriter();
        new CommandLine(new StubServerCommand()).setOut(new PrintWriter(out)).execute("--help");
        String help = out.toString().replaceAll("\\s+", " ");

        for (String flag : List.of(
                "--proxy=VENDOR=URL",
                "--proxy-strict",
                "--proxy-connect-timeout-ms=MS",
                "--proxy-timeout-ms=MS",
                "--proxy-max-answer-bytes=BYTES",
                "--record=DIR")) {
            assertTrue(help.contains(flag), flag + " missing from:\n" + out);
        }
        assertTrue(help.contains("The stub's bearer token is NOT checked for proxied requests"), help);
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
