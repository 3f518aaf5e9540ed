package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.delay.DelayText;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.proxy.ProxyConfig;
import io.accountcontracts.stub.proxy.ProxyTarget;
import io.accountcontracts.stub.proxy.SummaryText;
import io.accountcontracts.stub.proxy.TrafficRecorder;
import io.accountcontracts.stub.proxy.ViolationTally;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.tls.TlsMaterial;
import io.accountcontracts.stub.validation.SpecValidators;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
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

/**
 * {@code java -jar stub-server.jar [OPTIONS]}: the stub as a process. {@code --help} lists every flag from the
 * options below, so that list cannot go stale; docs/stub-server.md explains them.
 */
@Command(
        name = "stub-server",
        mixinStandardHelpOptions = true,
        versionProvider = StubServerCommand.Version.class,
        sortOptions = false,
        description = {
            "Serves local stand-ins for Vantage PUT /v2/managed_accounts/{managed_account_token} "
                    + "and Elastic Path PUT /v2/accounts/{accountID}, plus an admin API under /__admin.",
            "With --proxy, forwards one vendor's requests to the real vendor (or a sandbox) instead, checking "
                    + "both sides against the spec; the stub's bearer token is not checked for them: the vendor decides."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped normally",
            "1:could not start (port in use, unreadable or invalid fixtures), or --self-test got a wrong answer",
            "2:invalid command line"
        })
public final class StubServerCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "STUB_SERVER_TOKEN";
    private static final Logger LOG = LoggerFactory.getLogger(StubServerCommand.class);

    @Option(
            names = "--host",
            defaultValue = StubConfig.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
    String host;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--https-port",
            paramLabel = "PORT",
            description = "Serve HTTPS on this port too, beside HTTP on --port, with a certificate made for this run "
                    + "for localhost, 127.0.0.1 and ::1; 0 picks a free one. The start-up output names the HTTPS URL "
                    + "and the files a client trusts it with (default: no HTTPS).")
    Integer httpsPort;

    @Option(
            names = "--https-cert-dir",
            paramLabel = "DIR",
            description = "With --https-port: write the run's certificate (" + HttpsFiles.PEM + ", for curl --cacert) "
                    + "and trust store (" + HttpsFiles.TRUST_STORE + ", PKCS12, password "
                    + TlsMaterial.TRUST_STORE_PASSWORD + ") into DIR, replacing earlier ones. Default: a new "
                    + "temporary directory, deleted when the stub stops.")
    Path httpsCertDir;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "A bearer token to accept; repeatable. " + TOKEN_ENV + " is accepted too. "
                    + "With neither, a random token is generated and printed once. Not asked of proxied requests, "
                    + "and the admin API always needs it.")
    List<String> tokens = List.of();

    @Option(
            names = "--fixtures",
            paramLabel = "FILE",
            description = "JSON file of start-up records, {\"managed_accounts\": [...], \"accounts\": [...]}, "
                    + "each as the spec's 200 response has it. Default: the vendors' documented examples.")
    Path fixtures;

    @Option(
            names = "--strict-responses",
            description = "Validate every response against the spec too; a violation is logged and answered 500.")
    boolean strictResponses;

    @Option(
            names = "--max-body-bytes",
            defaultValue = "" + StubConfig.DEFAULT_MAX_BODY_BYTES,
            description = "Larger request bodies get 413 (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(
            names = "--journal-size",
            defaultValue = "" + StubConfig.DEFAULT_JOURNAL_SIZE,
            description = "How many recent requests GET /__admin/journal keeps (default: ${DEFAULT-VALUE}).")
    int journalSize;

    @Option(
            names = "--journal-max-bytes",
            paramLabel = "BYTES",
            defaultValue = "" + StubConfig.DEFAULT_JOURNAL_MAX_BYTES,
            description = "How many bytes (estimated) the journal's requests may take; the oldest are dropped first, "
                    + "and GET /__admin/journal counts them under \"dropped\" (default: ${DEFAULT-VALUE}).")
    long journalMaxBytes;

    @Option(
            names = "--access-log",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Log one line per request (default: on). --no-access-log for load tests; "
                    + "GET /__admin/journal keeps the recent requests either way.")
    boolean accessLog;

    @Option(
            names = "--latency",
            paramLabel = "DELAY",
            converter = LatencyConverter.class,
            description = "Hold back every vendor answer (not the admin API's) by this much, drawn afresh for each: "
                    + DelayText.FORMS + " (median 80 ms, sigma 0.4, capped at 2000 ms). It adds to a programmed "
                    + "delay; POST/DELETE /__admin/latency change it, a reset puts this one back (default: none).")
    Delay latency;

    @Option(
            names = "--proxy",
            paramLabel = "VENDOR=URL",
            converter = ProxyTargetConverter.class,
            description = "Forward this vendor's requests (vantage or elasticpath) to URL, the real host or a sandbox, "
                    + "such as vantage=https://api.vantage.sh; repeatable, one per vendor; the other vendor stays "
                    + "stubbed. Method, path, query, body and header values (Authorization included) go as sent, "
                    + "header names as the server spells them (X-api-key) and in its order; the answer comes back "
                    + "as it came, up to --proxy-max-answer-bytes; both are checked against the spec (journal, "
                    + "GET /__admin/violations). The stub's bearer token is NOT checked for proxied requests: "
                    + "the caller sends the vendor's token, and the vendor decides; a request carrying the stub's "
                    + "own token, or a path with a '..' segment, is refused and never forwarded.")
    List<ProxyTarget> proxies = List.of();

    @Option(
            names = "--proxy-strict",
            description = "With --proxy: refuse a request that breaks the spec with the vendor's 400 instead of "
                    + "forwarding it, and answer 502 (in the vendor's error shape, naming the violation) instead "
                    + "of a vendor answer that breaks the spec. Default: forward and pass on everything, and report.")
    boolean proxyStrict;

    @Option(
            names = "--proxy-connect-timeout-ms",
            paramLabel = "MS",
            defaultValue = "" + ProxyConfig.DEFAULT_CONNECT_TIMEOUT_MS,
            description =
                    "How long to wait for the upstream to accept a connection; then 504 (default: ${DEFAULT-VALUE}).")
    int proxyConnectTimeoutMs;

    @Option(
            names = "--proxy-timeout-ms",
            paramLabel = "MS",
            defaultValue = "" + ProxyConfig.DEFAULT_TIMEOUT_MS,
            description = "How long to wait for the upstream's whole answer, headers and body; then 504 "
                    + "(default: ${DEFAULT-VALUE}).")
    int proxyTimeoutMs;

    @Option(
            names = "--proxy-max-answer-bytes",
            paramLabel = "BYTES",
            defaultValue = "" + ProxyConfig.DEFAULT_MAX_ANSWER_BYTES,
            description = "The largest upstream answer body the proxy holds; a larger one is cut off and answered "
                    + "502, and a compressed answer is checked only as far as it decodes within it "
                    + "(default: ${DEFAULT-VALUE}).")
    int proxyMaxAnswerBytes;

    @Option(
            names = "--record",
            paramLabel = "DIR",
            description = "With --proxy: keep every exchange the upstream answered in DIR, as HAR files "
                    + "(DIR/<vendor>.har), credentials redacted.")
    Path record;

    @Option(
            names = "--rate-limit",
            paramLabel = "VENDOR=LIMIT/WINDOW",
            converter = RateLimitConverter.class,
            description = "Limit a stubbed vendor's requests as the vendor does, such as vantage=1000/1h or "
                    + "elasticpath=25/1s (window in ms, s, m or h); repeatable, one per vendor. A request over the "
                    + "limit gets the vendor's 429 and changes nothing; Vantage counts per access token and sends "
                    + "x-rate-limit-* headers, Elastic Path counts the whole stub as one store. Default: no limit, "
                    + "and no rate-limit header. POST /__admin/reset puts these back with fresh windows.")
    List<RateLimit> rateLimits = List.of();

    @Option(
            names = "--self-test",
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
        ProxyConfig proxy = proxyConfig();
        List<RateLimit> limits = rateLimits();
        int https = httpsPort();
        StubServer server;
        String token;
        try {
            Set<String> accepted = acceptedTokens();
            token = accepted.iterator().next();
            StubConfig.Builder config = StubConfig.builder()
                    .host(host)
                    .port(port)
                    .tokens(accepted)
                    .fixtures(loadFixtures())
                    .strictResponses(strictResponses)
                    .maxBodyBytes(maxBodyBytes)
                    .journalSize(journalSize)
                    .accessLog(accessLog)
                    .journalMaxBytes(journalMaxBytes)
                    .rateLimits(limits)
                    .latency(latency)
                    .httpsPort(https);
            if (proxy.isOn()) {
                config.proxy(proxy.withRecorder(record == null ? TrafficRecorder.NONE : Recording.open(record)));
            }
            server = StubServer.start(config.build(), validators != null ? validators : new SpecValidators());
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not start: {}", e.getMessage());
            return 1;
        }
        if (selfTest) {
            try (server) {
                return SelfTest.run(server, token, spec.commandLine().getOut()) ? 0 : 1;
            }
        }
        // Before "Listening on", which scripts wait for: by then the files are there.
        Runnable removeHttpsFiles = () -> {};
        if (server.servesHttps()) {
            try {
                removeHttpsFiles = HttpsFiles.write(server, httpsCertDir, System.out);
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not write the HTTPS certificate: {}", e.getMessage());
                server.close();
                return 1;
            }
        }
        Runnable removeOnStop = removeHttpsFiles;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info("Stopping: finishing requests in flight");
                            server.close();
                            removeOnStop.run();
                            // After close, so that the answers still in flight are counted: a CI log shows what broke
                            // the
                            // contract even if nobody asked. Only when proxying or when something broke it.
                            ViolationTally.Summary summary = server.violations();
                            if (summary.worthReporting()) {
                                System.out.print(SummaryText.of(summary));
                            }
                            System.out.flush();
                            stopped.countDown();
                        },
                        "stub-server-shutdown"));
        proxy.upstreams()
                .forEach((vendor, upstream) -> LOG.info(
                        "Proxying {} requests to {} ({}); the stub's bearer token is not checked for them",
                        vendor.realm(),
                        upstream,
                        proxy.strict()
                                ? "strict: requests and answers that break the spec are refused"
                                : "observe: everything is forwarded and reported"));
        System.out.println("Listening on " + server.baseUri());
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** The proxy flags, checked together; a mistake is a usage error (exit code 2), as for any other flag. */
    ProxyConfig proxyConfig() {
        if (proxies.isEmpty() && (proxyStrict || record != null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    (proxyStrict ? "--proxy-strict" : "--record") + " needs at least one --proxy VENDOR=URL");
        }
        if (!proxies.isEmpty() && selfTest) {
            // The self-test sends the stub's own token: it must not go to a vendor.
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--self-test checks the stub itself; leave out --proxy");
        }
        if (proxyConnectTimeoutMs < 1 || proxyTimeoutMs < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--proxy-connect-timeout-ms and --proxy-timeout-ms must be at least 1");
        }
        if (proxyMaxAnswerBytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--proxy-max-answer-bytes must be at least 1");
        }
        try {
            return ProxyConfig.of(proxies)
                    .withStrict(proxyStrict)
                    .withTimeouts(Duration.ofMillis(proxyConnectTimeoutMs), Duration.ofMillis(proxyTimeoutMs))
                    .withMaxAnswerBytes(proxyMaxAnswerBytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--proxy: " + e.getMessage());
        }
    }

    /** {@code --https-port} and {@code --https-cert-dir}, checked together: a usage error names the flag. */
    int httpsPort() {
        if (httpsPort == null) {
            if (httpsCertDir != null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--https-cert-dir needs --https-port (0 for a free port)");
            }
            return StubConfig.HTTPS_OFF;
        }
        if (httpsPort < 0 || httpsPort > 65535) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--https-port must be 0 (a free port) to 65535, not " + httpsPort);
        }
        if (httpsPort != 0 && httpsPort == port) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--https-port must differ from --port (both are " + port + ")");
        }
        return httpsPort;
    }

    /** The {@code --rate-limit} flags, checked together: one per vendor, and not for a proxied vendor. */
    List<RateLimit> rateLimits() {
        Set<Vendor> seen = EnumSet.noneOf(Vendor.class);
        for (RateLimit limit : rateLimits) {
            if (!seen.add(limit.vendor())) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--rate-limit: " + limit.vendor().realm() + " is given twice; give one each");
            }
            if (proxies.stream().anyMatch(p -> p.vendor() == limit.vendor())) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--rate-limit: " + limit.vendor().realm() + " is proxied (--proxy), and the vendor's own rate"
                                + " limit applies to it; limit only a stubbed vendor");
            }
        }
        return rateLimits;
    }

    /** Reads {@code --rate-limit VENDOR=LIMIT/WINDOW}; picocli reports a mistake as a usage error naming the flag. */
    static final class RateLimitConverter implements CommandLine.ITypeConverter<RateLimit> {
        @Override
        public RateLimit convert(String value) {
            try {
                return RateLimit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --proxy VENDOR=URL}; picocli reports a mistake as a usage error naming the flag. */
    static final class ProxyTargetConverter implements CommandLine.ITypeConverter<ProxyTarget> {
        @Override
        public ProxyTarget convert(String value) {
            try {
                return ProxyTarget.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --latency}; picocli reports a mistake as a usage error naming the flag. */
    static final class LatencyConverter implements CommandLine.ITypeConverter<Delay> {
        @Override
        public Delay convert(String value) {
            try {
                return DelayText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
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

    /** The version the build wrote into the jar's manifest; a class run from an IDE has none. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StubServerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"account-contracts stub " + (version == null ? "(development build)" : version)};
        }
    }
}
