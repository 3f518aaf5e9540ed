package com.example.renamer;

import static com.example.renamer.AccountRenamer.Vendor.ELASTIC_PATH;
import static com.example.renamer.AccountRenamer.Vendor.VANTAGE;
import static com.example.renamer.AccountRenamerTest.ELASTIC_PATH_ACCOUNT;
import static com.example.renamer.AccountRenamerTest.VANTAGE_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.renamer.RenameFailedException.Reason;
import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubTest;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The vendors are HTTPS-only: the renamer, with the TLS settings its deployment gives it, over HTTPS. */
@VendorStubTest(https = true)
class HttpsTest {

    @Test
    void renamesOverHttpsTrustingTheStubsCertificate(VendorStub stub) throws Exception {
        AccountRenamer renamer = new AccountRenamer(
                stub.httpsUri(), stub.token(), Duration.ofSeconds(2), 1, Duration.ofSeconds(1), stub.sslContext());

        assertEquals("Acme EU", renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU"));
        assertEquals("Acme EU", renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));
        assertEquals("https", stub.httpsUri().getScheme());
    }

    /** A client that trusts only the usual authorities refuses the stub's certificate, as it would a forged one. */
    @Test
    void aClientThatDoesNotTrustTheCertificateCannotConnect(VendorStub stub) throws Exception {
        AccountRenamer renamer = new AccountRenamer(stub.httpsUri(), stub.token(), Duration.ofSeconds(2), 1,
                Duration.ofSeconds(1), SSLContext.getDefault());

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU"));

        assertEquals(Reason.UNAVAILABLE, failure.reason());
        assertTrue(causedBy(failure, SSLHandshakeException.class), () -> "cause: " + failure.getCause());
        assertEquals(0, stub.requests().size());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
