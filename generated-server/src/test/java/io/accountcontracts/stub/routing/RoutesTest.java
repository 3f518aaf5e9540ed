package io.accountcontracts.stub.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountcontracts.stub.errors.Vendor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutesTest {

    @ParameterizedTest(name = "{0} {1} -> {2} {3} {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "PUT    | /v2/managed_accounts/acct_1         | VENDOR  | VANTAGE      | updateManagedAccount",
                "PUT    | /v2/accounts/deb6b25f               | VENDOR  | ELASTIC_PATH | updateAccount",
                "PUT    | /v2/accounts/a%2Fb                  | VENDOR  | ELASTIC_PATH | updateAccount",
                "GET    | /v2/accounts/deb6b25f               | VENDOR  | ELASTIC_PATH | getAccount",
                "DELETE | /v2/accounts/deb6b25f               | VENDOR  | ELASTIC_PATH | deleteAccount",
                "GET    | /v2/accounts                        | VENDOR  | ELASTIC_PATH | listAccounts",
                "POST   | /v2/accounts                        | VENDOR  | ELASTIC_PATH | createAccount",
                "GET    | /v2/managed_accounts                | VENDOR  | VANTAGE      | listManagedAccounts",
                "POST   | /v2/managed_accounts                | VENDOR  | VANTAGE      | createManagedAccount",
                "GET    | /v2/managed_accounts/acct_1         | VENDOR  | VANTAGE      | getManagedAccount",
                "DELETE | /v2/managed_accounts/acct_1         | VENDOR  | VANTAGE      | deleteManagedAccount",
                "POST   | /v2/accounts/deb6b25f               | VENDOR  | ELASTIC_PATH | -",
                "get    | /v2/accounts/deb6b25f               | VENDOR  | ELASTIC_PATH | -",
                "PATCH  | /v2/managed_accounts/acct_1         | VENDOR  | VANTAGE      | -",
                "PUT    | /v2/accounts                        | VENDOR  | ELASTIC_PATH | -",
                "DELETE | /v2/accounts                        | VENDOR  | ELASTIC_PATH | -",
                "GET    | /v2/accounts/                       | VENDOR  | ELASTIC_PATH | -",
                "PUT    | /v2/accounts/                       | VENDOR  | ELASTIC_PATH | -",
                "PUT    | /v2/accounts/a/b                    | VENDOR  | ELASTIC_PATH | -",
                "PUT    | /v2/accountsx/a                     | UNKNOWN | ELASTIC_PATH | -",
                "PUT    | /v2/accounts;x=1/a                  | UNKNOWN | ELASTIC_PATH | -",
                "PUT    | /v2/%61ccounts/a                    | UNKNOWN | ELASTIC_PATH | -",
                "GET    | /__admin/health                     | PUBLIC  | ELASTIC_PATH | -",
                "GET    | /__admin/journal                    | ADMIN   | ELASTIC_PATH | -",
                "GET    | /__admin                            | ADMIN   | ELASTIC_PATH | -",
                "GET    | /__administrator                    | UNKNOWN | ELASTIC_PATH | -",
                "GET    | /openapi/vantage-managed-accounts.yaml | PUBLIC | ELASTIC_PATH | -",
                "GET    | /docs                               | PUBLIC  | ELASTIC_PATH | -",
                "GET    | /docs/swagger-ui.css                | PUBLIC  | ELASTIC_PATH | -",
                "GET    | /                                   | UNKNOWN | ELASTIC_PATH | -"
            })
    void rawPathAndMethodNameTheRoute(
            String method, String rawPath, Route.Kind kind, Vendor vendor, String operationId) {
        assertEquals(new Route(kind, vendor, operationId), Routes.resolve(method, rawPath));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "updateManagedAccount | /v2/managed_accounts/acct_1  | acct_1",
                "updateAccount        | /v2/accounts/deb6b25f        | deb6b25f",
                "updateAccount        | /v2/accounts/a%2Fb%20c+d     | a/b c+d",
                "updateAccount        | /v2/accounts/bad%zz          | bad%zz",
                "updateAccount        | /v2/managed_accounts/acct_1  | -",
                "updateAccount        | /v2/accounts/a/b             | -",
                "updateAccount        | /v2/accounts/                | -",
                "getAccount           | /v2/accounts/a%2Fb           | a/b",
                "deleteManagedAccount | /v2/managed_accounts/acct_1  | acct_1",
                "getAccount           | /v2/managed_accounts/acct_1  | -",
                "listAccounts         | /v2/accounts                 | -",
                "noSuchOperation      | /v2/accounts/a               | -",
                "-                    | /v2/accounts/a               | -"
            })
    void thePathIdIsTheDecodedSegmentOfTheOperationsTemplate(String operationId, String rawPath, String id) {
        assertEquals(id, Routes.pathId(operationId, rawPath));
    }
}
