package io.accountcontracts.contract.https;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.Exchange;
import io.accountcontracts.contract.support.ExchangeRecorder;
import io.accountcontracts.contract.support.ExchangeVerifier;
import io.accountcontracts.stub.StubConfig;
import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.admin.Journal;
import io.accountcontracts.stub.programmed.Fault;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stub serving HTTPS beside HTTP: clients that trust the run's certificate through the stub's
 * {@code SSLContext} (host names verified, as Java's clients do by default) get the same validated answers, journal
 * and faults as over HTTP; a client with the JDK's own trust is refused. Every exchange is checked against the
 * spec after each test, as {@code ContractStub} does.
 */
@Timeout(60)
class HttpsTest {

    private static final String TOKEN = "https-test";
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";

    private static StubServer stub;
    private final ExchangeRecorder recorder = new ExchangeRecorder();

    @BeforeAll
    static void start() {
        stub = StubServer.start(
                StubConfig.forTests(TOKEN).toBuilder().https(true).build());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @AfterEach
    void everyExchangeKeptTheContract() {
        List<String> problems = ExchangeVerifier.problems(recorder.exchanges(), Set.of());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theHttpsUrlNamesLocalhostOnItsOwnPort() {
        URI https = stub.httpsBaseUri();

        assertEquals("https", https.getScheme());
        assertEquals("localhost", https.getHost());
        assertNotEquals(stub.baseUri().getPort(), https.getPort());
    }

    @Test
    void javasHttpClientWithTheStubsContextUpdatesBothVendorsOverHttps() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().sslContext(stub.tls().sslContext()).build();

        HttpResponse<String> vantage =
                put(client, stub.httpsBaseUri(), "/v2/managed_accounts/" + MANAGED, "{\"name\":\"tls\"}");
        HttpResponse<String> elasticPath = put(
                client,
                stub.httpsBaseUri(),
                "/v2/accounts/" + ACCOUNT,
                "{\"data\":{\"type\":\"account\",\"name\":\"tls\"}}");

        assertEquals(200, vantage.statusCode(), vantage.body());
        assertEquals(200, elasticPath.statusCode(), elasticPath.body());
        assertTrue(vantage.body().contains("\"name\":\"tls\""), vantage.body());
        assertTrue(elasticPath.body().contains("\"name\":\"tls\""), elasticPath.body());
        // The stub validated and journaled them as it does any request.
        List<Journal.Entry> journal = stub.journal().entries();
        assertEquals(
                List.of("updateManagedAccount", "updateAccount"),
                journal.stream().map(Journal.Entry::operationId).toList());
        assertTrue(
                journal.stream().allMatch(e -> e.verdict().equals("valid") && e.status() == 200), journal.toString());
    }

    @Test
    void theGeneratedClientsWorkOverHttpsWithTheStubsContext() throws Exception {
        SSLContext trust = stub.tls().sslContext();

        io.accountcontracts.client.vantage.ApiClient vantageClient = new io.accountcontracts.client.vantage.ApiClient();
        vantageClient.setHttpClient(ClientBuilder.newBuilder()
                .withConfig(vantageClient.getDefaultClientConfig().register(recorder))
                .sslContext(trust)
                .build());
        vantageClient.setBasePath(stub.httpsBaseUri().toString());
        vantageClient.setBearerToken(TOKEN);
        io.accountcontracts.client.elasticpath.ApiClient elasticPathClient =
                new io.accountcontracts.client.elasticpath.ApiClient();
        elasticPathClient.setHttpClient(ClientBuilder.newBuilder()
                .withConfig(elasticPathClient.getDefaultClientConfig().register(recorder))
                .sslContext(trust)
                .build());
        elasticPathClient.setBasePath(stub.httpsBaseUri().toString());
        elasticPathClient.setBearerToken(TOKEN);

        assertEquals(
                "generated",
                new ManagedAccountsApi(vantageClient)
                        .updateManagedAccount(MANAGED, new UpdateManagedAccount().name("generated"))
                        .getName());
        assertEquals(
                "generated",
                new AccountsApi(elasticPathClient)
                        .updateAccount(ACCOUNT, new UpdateAccountRequest().data(new AccountUpdate().name("generated")))
                        .getData()
                        .getName());
        assertEquals(2, recorder.exchanges().size());
    }

    @Test
    void aClientTrustingOnlyTheJdksAuthoritiesIsRefusedAndNothingIsServed() {
        HttpClient jdkDefault = HttpClient.newHttpClient();

        assertThrows(
                SSLHandshakeException.class,
                () -> put(jdkDefault, stub.httpsBaseUri(), "/v2/managed_accounts/" + MANAGED, "{\"name\":\"no\"}"));
        assertEquals(List.of(), stub.journal().entries());
    }

    @Test
    void plainHttpKeepsWorkingOnItsPortBesideIt() throws Exception {
        HttpClient tls =
                HttpClient.newBuilder().sslContext(stub.tls().sslContext()).build();
        HttpClient plain = HttpClient.newHttpClient();

        assertEquals(
                200,
                put(plain, stub.baseUri(), "/v2/managed_accounts/" + MANAGED, "{\"name\":\"plain\"}")
                        .statusCode());
        assertEquals(
                200,
                put(tls, stub.httpsBaseUri(), "/v2/managed_accounts/" + MANAGED, "{\"name\":\"secure\"}")
                        .statusCode());
        assertEquals(
                200,
                put(plain, stub.baseUri(), "/v2/managed_accounts/" + MANAGED, "{\"name\":\"plain again\"}")
                        .statusCode());

        // One stub behind both: the same journal, the same records.
        assertEquals(3, stub.journal().entries().size());
        assertEquals(
                "plain again",
                stub.stores().managedAccounts().all().get(0).path("name").asText());
        assertEquals("http", stub.baseUri().getScheme());
    }

    @ParameterizedTest
    @EnumSource(
            value = Fault.class,
            names = {"CONNECTION_RESET", "EMPTY_RESPONSE", "TRUNCATED_BODY"})
    void aProgrammedFaultReachesAClientOverTls(Fault fault) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().sslContext(stub.tls().sslContext()).build();
        stub.nextResponse("updateManagedAccount").fault(fault);

        IOException failed = assertThrows(
                IOException.class,
                () -> put(client, stub.httpsBaseUri(), "/v2/managed_accounts/" + MANAGED, "{\"name\":\"faulted\"}"));

        // Over at once, not by the client giving up, and after a completed handshake.
        assertTrue(!(failed instanceof HttpTimeoutException), "the connection was left open: " + failed);
        assertTrue(!(failed instanceof SSLHandshakeException), "the handshake must succeed: " + failed);
        Journal.Entry entry = stub.journal().entries().get(0);
        assertEquals(fault, entry.programmed().fault(), entry.toString());
        assertEquals(
                200,
                put(client, stub.httpsBaseUri(), "/v2/managed_accounts/" + MANAGED, "{\"name\":\"fine\"}")
                        .statusCode(),
                "the next request is answered as usual");
    }

    @Test
    void withoutHttpsThereIsNoHttpsUrlNorMaterial() {
        try (StubServer plain = StubServer.start(StubConfig.forTests(TOKEN))) {
            assertEquals(false, plain.servesHttps());
            assertEquals(
                    "this stub serves no HTTPS: start it with an HTTPS port (0 for a free one)",
                    assertThrows(IllegalStateException.class, plain::httpsBaseUri)
                            .getMessage());
            assertThrows(IllegalStateException.class, plain::tls);
        }
    }

    /** A PUT with the token, recorded for the check after the test; a fault's failure is not recorded. */
    private HttpResponse<String> put(HttpClient client, URI base, String path, String body)
            throws IOException, InterruptedException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of("Bearer " + TOKEN));
        headers.put("Content-Type", List.of("application/json"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach((name, values) -> request.header(name, values.get(0)));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        recorder.record(new Exchange(
                "PUT",
                path,
                headers,
                body,
                response.statusCode(),
                response.headers().map(),
                response.body()));
        return response;
    }
}
