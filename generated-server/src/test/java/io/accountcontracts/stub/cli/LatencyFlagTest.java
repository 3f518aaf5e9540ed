package io.accountcontracts.stub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.delay.Delay;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code --latency} as the command line reads it, and the usage error of each mistake. */
@Timeout(60) // a value wrongly accepted starts a stub that waits for SIGTERM: fail, do not hang
class LatencyFlagTest {

    @Test
    void withoutTheFlagThereIsNoLatency() {
        assertNull(parse().latency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "50ms, 50ms",
        "uniform:20-80ms, uniform:20-80ms",
        "'lognormal:80ms,0.4', 'lognormal:80ms,0.4'",
        "'lognormal:80ms,0.4,2000ms', 'lognormal:80ms,0.4,2000ms'"
    })
    void readsEachForm(String value, String text) {
        Delay latency = parse("--latency", value).latency;

        assertEquals(text, latency.text());
        assertEquals(latency, parse("--latency=" + value).latency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "50              | Invalid value for option '--latency': '50' is not a delay; write 50ms, uniform:20-80ms,"
                        + " lognormal:80ms,0.4 or lognormal:80ms,0.4,2000ms.",
                "uniform:9-1ms   | Invalid value for option '--latency': 'uniform:9-1ms': the minimum (9 ms) is above the"
                        + " maximum (1 ms).",
                "lognormal:80ms,-1 | Invalid value for option '--latency': 'lognormal:80ms,-1' is not a delay; write 50ms,"
                        + " uniform:20-80ms, lognormal:80ms,0.4 or lognormal:80ms,0.4,2000ms.",
                "700000ms        | Invalid value for option '--latency': '700000ms': every time must be from 0 to 600000 ms."
            })
    void aBadValueIsAUsageErrorNamingTheFlag(String value, String message) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new StubServerCommand())
                .setErr(new PrintWriter(err))
                .execute("--port", "0", "--token", "t", "--latency", value.strip());

        assertEquals(2, exit, err.toString());
        assertEquals(message.strip(), err.toString().lines().findFirst().orElse(""), err.toString());
    }

    @Test
    void theHelpDescribesTheForms() {
        StringWriter out = new StringWriter();
        new CommandLine(new StubServerCommand()).setOut(new PrintWriter(out)).execute("--help");

        // picocli wraps lines where it likes, even inside a value.
        String help = out.toString().replaceAll("\\s+", "");
        assertTrue(help.contains("--latency=DELAYHoldbackeveryvendoranswer"), help);
        assertTrue(help.contains("50ms,uniform:20-80ms,lognormal:80ms,0.4"), help);
    }

    private static StubServerCommand parse(String... args) {
        StubServerCommand command = new StubServerCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
