package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.StubServer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar stub-server.jar [--host H] [--port P] [--token T]...} */
@Command(name = "stub-server", mixinStandardHelpOptions = true, version = "account-contracts stub 0.1.0",
        description = "Serves local stand-ins for Vantage PUT /v2/managed_accounts/{token} "
                + "and Elastic Path PUT /v2/accounts/{accountID}.")
public final class StubServerCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "STUB_SERVER_TOKEN";

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
    String host;

    @Option(names = "--port", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "A bearer token to accept; repeatable. STUB_SERVER_TOKEN is accepted too. "
                    + "With neither, a random token is generated and printed once.")
    List<String> tokens = List.of();

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(new CommandLine(new StubServerCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        Set<String> accepted = new LinkedHashSet<>(tokens);
        String fromEnv = System.getenv(TOKEN_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            accepted.add(fromEnv.strip());
        }
        if (accepted.isEmpty()) {
            String generated = randomToken();
            accepted.add(generated);
            // Printed, never logged: the operator needs it once, log files should never hold it.
            System.out.println("No --token or " + TOKEN_ENV + " given; accepting generated token: " + generated);
        }
        StubServer server = StubServer.start(host, port, accepted);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stub-server-shutdown"));
        System.out.println("Listening on " + server.baseUri());
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
