package io.accountcontracts.contract.junit;

import static io.accountcontracts.contract.junit.VendorStubTestAnnotationTest.EP_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @VendorStubTest(https = true)}: HTTPS beside HTTP, and what a test's client needs to trust it. */
@VendorStubTest(https = true)
class HttpsOptionTest {

    @Test
    void aClientWithTheStubsContextUpdatesOverHttpsAndIsHeldToTheContract(VendorStub stub) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().sslContext(stub.sslContext()).build();

        HttpResponse<String> renamed = client.send(rename(stub, "Acme EU"), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("https", stub.httpsUri().getScheme());
        assertEquals("localhost", stub.httpsUri().getHost());
        stub.verify(Operation.UPDATE_ACCOUNT).whenBody("/data/name", "Acme EU").times(1);
        assertEquals("valid", stub.requests().get(0).verdict());
    }

    @Test
    void plainHttpStillWorksBesideIt(VendorStub stub) throws Exception {
        HttpResponse<String> renamed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(stub.baseUri().resolve("/v2/accounts/" + EP_ACCOUNT))
                                .header("Authorization", "Bearer " + stub.token())
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"data\":{\"type\":\"account\",\"name\":\"Plain\"}}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("http", stub.baseUri().getScheme());
    }

    @Test
    void aClientTrustingOnlyTheUsualAuthoritiesIsRefused(VendorStub stub) {
        assertThrows(
                SSLHandshakeException.class,
                () -> HttpClient.newHttpClient().send(rename(stub, "x"), HttpResponse.BodyHandlers.discarding()));
        assertEquals(0, stub.requests().size());
    }

    @Test
    void theTrustStoreHoldsTheCertificateInMemoryAndAsAFile(VendorStub stub, @TempDir Path dir) throws Exception {
        KeyStore inMemory = stub.trustStore();
        assertEquals(1, inMemory.size());

        Path file = stub.trustStore(dir.resolve("stub-trust.p12"));
        KeyStore read = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            read.load(in, "changeit".toCharArray());
        }
        String alias = read.aliases().nextElement();
        assertEquals(inMemory.getCertificate(inMemory.aliases().nextElement()), read.getCertificate(alias));
    }

    private static HttpRequest rename(VendorStub stub, String name) {
        return HttpRequest.newBuilder(stub.httpsUri().resolve("/v2/accounts/" + EP_ACCOUNT))
                .header("Authorization", "Bearer " + stub.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":{\"type\":\"account\",\"name\":\"" + name + "\"}}"))
                .build();
    }
}
