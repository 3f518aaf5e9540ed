package com.example.renamer;

import static com.example.renamer.AccountRenamer.Vendor.ELASTIC_PATH;
import static com.example.renamer.AccountRenamer.Vendor.VANTAGE;
import static com.example.renamer.AccountRenamerTest.ELASTIC_PATH_ACCOUNT;
import static com.example.renamer.AccountRenamerTest.VANTAGE_ACCOUNT;
import static io.accountcontracts.contract.junit.Operation.UPDATE_ACCOUNT;
import static io.accountcontracts.contract.junit.Operation.UPDATE_MANAGED_ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.renamer.RenameFailedException.Reason;
import io.accountcontracts.contract.junit.VendorStub;
import io.accountcontracts.contract.junit.VendorStubTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers the test writes itself (held to the vendor's spec), answers for one request only, and verify. */
@VendorStubTest
class ChosenAnswersTest {

    private VendorStub stub;
    private AccountRenamer renamer;

    @BeforeEach
    void pointTheRenamerAtTheStub(VendorStub stub) {
        this.stub = stub;
        this.renamer = new AccountRenamer(stub.baseUri(), stub.token(), Duration.ofSeconds(2), 1);
    }

    /** The renamer hands the vendor's own words to its caller: the stub sends the words the test chose. */
    @Test
    void reportsTheConflictDetailElasticPathSent() {
        stub.nextResponse(UPDATE_ACCOUNT).status(409).body("""
                {"errors": [{"status": "409", "title": "Conflict", "detail": "Write conflict detected"}]}""");

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));

        assertEquals(Reason.CONFLICT, failure.reason());
        assertEquals(List.of("Write conflict detected"), failure.vendorMessages());
    }

    /** A body the vendor would never send is refused when the test writes it, not discovered in production. */
    @Test
    void aChosenBodyThatBreaksTheSpecIsRefusedAtOnce() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> stub.nextResponse(UPDATE_ACCOUNT).status(409).body("{\"errors\": \"Write conflict detected\"}"));

        assertTrue(refused.getMessage().contains("errors"), refused.getMessage());
    }

    /** Only the name already taken conflicts; any other rename goes through. */
    @Test
    void aConflictForOneNameOnly() throws Exception {
        stub.nextResponse(UPDATE_ACCOUNT).whenBody("/data/name", "Taken").status(409).persistent();

        assertEquals("Free", renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Free"));
        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Taken"));
        assertEquals(Reason.CONFLICT, failure.reason());
    }

    /** A 404 for one account, whatever else the test does to the others. */
    @Test
    void aMissingAccountForOneIdOnly() throws Exception {
        stub.nextResponse(UPDATE_MANAGED_ACCOUNT).forId(VANTAGE_ACCOUNT).status(404).persistent();

        RenameFailedException failure = assertThrows(RenameFailedException.class,
                () -> renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU"));
        assertEquals(Reason.NOT_FOUND, failure.reason());
        assertEquals("Acme EU", renamer.rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU"));
    }

    @Test
    void sendsOneRenameAndRetriesOnlyAfterA500() throws Exception {
        renamer.rename(VANTAGE, VANTAGE_ACCOUNT, "Acme EU");
        stub.verify(UPDATE_MANAGED_ACCOUNT).forId(VANTAGE_ACCOUNT).whenBody("/name", "Acme EU").times(1);

        stub.nextResponse(UPDATE_ACCOUNT).status(500);
        new AccountRenamer(stub.baseUri(), stub.token(), Duration.ofSeconds(2), 3)
                .rename(ELASTIC_PATH, ELASTIC_PATH_ACCOUNT, "Acme EU");
        stub.verify(UPDATE_ACCOUNT).forId(ELASTIC_PATH_ACCOUNT).whenBody("/data/name", "Acme EU").times(2);
        stub.verify(UPDATE_ACCOUNT).whenHeader("content-type", "application/json").times(2);
    }
}
