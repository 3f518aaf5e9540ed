package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.validation.SpecValidators;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar stub-server.jar [--host H] [--port P] [--token T]... [--fixtures FILE] [--strict-responses]} */
@Command(name = "stub-server", mixinStandardHelpOptions = true, version = "account-contracts stub 0.1.0",
        sortOptions = false,
        description = "Serves local stand-ins for Vantage PUT /v2/managed_accounts/{managed_account_token} "
                + "and Elastic Path PUT /v2/accounts/{accountID}, plus an admin API under /__admin.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally",
            "1:could not start (port in use, unreadable or invalid fixtures), or --self-test got a wrong answer",
            "2:invalid command line"})
public final class StubServerCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "STUB_SERVER_TOKEN";
    private static final Logger LOG = LoggerFactory.getLogger(StubServerCommand.class);

    @Option(names = "--host", defaultValue = StubConfig.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
    String host;

    @Option(names = "--port", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "A bearer token to accept; repeatable. " + TOKEN_ENV + " is accepted too. "
                    + "With neither, a random token is generated and printed once.")
    List<String> tokens = List.of();

    @Option(names = "--fixtures", paramLabel = "FILE",
            description = "JSON file of start-up records, {\"managed_accounts\": [...], \"accounts\": [...]}, "
                    + "each as the spec's 200 response has it. Default: the vendors' documented examples.")
    Path fixtures;

    @Option(names = "--strict-responses",
            description = "Validate every response against the spec too; a violation is logged and answered 500.")
    boolean strictResponses;

    @Option(names = "--max-body-bytes", defaultValue = "" + StubConfig.DEFAULT_MAX_BODY_BYTES,
            description = "Larger request bodies get 413 (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(names = "--journal-size", defaultValue = "" + StubConfig.DEFAULT_JOURNAL_SIZE,
            description = "How many recent requests GET /__admin/journal keeps (default: ${DEFAULT-VALUE}).")
    int journalSize;

    @Option(names = "--access-log", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Log one line per request (default: on). --no-access-log for load tests; "
                    + "GET /__admin/journal keeps the recent requests either way.")
    boolean accessLog;

    @Option(names = "--self-test",
            description = "Start, send one valid and one invalid update per vendor to this stub, report, and stop. "
                    + "Exit code 0 when every answer was as documented.")
    boolean selfTest;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final SpecValidators validators;

    /** A command that loads the specs when it starts the stub. */
    public StubServerCommand() {
        this(null);
    }

    private StubServerCommand(SpecValidators validators) {
        this.validators = validators;
    }

    public static void main(String[] args) {
        // First, so the specs load (on threads of their own) while logging and the command line are set up.
        SpecValidators validators = new SpecValidators();
        BufferedStdout.install();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int exitCode = new CommandLine(new StubServerCommand(validators)).execute(args);
        System.out.flush();
        System.exit(exitCode);
    }

    @Override
    public Integer call() throws InterruptedException {
        StubServer server;
        String token;
        try {
            Set<String> accepted = acceptedTokens();
            token = accepted.iterator().next();
            server = StubServer.start(new StubConfig(host, port, accepted, loadFixtures(),
                    strictResponses, maxBodyBytes, journalSize, accessLog),
                    validators != null ? validators : new SpecValidators());
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not start: {}", e.getMessage());
            return 1;
        }
        if (selfTest) {
            try (server) {
                return SelfTest.run(server, token, spec.commandLine().getOut()) ? 0 : 1;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping: finishing requests in flight");
            server.close();
            System.out.flush();
            stopped.countDown();
        }, "stub-server-shutdown"));
        System.out.println("Listening on " + server.baseUri());
        System.out.flush();
        stopped.await();
        return 0;
    }

    private Set<String> acceptedTokens() {
        Set<String> accepted = new LinkedHashSet<>(tokens);
        String fromEnv = System.getenv(TOKEN_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            accepted.add(fromEnv.strip());
        }
        if (accepted.isEmpty()) {
            String generated = randomToken();
            accepted.add(generated);
            // Printed, never logged: the operator needs it once; log files should never hold it.
            System.out.println("No --token or " + TOKEN_ENV + " given; accepting generated token: " + generated);
        }
        return accepted;
    }

    private Fixtures loadFixtures() throws IOException {
        return fixtures == null ? null : Fixtures.read(fixtures, JsonMapper.create());
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
