package io.accountcontracts.contract.support;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.store.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * A real stub server on an ephemeral loopback port for one test class, reset to its fixtures before
 * each test, with every exchange of each test validated against the spec afterwards:
 * <ul>
 *   <li>every response must conform, always;</li>
 *   <li>every request must conform, unless the test sent it broken on purpose and said so with
 *       {@link #expectRequestViolation(String)}.</li>
 * </ul>
 */
public final class ContractStub implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The accepted token; {@code -Dcontract.stubToken} sets it for a stub started elsewhere. */
    public static final String TOKEN = System.getProperty("contract.stubToken", "contract-test-token");
    /**
     * {@code -Dcontract.stubUrl=http://127.0.0.1:8080} points the tests at a stub started elsewhere (the
     * jar, say) instead of one in-process. It is reset through its admin API; tests that need their own
     * fixtures are skipped.
     */
    private static final String EXTERNAL_STUB = System.getProperty("contract.stubUrl");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient ADMIN = HttpClient.newHttpClient();

    private final Fixtures fixtures;
    private final LiveTarget live;
    private final List<RateLimit> rateLimits;
    private final ExchangeRecorder recorder = new ExchangeRecorder();
    private final Set<Exchange> deliberatelyInvalid = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Exchange> outsideSpec = Collections.newSetFromMap(new IdentityHashMap<>());
    private StubServer server;
    private URI baseUri;

    private ContractStub(Fixtures fixtures, LiveTarget live) {
        this(fixtures, live, List.of());
    }

    private ContractStub(Fixtures fixtures, LiveTarget live, List<RateLimit> rateLimits) {
        this.fixtures = fixtures;
        this.live = live;
        this.rateLimits = rateLimits;
    }

    /**
     * A stub of the seed records started as {@code --rate-limit} would start it, each limit such as
     * {@code "vantage=3/1m"}; every reset (before each test) arms them again with fresh windows.
     */
    public static ContractStub withRateLimits(String... limits) {
        return new ContractStub(
                null, null, Arrays.stream(limits).map(RateLimit::parse).toList());
    }

    /** A stub holding the records of the seed documentation. */
    public static ContractStub withSeedRecords() {
        return new ContractStub(null, null);
    }

    public static ContractStub withFixtures(Fixtures fixtures) {
        return new ContractStub(fixtures, null);
    }

    /**
     * No stub at all: the target named by {@code CONTRACT_BASE_URL} (the real vendor, a staging server,
     * a stub started elsewhere), which is never reset. Its tests are skipped when that is unset.
     */
    public static ContractStub liveTarget() {
        return new ContractStub(null, LiveTarget.fromEnvironment());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (live != null) {
            if (!live.configured()) {
                // Surefire does not show why a class was skipped, so say it where the build log shows it.
                System.out.println("[" + context.getDisplayName() + "] " + LiveTarget.HOW_TO_ENABLE);
            }
            Assumptions.assumeTrue(live.configured(), LiveTarget.HOW_TO_ENABLE);
            baseUri = live.baseUri();
            return;
        }
        if (EXTERNAL_STUB != null) {
            Assumptions.assumeTrue(
                    fixtures == null && rateLimits.isEmpty(),
                    "needs its own fixtures or rate limits, so runs only in-process");
            baseUri = URI.create(EXTERNAL_STUB.replaceAll("/+$", ""));
            return;
        }
        // Strict responses on: a non-conforming body turns into a 500 the spec does not allow, so even a
        // test that forgot to check a field fails.
        server = StubServer.start(StubConfig.forTests(TOKEN).toBuilder()
                .fixtures(fixtures)
                .rateLimits(rateLimits)
                .build());
        baseUri = server.baseUri();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (server != null) {
            server.reset();
        } else if (live == null) {
            admin("POST", "/__admin/reset", 204);
        }
        recorder.clear();
        deliberatelyInvalid.clear();
        outsideSpec.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // The admin API, the served specs and the docs page are the stub's own: no vendor spec describes them.
        List<Exchange> vendorExchanges = recorder.exchanges().stream()
                .filter(e -> !outsideSpec.contains(e) && e.path().startsWith("/v2/"))
                .toList();
        // Only the in-process stub's exchanges count for coverage: not a live target's, nor a stub started
        // elsewhere, which may be another build or not the stub at all.
        List<String> failures =
                new ArrayList<>(ExchangeVerifier.problems(vendorExchanges, deliberatelyInvalid, server != null));
        boolean skipped = context.getExecutionException()
                .filter(e -> e instanceof TestAbortedException)
                .isPresent();
        if (failures.isEmpty() && recorder.exchanges().isEmpty() && !skipped) {
            failures.add("the test made no HTTP exchange, so it checked nothing against the spec");
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The in-process stub, for tests that look at its state directly; those do not run against an external stub. */
    public StubServer server() {
        Assumptions.assumeTrue(server != null, "looks inside the stub, so runs only in-process");
        return server;
    }

    /** Every stored record, as {@code GET /__admin/records} lists them; works in-process and against the jar. */
    public JsonNode records() throws Exception {
        Assumptions.assumeTrue(live == null, "reads the stub's admin API, which a live target does not have");
        return JSON.readTree(admin("GET", "/__admin/records", 200));
    }

    private String admin(String method, String path, int expected) throws Exception {
        HttpResponse<String> response = ADMIN.send(
                HttpRequest.newBuilder(URI.create(baseUri + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", "Bearer " + token())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The accepted bearer token. */
    public String token() {
        return live != null ? live.token() : TOKEN;
    }

    /** The live target's settings; only for {@link #liveTarget()}. */
    public LiveTarget live() {
        return live;
    }

    /** The Vantage client, pointed at the stub, with the accepted token. */
    public ManagedAccountsApi vantage() {
        return vantage(token());
    }

    /** The Vantage client with the given bearer token, or none at all when null. */
    public ManagedAccountsApi vantage(String token) {
        io.accountcontracts.client.vantage.ApiClient client = new io.accountcontracts.client.vantage.ApiClient();
        client.setClientConfig(client.getDefaultClientConfig().register(recorder));
        client.setBasePath(baseUri().toString());
        client.setBearerToken(token);
        return new ManagedAccountsApi(client);
    }

    /** The Elastic Path client, pointed at the stub, with the accepted token. */
    public AccountsApi elasticPath() {
        return elasticPath(token());
    }

    /** The Elastic Path client with the given bearer token, or none at all when null. */
    public AccountsApi elasticPath(String token) {
        io.accountcontracts.client.elasticpath.ApiClient client =
                new io.accountcontracts.client.elasticpath.ApiClient();
        client.setClientConfig(client.getDefaultClientConfig().register(recorder));
        client.setBasePath(baseUri().toString());
        client.setBearerToken(token);
        return new AccountsApi(client);
    }

    public RawHttp raw() {
        return new RawHttp(baseUri(), recorder);
    }

    public Exchange lastExchange() {
        return recorder.last();
    }

    /**
     * Declares that the last request was sent in breach of the spec on purpose, and checks that the
     * validator agrees, with a message of the given key (for instance
     * {@code validation.request.security.missing}). Its response is still validated.
     */
    public void expectRequestViolation(String key) {
        Exchange exchange = recorder.last();
        ValidationReport report = OfflineValidator.forPath(exchange.path()).validateRequest(exchange);
        boolean found = report.getMessages().stream()
                .anyMatch(m -> m.getKey().equals(key) && m.getLevel() == ValidationReport.Level.ERROR);
        if (!found) {
            throw new AssertionError(exchange + ": expected the spec to reject the request with " + key
                    + " but the validator said " + report.getMessages());
        }
        deliberatelyInvalid.add(exchange);
    }

    /**
     * Declares that the last request was broken on purpose below what the validator can see (bytes that
     * are not UTF-8, a body over the size limit); its response is still validated.
     */
    public void expectRequestBrokenBelowTheSchema() {
        deliberatelyInvalid.add(recorder.last());
    }

    /**
     * Declares that the last request went to a method or path the spec does not describe at all (a GET
     * on a PUT-only path), checks that the validator agrees, and leaves it out of validation: there is
     * no operation to validate its response against.
     */
    public void expectOutsideSpec() {
        Exchange exchange = recorder.last();
        ValidationReport report = OfflineValidator.forPath(exchange.path()).validateRequest(exchange);
        boolean outside = report.getMessages().stream()
                .anyMatch(m -> m.getKey().equals("validation.request.operation.notAllowed")
                        || m.getKey().equals("validation.request.path.missing"));
        if (!outside) {
            throw new AssertionError(exchange + ": expected no operation of the spec to match, but the validator said "
                    + report.getMessages());
        }
        outsideSpec.add(exchange);
    }
}
