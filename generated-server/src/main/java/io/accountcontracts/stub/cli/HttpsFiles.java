package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.tls.TlsMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --https-port}: writes what a client needs to trust the run's certificate, and says where. Both files
 * hold only the public certificate; the key never leaves the process.
 */
final class HttpsFiles {

    static final String PEM = "stub-certificate.pem";
    static final String TRUST_STORE = "stub-truststore.p12";

    private HttpsFiles() {}

    /**
     * @param dir where to write them ({@code --https-cert-dir}); null for a new temporary directory, deleted with
     *            its files when the JVM exits
     */
    static void write(StubServer server, Path dir, PrintStream out) throws IOException {
        boolean temporary = dir == null;
        Path target = temporary ? Files.createTempDirectory("stub-https-") : Files.createDirectories(dir);
        TlsMaterial tls = server.tls();
        Path pem = tls.writeCertificatePem(target.resolve(PEM));
        Path trustStore = tls.writeTrustStore(target.resolve(TRUST_STORE));
        if (temporary) {
            // Registered directory first: deleteOnExit runs in reverse order, so the files go before it.
            target.toFile().deleteOnExit();
            pem.toFile().deleteOnExit();
            trustStore.toFile().deleteOnExit();
        }
        out.println("HTTPS on " + server.httpsBaseUri() + " with a certificate made for this run");
        out.println("HTTPS certificate (PEM, for curl --cacert): " + pem.toAbsolutePath());
        out.println("HTTPS trust store (PKCS12, password " + TlsMaterial.TRUST_STORE_PASSWORD
                + ", for -Djavax.net.ssl.trustStore): " + trustStore.toAbsolutePath());
    }
}
