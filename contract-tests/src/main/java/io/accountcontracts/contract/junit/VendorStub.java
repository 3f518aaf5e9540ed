package io.accountcontracts.contract.junit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.stub.ApplicationPool;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.programmed.ProgrammedResponse;
import io.accountcontracts.stub.ratelimit.RateLimit;
import io.accountcontracts.stub.startup.ClassPreload;
import io.accountcontracts.stub.store.Fixtures;
import io.accountcontracts.stub.validation.SpecValidators;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

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
    private final boolean https;
    private final JudgedBreaches judged = new JudgedBreaches();
    private int expectedViolations;

    private VendorStub(StubServer server, String token, boolean https) {
        this.server = server;
        this.token = token;
        this.https = https;
    }

    /** Starts a stub as the extension would; for use outside JUnit (a benchmark, a main method). */
    public static VendorStub start(VendorStubExtension.Options options) {
        // First of all: the first stub in a JVM loads its classes while the specs' screens are read (ClassPreload).
        ClassPreload.start();
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
                .https(options.https())
                .build();
        // The stubs of a suite's test classes start one after another in this JVM: each takes over the application
        // of a closed one of the same options, when there is one, rather than build Jersey's anew (ApplicationPool).
        StubServer server = StubServer.start(config, SharedValidators.INSTANCE, ApplicationPool.shared());
        return new VendorStub(server, options.token(), options.https());
    }

    /** Where the stub listens, such as {@code http://127.0.0.1:41234}: both vendors' base URL. */
    public URI baseUri() {
        return server.baseUri();
    }

    /**
     * Where the stub serves HTTPS, such as {@code https://localhost:41235}: the same stub as {@link #baseUri()},
     * over TLS. Its host is {@code localhost}, which the run's certificate names, so a client's hostname
     * verification passes as it does against the vendor.
     *
     * @throws IllegalStateException unless the class asked for HTTPS ({@code @VendorStubTest(https = true)})
     */
    public URI httpsUri() {
        requireHttps();
        return server.httpsBaseUri();
    }

    /** A TLS context that trusts exactly this run's certificate, for a client's {@code sslContext(...)}. */
    public SSLContext sslContext() {
        requireHttps();
        return server.tls().sslContext();
    }

    /**
     * A trust store (PKCS12, in memory) holding this run's certificate, for a client that takes a {@code KeyStore};
     * {@code trustStore(path)} writes it to a file for one that takes a path.
     */
    public KeyStore trustStore() {
        requireHttps();
        return server.tls().trustStore();
    }

    /** Writes {@link #trustStore()} to this file, with the password {@code changeit}, and returns the file. */
    public Path trustStore(Path file) throws IOException {
        requireHttps();
        return server.tls().writeTrustStore(file);
    }

    private void requireHttps() {
        if (!https) {
            throw new IllegalStateException("this stub serves no HTTPS: ask for it with @VendorStubTest(https = true)"
                    + " or VendorStubExtension.newInstance().https(true)");
        }
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
     * Programs the answer to the next request of an operation that passes validation, for example
     * {@code stub.nextResponse(UPDATE_ACCOUNT).forId(id).status(409).body(json)}, or
     * {@code .delay(Duration.ofSeconds(2))}, {@code .fault(Fault.EMPTY_RESPONSE)}, {@code .times(3)},
     * {@code .persistent()}. See {@link NextResponse}.
     */
    public NextResponse nextResponse(Operation operation) {
        return new NextResponse(server.nextResponse(operation.id()));
    }

    /** As {@link #nextResponse(Operation)}, by the spec's {@code operationId}, such as {@code "updateAccount"}. */
    public NextResponse nextResponse(String operationId) {
        return nextResponse(Operation.of(operationId));
    }

    /**
     * Checks the requests of an operation the stub received in this test, for example
     * {@code stub.verify(UPDATE_ACCOUNT).forId(id).whenBody("/data/name", "Acme").times(1)}; see {@link Verification}.
     */
    public Verification verify(Operation operation) {
        return new Verification(operation, () -> server.journal().snapshot());
    }

    /** As {@link #verify(Operation)}, by the spec's {@code operationId}, such as {@code "updateAccount"}. */
    public Verification verify(String operationId) {
        return verify(Operation.of(operationId));
    }

    /**
     * Makes every vendor answer from now on wait this long, drawn afresh for each, for example
     * {@code stub.latency(Delay.uniform(ofMillis(20), ofMillis(80)))}; null for none. It adds to a programmed
     * delay. The reset before the next test puts back the latency the stub was started with.
     */
    public void latency(Delay latency) {
        server.latency(latency == null ? null : latency.stub());
    }

    /** Use {@link #latency(Delay)}; this one takes the server's own type. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public void latency(io.accountcontracts.stub.delay.Delay latency) {
        server.latency(latency);
    }

    /** What every vendor answer waits now; null for none. */
    public Delay latency() {
        return Delay.of(server.latency());
    }

    /**
     * The programmed rules still pending, in the server's own type; {@code GET /__admin/next-responses} shows them.
     * To check what a test sent, use {@link #verify(Operation)}.
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
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
        server.rateLimit(vendor.stub(), limit, window);
    }

    /** Use {@link #rateLimit(Vendor, int, Duration)}; this one takes the server's own type. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public void rateLimit(io.accountcontracts.stub.errors.Vendor vendor, int limit, Duration window) {
        server.rateLimit(vendor, limit, window);
    }

    /** The armed rate limits, in the server's own type; {@code GET /__admin/rate-limits} shows them. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<RateLimit> rateLimits() {
        return server.rateLimits();
    }

    /** Lifts every rate limit for the rest of this test. */
    public void clearRateLimits() {
        server.clearRateLimits();
    }

    /** The statuses the operation's spec documents, such as {@code ["200", "400", "401", ...]}. */
    public List<String> documentedStatuses(Operation operation) {
        return server.documentedStatuses(operation.id());
    }

    /** As {@link #documentedStatuses(Operation)}, by the spec's {@code operationId}. */
    public List<String> documentedStatuses(String operationId) {
        return documentedStatuses(Operation.of(operationId));
    }

    /**
     * Every request the stub received in this test, oldest first, tokens redacted, each with its body; the oldest
     * may have been dropped, if there were more than the journal keeps. With {@code resetOnEachTest} off, every
     * request since the class began.
     */
    public List<RecordedRequest> requests() {
        return server.journal().entries().stream().map(RecordedRequest::new).toList();
    }

    /** Use {@link #requests()}; this one gives the journal's own entries. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<Journal.Entry> journalEntries() {
        return server.journal().entries();
    }

    /** The requests of this test that broke a vendor's spec, each with what was wrong. */
    public List<RecordedRequest> invalidRequests() {
        return requests().stream().filter(RecordedRequest::breaksContract).toList();
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

    /** Every record the stub holds for the vendor, in the order {@code GET /__admin/records} shows them. */
    public List<StoredRecord> records(Vendor vendor) {
        List<ObjectNode> records = vendor == Vendor.VANTAGE
                ? server.stores().managedAccounts().all()
                : server.stores().accounts().all();
        return records.stream().map(r -> new StoredRecord(vendor, r)).toList();
    }

    /** The record the stub holds for the vendor with this id (Vantage's {@code token}, Elastic Path's {@code id}). */
    public Optional<StoredRecord> record(Vendor vendor, String id) {
        Optional<ObjectNode> record = vendor == Vendor.VANTAGE
                ? server.stores().managedAccounts().get(id)
                : server.stores().accounts().get(id);
        return record.map(r -> new StoredRecord(vendor, r));
    }

    /** Use {@link #records(Vendor)}; this one gives the server's own type. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Fixtures records() {
        return new Fixtures(
                server.stores().managedAccounts().all(),
                server.stores().accounts().all());
    }

    /** Use {@code record(Vendor.VANTAGE, token)}; this one gives Jackson's type. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<ObjectNode> managedAccount(String token) {
        return server.stores().managedAccounts().get(token);
    }

    /** Use {@code record(Vendor.ELASTIC_PATH, id)}; this one gives Jackson's type. */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<ObjectNode> account(String id) {
        return server.stores().accounts().get(id);
    }

    /**
     * Records back to the fixtures; journal, programmed responses and declared expectations cleared; the class's
     * rate limits and latency back, with fresh windows. The extension calls it before each test, unless
     * {@code resetOnEachTest} is off.
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

    /** Fails the test for the breaches that arrived since the last judgement, unless it declared them. */
    void verifyNoUnexpectedViolations() {
        ContractViolations.failure(judged.unjudged(server.journal()), expectedViolations)
                .ifPresent(message -> {
                    throw new AssertionError(message);
                });
    }

    /** The requests that arrived since the last judgement; from now on they count as judged. */
    List<Journal.Entry> unjudgedRequests() {
        return judged.unjudged(server.journal()).requests();
    }

    /** Forgets what the last test declared, for the next, when the stub is not reset between them. */
    void forgetExpectations() {
        expectedViolations = 0;
    }
}
