package io.accountcontracts.stub.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What HTTPS needs for one run of a stub: the server's side (its key and self-signed certificate) and what a
 * client needs to trust exactly that certificate, as an {@link SSLContext}, a PKCS12 trust store or PEM. The
 * certificate names {@code localhost}, {@code 127.0.0.1} and {@code ::1}, is valid from an hour ago for 30 days,
 * and is made anew for every run, so nothing here is ever a secret worth keeping: still, the private key never
 * leaves the server's context, and nothing here is logged.
 */
public final class TlsMaterial {

    /**
     * The password of the trust store {@link #writeTrustStore(Path)} writes: the JDK's own well-known one. It
     * guards nothing secret (a trust store holds only the public certificate), only the file's integrity.
     */
    public static final String TRUST_STORE_PASSWORD = "changeit";

    private static final String ALIAS = "account-contracts-stub";

    private final X509Certificate certificate;
    private final SSLContext serverContext;
    private final SSLContext clientContext;

    private TlsMaterial(X509Certificate certificate, SSLContext serverContext, SSLContext clientContext) {
        this.certificate = certificate;
        this.serverContext = serverContext;
        this.clientContext = clientContext;
    }

    /**
     * Makes a key pair and a certificate for this run.
     *
     * @param bindHost the address the stub binds; named in the certificate too when it is neither loopback nor
     *                 a wildcard, so that a client reaching it by that address can verify it
     */
    public static TlsMaterial forRun(String bindHost) {
        RunCertificate made = RunCertificate.make(Instant.now(), extraName(bindHost));
        try {
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(new KeyManager[] {new RunKeyManager(made.keys.getPrivate(), made.certificate)}, null, null);
            return new TlsMaterial(made.certificate, server, clientContext(trustStoreOf(made.certificate)));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up HTTPS: " + e.getMessage(), e);
        }
    }

    /** The certificate clients are to trust. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A client's context that trusts this certificate and no other, for {@code HttpClient.newBuilder().sslContext}
     * or JAX-RS's {@code ClientBuilder.sslContext}. Host names are still verified by the client, as against the
     * vendor: the certificate names {@code localhost}, which {@code httpsBaseUri()} uses.
     */
    public SSLContext sslContext() {
        return clientContext;
    }

    /**
     * A PKCS12 trust store holding only this certificate, loaded, with no password; a fresh copy on each call,
     * so a caller may add to it.
     */
    public KeyStore trustStore() {
        try {
            return trustStoreOf(certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the trust store: " + e.getMessage(), e);
        }
    }

    /** The certificate as PEM, for {@code curl --cacert} and the like. */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the certificate: " + e.getMessage(), e);
        }
    }

    /** Writes {@link #certificatePem()} to the file, replacing it. */
    public Path writeCertificatePem(Path file) throws IOException {
        return Files.writeString(file, certificatePem(), StandardCharsets.US_ASCII);
    }

    /**
     * Writes the trust store to the file as PKCS12 with the password {@value #TRUST_STORE_PASSWORD}, replacing
     * it, for {@code -Djavax.net.ssl.trustStore=FILE -Djavax.net.ssl.trustStorePassword=changeit}.
     */
    public Path writeTrustStore(Path file) throws IOException {
        return writeTrustStore(file, TRUST_STORE_PASSWORD.toCharArray());
    }

    /** Writes the trust store to the file as PKCS12 with this password, replacing it. */
    public Path writeTrustStore(Path file, char[] password) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore().store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the trust store: " + e.getMessage(), e);
        }
        return file;
    }

    /** The server's side, for the stub's HTTPS listener: its key and certificate. */
    public SSLContext serverContext() {
        return serverContext;
    }

    private static KeyStore trustStoreOf(X509Certificate certificate) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry(ALIAS, certificate);
        return store;
    }

    private static SSLContext clientContext(KeyStore trusted) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);
        return client;
    }

    // Loopback is named always; a wildcard is no address a client connects to.
    private static String extraName(String bindHost) {
        if (bindHost == null
                || bindHost.equals(RunCertificate.LOCALHOST)
                || RunCertificate.LOOPBACK_ADDRESSES.contains(bindHost)
                || bindHost.equals("0.0.0.0")
                || bindHost.equals("::")
                || bindHost.equals("0:0:0:0:0:0:0:0")) {
            return null;
        }
        return bindHost.startsWith("[") && bindHost.endsWith("]")
                ? bindHost.substring(1, bindHost.length() - 1)
                : bindHost;
    }
}
