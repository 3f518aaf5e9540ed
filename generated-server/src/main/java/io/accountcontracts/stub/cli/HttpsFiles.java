package io.accountcontracts.stub.cli;

import io.accountcontracts.stub.StubServer;
import io.accountcontracts.stub.tls.TlsMaterial;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --https-port}: writes what a client needs to trust the run's certificate, and says where. Both files
 * hold only the public certificate; the key never leaves the process.
 */
final class HttpsFiles {

    private static final Logger LOG = LoggerFactory.getLogger(HttpsFiles.class);

    static final String PEM = "stub-certificate.pem";
    static final String TRUST_STORE = "stub-truststore.p12";

    private HttpsFiles() {}

    /**
     * @param dir where to write them ({@code --https-cert-dir}); null for a new temporary directory
     * @return what removes the temporary directory and its files when the stub stops; nothing for a given one
     */
    static Runnable write(StubServer server, Path dir, PrintStream out) throws IOException {
        boolean temporary = dir == null;
        Path target = temporary ? Files.createTempDirectory("stub-https-") : Files.createDirectories(dir);
        TlsMaterial tls = server.tls();
        Path pem = tls.writeCertificatePem(target.resolve(PEM));
        Path trustStore = tls.writeTrustStore(target.resolve(TRUST_STORE));
        out.println("HTTPS on " + server.httpsBaseUri() + " with a certificate made for this run");
        out.println("HTTPS certificate (PEM, for curl --cacert): " + pem.toAbsolutePath());
        out.println("HTTPS trust store (PKCS12, password " + TlsMaterial.TRUST_STORE_PASSWORD
                + ", for -Djavax.net.ssl.trustStore): " + trustStore.toAbsolutePath());
        if (!temporary) {
            return () -> {};
        }
        // By the stub's own shutdown hook, once it has stopped: a directory was once left behind under deleteOnExit, in
        // a busy run.
        return () -> {
            try {
                Files.deleteIfExists(pem);
                Files.deleteIfExists(trustStore);
                Files.deleteIfExists(target);
            } catch (IOException e) {
                LOG.warn("Could not remove the run's certificate files in {}: {}", target, e.getMessage());
            }
        };
    }
}
