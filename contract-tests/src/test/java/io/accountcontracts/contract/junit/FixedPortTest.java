package io.accountcontracts.contract.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@code @VendorStubTest(port = ...)}: the stub listens where the test's configuration says, as WireMock's httpPort. */
@VendorStubTest(port = FixedPortTest.PORT)
class FixedPortTest {

    // Below Linux's ephemeral range (32768 and up), so no client socket of another test holds it by chance.
    static final int PORT = 18517;

    @Test
    void theStubListensOnTheDeclaredPort(URI baseUri, VendorStub stub) {
        assertEquals(URI.create("http://127.0.0.1:" + PORT), baseUri);
        assertEquals(PORT, stub.baseUri().getPort());
    }
}
