package io.accountcontracts.contract.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Without {@code https = true} the stub serves no HTTPS, and says how to ask for it. */
@VendorStubTest
class HttpsOffTest {

    @Test
    void askingForHttpsSaysHowToTurnItOn(VendorStub stub) {
        IllegalStateException off = assertThrows(IllegalStateException.class, stub::httpsUri);
        assertEquals(
                "this stub serves no HTTPS: ask for it with @VendorStubTest(https = true) or"
                        + " VendorStubExtension.newInstance().https(true)",
                off.getMessage());
        assertThrows(IllegalStateException.class, stub::sslContext);
    }
}
