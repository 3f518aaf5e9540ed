package io.accountcontracts.stub.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountcontracts.stub.errors.Vendor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Where a request goes, and how a missing answer is told to the caller. */
class UpstreamTest {

    private static final Upstream VANTAGE = new Upstream(
            Vendor.VANTAGE, URI.create("https://api.vantage.sh"), Duration.ofMillis(5000), Duration.ofMillis(30000));

    @Test
    void theRequestPathIsAppendedToTheBase() {
        assertEquals(
                URI.create("https://api.vantage.sh/v2/managed_accounts/acct_1"),
                Upstream.join(URI.create("https://api.vantage.sh"), "/v2/managed_accounts/acct_1", null));
    }

    @Test
    void aBasePathIsKeptWithOrWithoutItsTrailingSlash() {
        URI expected = URI.create("http://127.0.0.1:9000/sandbox/eu/v2/accounts/a");
        assertEquals(expected, Upstream.join(URI.create("http://127.0.0.1:9000/sandbox/eu"), "/v2/accounts/a", null));
        assertEquals(expected, Upstream.join(URI.create("http://127.0.0.1:9000/sandbox/eu/"), "/v2/accounts/a", null));
        assertEquals(
                URI.create("http://h/v2/accounts/a"), Upstream.join(URI.create("http://h/"), "/v2/accounts/a", null));
    }

    @Test
    void theRawPathAndQueryGoAsSentNeitherDecodedNorEncodedAgain() {
        URI joined = Upstream.join(
                URI.create("https://useast.api.elasticpath.com"),
                "/v2/accounts/a%2Fb;x=1%20c",
                "filter=eq(name,%22Acme%22)&page%5Blimit%5D=5");

        assertEquals(
                "https://useast.api.elasticpath.com/v2/accounts/a%2Fb;x=1%20c?filter=eq(name,%22Acme%22)&page%5Blimit%5D=5",
                joined.toString());
        assertEquals("/v2/accounts/a%2Fb;x=1%20c", joined.getRawPath());
    }

    @Test
    void anEmptyQueryIsKeptAndAPortToo() {
        assertEquals(
                URI.create("http://h:81/v2/accounts/a?"),
                Upstream.join(URI.create("http://h:81"), "/v2/accounts/a", ""));
    }

    @Test
    void hostNamesThePortOnlyWhenTheUrlDoes() {
        assertEquals("api.vantage.sh", VANTAGE.host());
        assertEquals(
                "127.0.0.1:4567",
                new Upstream(
                                Vendor.ELASTIC_PATH,
                                URI.create("http://127.0.0.1:4567/base"),
                                Duration.ofMillis(1),
                                Duration.ofMillis(1))
                        .host());
    }

    @Test
    void timeoutsAre504AndSayHowLongWasWaited() {
        Upstream.Failure answer = VANTAGE.classify(new HttpTimeoutException("request timed out"));
        Upstream.Failure connect = VANTAGE.classify(new HttpConnectTimeoutException("HTTP connect timed out"));

        assertEquals(504, answer.status().getStatusCode());
        assertEquals("upstream.timeout", answer.rule());
        assertEquals("The upstream api.vantage.sh did not answer within 30000 ms.", answer.getMessage());
        assertEquals(504, connect.status().getStatusCode());
        assertEquals("The upstream api.vantage.sh did not accept a connection within 5000 ms.", connect.getMessage());
    }

    @Test
    void networkFailuresAre502NamingTheCauseAndTheHost() {
        // As the JDK's client throws them: the cause wrapped in an exception of the same or another type.
        ConnectException unknownHost = new ConnectException();
        unknownHost.initCause(new UnresolvedAddressException());
        IOException tls = new IOException(
                "wrapped",
                new SSLHandshakeException(
                        "PKIX path building failed: "
                                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path"));
        ConnectException refused = new ConnectException();
        refused.initCause(new ConnectException("Connection refused"));

        assertFailure("upstream.unknown_host", "the host name does not resolve", VANTAGE.classify(unknownHost));
        assertFailure("upstream.tls", "the TLS handshake failed", VANTAGE.classify(tls));
        assertFailure("upstream.refused", "the connection was refused", VANTAGE.classify(refused));
        assertFailure(
                "upstream.unreachable", "no route to the host", VANTAGE.classify(new NoRouteToHostException("x")));
        assertFailure(
                "upstream.connection",
                "the connection ended before a complete answer",
                VANTAGE.classify(new IOException("HTTP/1.1 header parser received no bytes")));
    }

    @Test
    void aPortWhereNothingListensIsRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Upstream dead = new Upstream(
                Vendor.ELASTIC_PATH,
                URI.create("http://127.0.0.1:" + port),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2));

        Upstream.Failure failure = assertThrows(
                Upstream.Failure.class,
                () -> dead.send(
                        "PUT",
                        "/v2/accounts/a",
                        null,
                        Map.of("Content-Type", List.of("application/json")),
                        "{}".getBytes()));

        assertFailure("upstream.refused", "127.0.0.1:" + port + ": the connection was refused", failure);
    }

    private static void assertFailure(String rule, String cause, Upstream.Failure failure) {
        assertEquals(rule, failure.rule());
        assertEquals(502, failure.status().getStatusCode());
        assertTrue(failure.getMessage().startsWith("Could not get an answer from the upstream "), failure.getMessage());
        assertTrue(failure.getMessage().contains(cause), failure.getMessage());
        // Never an exception's class or a JDK package: the caller may be anyone's client.
        assertFalse(failure.getMessage().matches(".*(Exception|java\\.|sun\\.|javax\\.).*"), failure.getMessage());
        assertEquals(0, failure.getStackTrace().length, "a failure carries no stack trace");
    }
}
