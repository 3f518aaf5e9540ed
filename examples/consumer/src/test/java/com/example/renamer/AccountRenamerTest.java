package com.example.renamer;

import static com.example.renamer.AccountRenamer.Vendor.ELASTIC_PATH;
import static com.example.renamer.AccountRenamer.Vendor.VANTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.renamer.RenameFailedException.Reason;
import io.accountcontracts.contract.junit.Fault;
import io.accountcontracts.contract.junit.Operation;
import io.accountcontracts.contract.junit.Vendor;
import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The renamer against the stub of both vendors: what it does with each answer the vendors document. */
@VendorStubTest
class AccountRenamerTest {

    static final String VANTAGE_ACCOUNT = "acct_dd2fdf6564b60319";
    static final String ELASTIC_PATH_ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    static final int ATTEMPTS = 3;
    // Short, so that a 429 programmed for every attempt costs the suite little; the retry tests below wait longer.
    static final Duration QUICK_RATE_LIMIT_WAIT = Duration.ofMillis(50);

    private VendorStub stub;
    private AccountRenamer renamer;

    @BeforeEach
    void pointTheRenamerAtTheStub(VendorStub stub) {
        this.stub = stub;
        this.renamer =
                new AccountRenamer(stub.baseUri(), stub.token(), Duration.ofMillis(500), ATTEMPTS, QUICK_RATE_LIMIT_WAIT);
    }

    @Test
    void renamesAVantageManagedAccount() throws Exception {
        assertEquals("Acme EU", renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU"));
        assertEquals("Acme EU", stub.record(Vendor.VANTAGE, VANTAGE_ACCOUNT).orElseThrow().text("/name"));
    }

    @Test
    void renamesAnElasticPathAccount() throws Exception {
        assertEquals("Acme EU", renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));
        assertEquals("Acme EU", stub.record(Vendor.ELASTIC_PATH, ELASTIC_PATH_ACCOUNT).orElseThrow().text("/name"));
    }

    /** Every error status each vendor documents for its update, and what the renamer reports for it. */
    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of(VANTAGE, 400, Reason.REJECTED), Arguments.of(VANTAGE, 401, Reason.UNAUTHORIZED),
                Arguments.of(VANTAGE, 404, Reason.NOT_FOUND), Arguments.of(VANTAGE, 406, Reason.REJECTED),
                Arguments.of(VANTAGE, 413, Reason.REJECTED), Arguments.of(VANTAGE, 415, Reason.REJECTED),
                Arguments.of(VANTAGE, 429, Reason.RATE_LIMITED), Arguments.of(VANTAGE, 500, Reason.UNAVAILABLE),
                Arguments.of(ELASTIC_PATH, 400, Reason.REJECTED), Arguments.of(ELASTIC_PATH, 401, Reason.UNAUTHORIZED),
                Arguments.of(ELASTIC_PATH, 404, Reason.NOT_FOUND), Arguments.of(ELASTIC_PATH, 406, Reason.REJECTED),
                Arguments.of(ELASTIC_PATH, 409, Reason.CONFLICT), Arguments.of(ELASTIC_PATH, 413, Reason.REJECTED),
                Arguments.of(ELASTIC_PATH, 415, Reason.REJECTED), Arguments.of(ELASTIC_PATH, 429, Reason.RATE_LIMITED),
                Arguments.of(ELASTIC_PATH, 500, Reason.UNAVAILABLE));
    }

    @ParameterizedTest(name = "{0} answers {1}: reported as {2}")
    @MethodSource("documentedErrors")
    void reportsEachDocumentedError(AccountRenamer.Vendor vendor, int status, Reason reason) {
        stub.nextResponse(operationOf(vendor)).status(status).persistent();

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(vendor, accountOf(vendor), "Acme EU"));

        assertEquals(reason, failure.reason());
        assertEquals(status, failure.status());
        // The stub answered with the spec's example for that status, in the vendor's own error shape.
        assertTrue(!failure.vendorMessages().isEmpty() && !failure.vendorMessages().get(0).isBlank(),
                () -> "no message from the vendor's error body: " + failure.vendorMessages());
        int expectedAttempts = status >= 500 || status == 429 ? ATTEMPTS : 1;
        assertEquals(expectedAttempts, stub.requests().size(), "requests sent for " + status);
    }

    /** If a vendor documents a new status, the list above (and the renamer) must learn about it. */
    @Test
    void theErrorsAboveAreExactlyTheDocumentedOnes() {
        for (AccountRenamer.Vendor vendor : AccountRenamer.Vendor.values()) {
            List<String> tested = documentedErrors().map(Arguments::get).filter(a -> a[0] == vendor)
                    .map(a -> a[1].toString()).toList();
            // Elastic Path documents its 500 as the operation's default response.
            List<String> documented = stub.documentedStatuses(operationOf(vendor)).stream()
                    .filter(s -> !s.startsWith("2")).map(s -> s.equals("default") ? "500" : s).toList();
            assertEquals(documented, tested, vendor + ": documented error statuses");
        }
    }

    @Test
    void retriesA500AndSucceeds() throws Exception {
        stub.nextResponse(Operation.UPDATE_ACCOUNT).status(500);

        assertEquals("Acme EU", renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));

        assertEquals(List.of(500, 200), stub.requests().stream().map(r -> r.status()).toList());
    }

    /** Vantage's limit (one request a second here): the second rename waits for x-rate-limit-reset, then passes. */
    @Test
    void retriesAVantage429OnceTheWindowEnds() throws Exception {
        stub.rateLimit(Vendor.VANTAGE, 1, Duration.ofSeconds(1));
        var patient = new AccountRenamer(stub.baseUri(), stub.token(), Duration.ofMillis(500), ATTEMPTS,
                Duration.ofSeconds(3));

        assertEquals("First", patient.rename(VANTAGE, VANTAGE_ACCOUNT, "First"));
        assertEquals("Second", patient.rename(VANTAGE, VANTAGE_ACCOUNT, "Second"));

        assertEquals(List.of(200, 429, 200), stub.requests().stream().map(r -> r.status()).toList());
        assertTrue(stub.requests().get(1).rateLimited());
    }

    /** Elastic Path's limit says nothing about when to come back: the renamer waits its fixed time, then passes. */
    @Test
    void retriesAnElasticPath429AfterWaiting() throws Exception {
        stub.rateLimit(Vendor.ELASTIC_PATH, 1, Duration.ofSeconds(1));
        var patient = new AccountRenamer(stub.baseUri(), stub.token(), Duration.ofMillis(500), ATTEMPTS,
                Duration.ofMillis(1100));

        assertEquals("First", patient.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "First"));
        assertEquals("Second", patient.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Second"));

        assertEquals(List.of(200, 429, 200), stub.requests().stream().map(r -> r.status()).toList());
    }

    @Test
    void reportsAVendorThatAnswersTooLateAsTimedOut() {
        stub.nextResponse(Operation.UPDATE_MANAGED_ACCOUNT).delay(Duration.ofMillis(1500));

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU"));

        assertEquals(Reason.TIMED_OUT, failure.reason());
    }

    @Test
    void reportsADroppedConnectionAsUnavailable() {
        stub.nextResponse(Operation.UPDATE_ACCOUNT).fault(Fault.EMPTY_RESPONSE).persistent();

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));

        assertEquals(Reason.UNAVAILABLE, failure.reason());
        // The client's connector (the JDK's HttpURLConnection, Jersey's default) quietly sends a PUT a
        // second time when the connection closes without an answer: one dropped answer would go unseen.
        assertEquals(2, stub.requests().size());
    }

    @Test
    void oneDroppedAnswerIsHiddenByTheConnectorsOwnResend() throws Exception {
        stub.nextResponse(Operation.UPDATE_ACCOUNT).fault(Fault.EMPTY_RESPONSE);

        assertEquals("Acme EU", renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));
        assertEquals(2, stub.requests().size());
    }

    @Test
    void reportsAResetConnectionAsUnavailableAndNothingChanged() {
        // Twice: the connector sends a PUT again once when the connection breaks before any answer.
        stub.nextResponse(Operation.UPDATE_MANAGED_ACCOUNT).fault(Fault.CONNECTION_RESET).times(2);

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU"));

        assertEquals(Reason.UNAVAILABLE, failure.reason());
        assertEquals("New Name", stub.record(Vendor.VANTAGE, VANTAGE_ACCOUNT).orElseThrow().text("/name"));
    }

    /**
     * The answer is cut off halfway, after the vendor made the change: the renamer reports the rename as
     * failed although it happened, so a caller that retries must not mind doing it twice (a PUT does not).
     */
    @Test
    void reportsAnAnswerCutOffMidBodyAsUnavailableThoughTheRenameHappened() {
        stub.nextResponse(Operation.UPDATE_ACCOUNT).fault(Fault.TRUNCATED_BODY);

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));

        assertEquals(Reason.UNAVAILABLE, failure.reason());
        assertEquals("Acme EU", stub.record(Vendor.ELASTIC_PATH, ELASTIC_PATH_ACCOUNT).orElseThrow().text("/name"));
    }

    /** Headers at once, then the body in three pieces a second apart: the 500 ms read timeout fires mid-body. */
    @Test
    void reportsABodyThatTricklesInSlowerThanTheReadTimeoutAsTimedOut() {
        stub.nextResponse(Operation.UPDATE_MANAGED_ACCOUNT).dribble(3, Duration.ofSeconds(3));

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU"));

        assertEquals(Reason.TIMED_OUT, failure.reason());
    }

    /**
     * The renamer does not check names itself, so an empty one reaches Elastic Path, whose spec requires
     * at least one character. The stub refuses it as the vendor would, and the test says it meant to send it.
     */
    @Test
    void anEmptyNameBreaksElasticPathsContractAndIsRejected() {
        stub.expectInvalidRequests(1);

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, ""));

        assertEquals(Reason.REJECTED, failure.reason());
        assertTrue(String.join(" ", stub.invalidRequests().get(0).problems()).contains("/data/name"),
                () -> "problems: " + stub.invalidRequests());
    }

    static Operation operationOf(AccountRenamer.Vendor vendor) {
        return vendor == VANTAGE ? Operation.UPDATE_MANAGED_ACCOUNT : Operation.UPDATE_ACCOUNT;
    }

    static String accountOf(AccountRenamer.Vendor vendor) {
        return vendor == VANTAGE ? VANTAGE_ACCOUNT : ELASTIC_PATH_ACCOUNT;
    }
}
