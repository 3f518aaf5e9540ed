package io.accountcontracts.stub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.StubConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code --https-port} and {@code --https-cert-dir} as the command line reads them, and each usage error. */
@Timeout(60) // a value wrongly accepted starts a stub that waits for SIGTERM: fail, do not hang
class HttpsFlagTest {

    @Test
    void withoutTheFlagThereIsNoHttps() {
        assertEquals(StubConfig.HTTPS_OFF, parse("--port", "0").httpsPort());
    }

    @Test
    void zeroIsAFreePort() {
        assertEquals(0, parse("--port", "0", "--https-port", "0").httpsPort());
        assertEquals(8443, parse("--https-port=8443").httpsPort());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--https-port -1 | --https-port must be 0 (a free port) to 65535, not -1",
                "--https-port 65536 | --https-port must be 0 (a free port) to 65535, not 65536",
                "--https-port abc | Invalid value for option '--https-port': 'abc' is not an int",
                "--https-port 8080 --port 8080 | --https-port must differ from --port (both are 8080)",
                "--port 0 --https-cert-dir /tmp | --https-cert-dir needs --https-port (0 for a free port)"
            })
    void aBadValueIsAUsageErrorNamingTheFlag(String args, String message) {
        StringWriter err = new StringWriter();
        String[] all = ("--token t " + args.strip()).split(" ");
        int exit = new CommandLine(new StubServerCommand())
                .setErr(new PrintWriter(err))
                .execute(all);

        assertEquals(2, exit, err.toString());
        assertEquals(message.strip(), err.toString().lines().findFirst().orElse(""), err.toString());
    }

    @Test
    void theHelpDescribesThem() {
        StringWriter out = new StringWriter();
        new CommandLine(new StubServerCommand()).setOut(new PrintWriter(out)).execute("--help");

        String help = out.toString().replaceAll("\\s+", "");
        assertTrue(help.contains("--https-port=PORTServeHTTPSonthisporttoo"), help);
        assertTrue(help.contains("--https-cert-dir=DIR"), help);
        assertTrue(help.contains("stub-certificate.pem,forcurl--cacert"), help);
    }

    /** The checked value, as {@code call()} reads it. */
    private static StubServerCommand parse(String... args) {
        StubServerCommand command = new StubServerCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
