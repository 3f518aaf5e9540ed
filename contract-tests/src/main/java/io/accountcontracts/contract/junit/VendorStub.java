package io.accountcontracts.contract.junit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.delay.Delay;
import io.accountcontracts.stub.errors.Vendor;
import io.accountcontracts.stub.programmed.NextResponse;
import io.accountcontracts.stub.programmed.ProgrammedResponse;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.validation.SpecValidators;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A running stub of both vendors, as a test sees it: where it is, clients for it, what it received,
 * and the answers it will give next.
 */
public final class VendorStub implements AutoCloseable {

    // Parsing the two specs is most of a stub's start-up, and validators hold nothing per server, so
    // every stub in a JVM shares one set: the second test class starts in a fraction of the first's time.
    private static final class SharedValidators {
        static final SpecValidators INSTANCE = new SpecValidators();
    }

    // Large enough that a test's requests are all still there when it ends, small enough for any heap. If a
    // test overflows them anyway, the journal counts the breaches it dropped, and the test still fails for them.
    private static final int JOURNAL_SIZE = 10_000;
    private static final long JOURNAL_MAX_BYTES = 32L * 1024 * 1024;

    private final StubServer server;
    private final String token;
    private int expectedViolations;

    private VendorStub(StubServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Starts a stub as the extension would; for use outside JUnit (a benchmark, a main method). */
    public static VendorStub start(VendorStubExtension.Options options) {
        StubConfig config = StubConfig.builder()
                .port(options.port())
                .tokens(options.tokens())
                .fixtures(options.fixtures())
                .strictResponses(options.strictResponses())
                .journalSize(JOURNAL_SIZE)
                .accessLog(false)
                .journalMaxBytes(JOURNAL_MAX_BYTES)
                .rateLimits(options.rateLimits())
                .latency(options.latency())
                .build();
        return new VendorStub(StubServer.start(config, SharedValidators.INSTANCE), options.token());
    }

    /** Where the stub listens, such as {@code http://127.0.0.1:41234}: both vendors' base URL. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** The bearer token the stub accepts (the first, when it accepts several). */
    public String token() {
        return token;
    }

    /** A generated Vantage client pointed at the stub, sending the token. */
    public ManagedAccountsApi vantage() {
        io.accountcontracts.client.vantage.ApiClient client = new io.accountcontracts.client.vantage.ApiClient();
        client.setBasePath(baseUri().toString());
        client.setBearerToken(token);
        return new ManagedAccountsApi(client);
    }

    /** A generated Elastic Path client pointed at the stub, sending the token. */
    public AccountsApi elasticPath() {
        io.accountcontracts.client.elasticpath.ApiClient client =
                new io.accountcontracts.client.elasticpath.ApiClient();
        client.setBasePath(baseUri().toString());
        client.setBearerToken(token);
        return new AccountsApi(client);
    }

    /**
     * Programs the answer to the next request of an operation ({@code updateAccount},
     * {@code updateManagedAccount}) that passes validation, for example
     * {@code stub.nextResponse("updateAccount").status(409)}, or {@code .delay(Duration.ofSeconds(2))},
     * {@code .fault(Fault.EMPTY_RESPONSE)}, {@code .times(3)}, {@code .persistent()}.
     */
    public NextResponse nextResponse(String operationId) {
        return server.nextResponse(operationId);
    }

    /**
     * Makes every vendor answer from now on wait this long, drawn afresh for each, for example
     * {@code stub.latency(Delay.uniform(ofMillis(20), ofMillis(80)))}; null for none. It adds to a programmed
     * delay. The reset before the next test puts back the latency the stub was started with.
     */
    public void latency(Delay latency) {
        server.latency(latency);
    }

    /** What every vendor answer waits now; null for none. */
    public Delay latency() {
        return server.latency();
    }

    public List<ProgrammedResponse> pendingResponses() {
        return server.pendingResponses();
    }

    /**
     * Limits a vendor's requests, as the vendor does, for the rest of this test: at most {@code limit} requests a
     * {@code window}, for example {@code stub.rateLimit(Vendor.VANTAGE, 3, Duration.ofMinutes(1))}. Vantage counts
     * per access token and sends {@code x-rate-limit-limit}, {@code -remaining} and {@code -reset} with every
     * answer; Elastic Path counts the whole stub as one store. The request over the limit gets the vendor's 429,
     * changes nothing, and is journaled as rate limited, not as a breach. The reset before the next test puts
     * back the limits the class declared (none by default), with fresh windows.
     */
    public void rateLimit(Vendor vendor, int limit, Duration window) {
        server.rateLimit(vendor, limit, window);
    }

    /** The armed rate limits; empty unless the class or the test armed one. */
    public List<RateLimit> rateLimits() {
        return server.rateLimits();
    }

    /** Lifts every rate limit for the rest of this test. */
    public void clearRateLimits() {
        server.clearRateLimits();
    }

    /** The statuses the operation's spec documents, such as {@code ["200", "400", "401", ...]}. */
    public List<String> documentedStatuses(String operationId) {
        return server.documentedStatuses(operationId);
    }

    /**
     * Every request the stub received since this test began, oldest first, tokens redacted; the oldest may have
     * been dropped, if there were more than the journal keeps ({@code server().journal().dropped()} says).
     */
    public List<Journal.Entry> requests() {
        return server.journal().entries();
    }

    /** The requests since this test began that broke a vendor's spec, each with what was wrong. */
    public List<Journal.Entry> invalidRequests() {
        return ContractViolations.of(requests());
    }

    /**
     * Declares that the test makes the code under test send this many requests that break the spec (a
     * negative test of its own input checks, say), so the test does not fail for them. Exactly that
     * many must arrive.
     */
    public void expectInvalidRequests(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        expectedViolations = count;
    }

    /** Every stored record, as {@code GET /__admin/records} shows them. */
    public Fixtures records() {
        return new Fixtures(
                server.stores().managedAccounts().all(),
                server.stores().accounts().all());
    }

    /** The stored Vantage managed account with this token. */
    public Optional<ObjectNode> managedAccount(String token) {
        return server.stores().managedAccounts().get(token);
    }

    /** The stored Elastic Path account (its {@code data} object) with this id. */
    public Optional<ObjectNode> account(String id) {
        return server.stores().accounts().get(id);
    }

    /**
     * Records back to the fixtures; journal, programmed responses and declared expectations cleared; the class's
     * rate limits back, with fresh windows.
     */
    public void reset() {
        server.reset();
        expectedViolations = 0;
    }

    /** The server itself, for what this handle does not offer. */
    public StubServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }

    void verifyNoUnexpectedViolations() {
        ContractViolations.failure(server.journal().snapshot(), expectedViolations)
                .ifPresent(message -> {
                    throw new AssertionError(message);
                });
    }
}
