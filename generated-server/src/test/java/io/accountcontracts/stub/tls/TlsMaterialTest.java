package io.accountcontracts.stub.tls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The certificate made for a run, and what clients get to trust it: checked by real TLS handshakes. */
@Timeout(60)
class TlsMaterialTest {

    // One for the class: making one is the slow part, and nothing here changes it.
    private static final TlsMaterial TLS = TlsMaterial.forRun("127.0.0.1");

    @Test
    void namesLocalhostAndBothLoopbackAddresses() throws Exception {
        assertEquals(Set.of("2:localhost", "7:127.0.0.1", "7:0:0:0:0:0:0:0:1"), subjectAltNames(TLS.certificate()));
    }

    @Test
    void namesAnotherBindAddressToo() throws Exception {
        X509Certificate certificate = TlsMaterial.forRun("192.0.2.7").certificate();

        assertEquals(
                Set.of("2:localhost", "7:127.0.0.1", "7:0:0:0:0:0:0:0:1", "7:192.0.2.7"), subjectAltNames(certificate));
    }

    @Test
    void isValidFromAnHourAgoForThirtyDays() throws Exception {
        Instant now = Instant.now();
        X509Certificate certificate = TLS.certificate();

        certificate.checkValidity();
        Instant from = certificate.getNotBefore().toInstant();
        Instant until = certificate.getNotAfter().toInstant();
        assertTrue(
                Duration.between(from, now).compareTo(Duration.ofMinutes(59)) > 0
                        && Duration.between(from, now).compareTo(Duration.ofMinutes(62)) < 0,
                "not before " + from);
        assertEquals(Duration.ofDays(30).plusHours(1), Duration.between(from, until));
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), certificate.getExtendedKeyUsage()); // serverAuth
        assertEquals(-1, certificate.getBasicConstraints()); // no CA
    }

    @Test
    void eachRunHasItsOwnKeyAndCertificate() {
        TlsMaterial other = TlsMaterial.forRun("127.0.0.1");

        assertTrue(!other.certificate().equals(TLS.certificate()));
        assertTrue(!other.certificate().getPublicKey().equals(TLS.certificate().getPublicKey()));
    }

    @Test
    void itsClientContextCompletesAHandshakeWithHostNameVerification() throws Exception {
        assertEquals("TLS ok", handshake(TLS.sslContext(), "localhost"));
    }

    @Test
    void theJdkDefaultTrustRefusesIt() {
        assertThrows(SSLHandshakeException.class, () -> handshake(SSLContext.getDefault(), "localhost"));
    }

    @Test
    void itsClientContextRefusesAnotherRunsCertificate() {
        SSLContext otherRun = TlsMaterial.forRun("127.0.0.1").sslContext();

        assertThrows(SSLHandshakeException.class, () -> handshake(otherRun, "localhost"));
    }

    @Test
    void aNameTheCertificateDoesNotHoldFailsHostNameVerification() {
        assertThrows(SSLHandshakeException.class, () -> handshake(TLS.sslContext(), "localhost.localdomain"));
    }

    @Test
    void thePemIsTheCertificate() throws Exception {
        String pem = TLS.certificatePem();

        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem);
        assertTrue(pem.endsWith("\n-----END CERTIFICATE-----\n"), pem);
        assertEquals(TLS.certificate(), parse(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theTrustStoreHoldsOnlyTheCertificate() throws Exception {
        KeyStore store = TLS.trustStore();

        assertEquals("PKCS12", store.getType());
        assertEquals(1, store.size());
        String alias = store.aliases().nextElement();
        assertTrue(store.isCertificateEntry(alias));
        assertEquals(TLS.certificate(), store.getCertificate(alias));
    }

    @Test
    void writesTheTrustStoreAndThePemForOtherProcesses(@TempDir Path dir) throws Exception {
        Path trustStore = TLS.writeTrustStore(dir.resolve("trust.p12"));
        Path pem = TLS.writeCertificatePem(dir.resolve("cert.pem"));

        KeyStore read = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            read.load(in, TlsMaterial.TRUST_STORE_PASSWORD.toCharArray());
        }
        assertEquals(TLS.certificate(), read.getCertificate(read.aliases().nextElement()));
        assertEquals(TLS.certificate(), parse(Files.readAllBytes(pem)));
        assertArrayEquals(TLS.certificatePem().getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(pem));
    }

    /** A server socket with the run's server context; a client with the given one, verifying the host name. */
    private static String handshake(SSLContext client, String host) throws Exception {
        try (SSLServerSocket server = (SSLServerSocket) TLS.serverContext()
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) server.accept()) {
                    accepted.getOutputStream().write("TLS ok".getBytes(StandardCharsets.US_ASCII));
                } catch (Exception e) {
                    // The client's side reports the failure.
                }
            });
            // TLS over a loopback connection, for the given host name: the one verified, as a URL's host is.
            Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            try (SSLSocket socket =
                    (SSLSocket) client.getSocketFactory().createSocket(plain, host, server.getLocalPort(), true)) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                String read = new String(socket.getInputStream().readNBytes(6), StandardCharsets.US_ASCII);
                served.get(10, TimeUnit.SECONDS);
                return read;
            }
        }
    }

    private static X509Certificate parse(byte[] bytes) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
    }

    private static Set<String> subjectAltNames(X509Certificate certificate) throws Exception {
        return certificate.getSubjectAlternativeNames().stream()
                .map(name -> name.get(0) + ":" + name.get(1))
                .collect(Collectors.toSet());
    }
}
