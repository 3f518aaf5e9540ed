package io.accountcontracts.stub.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountcontracts.stub.routing.Routes;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefusalStatusTest {

    private static RefusalStatus refusals;

    @BeforeAll
    static void readSpecs() {
        refusals = new RefusalStatus(new SpecValidators());
    }

    @ParameterizedTest(name = "{0} {1} refused with {2} gets {3}")
    @CsvSource({
        // Vantage documents 413 and 415 only where a body is required: its delete's optional {} gets the 400.
        "DELETE, /v2/managed_accounts/acct_dd2fdf6564b60319, 413, 400",
        "DELETE, /v2/managed_accounts/acct_dd2fdf6564b60319, 415, 400",
        "GET,    /v2/managed_accounts,                       413, 400",
        "PUT,    /v2/managed_accounts/acct_dd2fdf6564b60319, 413, 413",
        "POST,   /v2/managed_accounts,                       415, 415",
        // Elastic Path's 'default' documents every error status.
        "DELETE, /v2/accounts/deb6b25f-8451-4211-9a22-95610333df23, 415, 415",
        "GET,    /v2/accounts,                                      413, 413",
        // No operation: nothing to keep to.
        "PATCH,  /v2/managed_accounts/acct_dd2fdf6564b60319, 415, 415",
        "POST,   /__admin/next-responses,                    413, 413",
    })
    void aRefusalTakesItsOwnStatusOnlyWhereTheOperationDocumentsIt(
            String method, String path, int wanted, int answered) {
        assertEquals(
                answered,
                refusals.of(Routes.resolve(method, path), Status.fromStatusCode(wanted))
                        .getStatusCode());
    }
}
