package io.accountcontracts.stub.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.errors.Vendor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quick screen says "conforms" only for the plainest spelling of a valid request, and "ask the full
 * validator" for everything else: it must never take a request the full validator would refuse. (The
 * contract tests' jqwik property checks that agreement over generated requests; this pins the cases.)
 */
class QuickScreenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SpecValidators validators;

    @BeforeAll
    static void load() {
        validators = new SpecValidators();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "plain valid update              | PUT | /v2/accounts/a1   | -     | application/json                | -                | {\"data\":{\"name\":\"x\"}} | true",
                "charset spelled the usual way   | PUT | /v2/accounts/a1   | -     | application/json; charset=UTF-8 | application/json | {\"data\":{\"name\":\"x\"}} | true",
                "body breaks the schema          | PUT | /v2/accounts/a1   | -     | application/json                | -                | {\"data\":{\"name\":42}}   | false",
                "unknown field                   | PUT | /v2/accounts/a1   | -     | application/json                | -                | {\"data\":{\"x\":1}}       | false",
                "no body                         | PUT | /v2/accounts/a1   | -     | application/json                | -                | -                         | false",
                "a query string                  | PUT | /v2/accounts/a1   | a=1   | application/json                | -                | {\"data\":{\"name\":\"x\"}} | false",
                "an escaped character in the id  | PUT | /v2/accounts/a%31 | -     | application/json                | -                | {\"data\":{\"name\":\"x\"}} | false",
                "another method                  | GET | /v2/accounts/a1   | -     | application/json                | -                | {\"data\":{\"name\":\"x\"}} | false",
                "one segment too many            | PUT | /v2/accounts/a/b  | -     | application/json                | -                | {\"data\":{\"name\":\"x\"}} | false",
                "an empty id                     | PUT | /v2/accounts/     | -     | application/json                | -                | {\"data\":{\"name\":\"x\"}} | false",
                "another media type spelling     | PUT | /v2/accounts/a1   | -     | application/vnd.api+json        | -                | {\"data\":{\"name\":\"x\"}} | false",
                "no Content-Type                 | PUT | /v2/accounts/a1   | -     | -                               | -                | {\"data\":{\"name\":\"x\"}} | false",
                "Accept excludes JSON            | PUT | /v2/accounts/a1   | -     | application/json                | text/html        | {\"data\":{\"name\":\"x\"}} | false",
                "another vendor's path           | PUT | /v2/managed_accounts/a1 | - | application/json             | -                | {\"data\":{\"name\":\"x\"}} | false"
            })
    void screenTakesOnlyThePlainestValidRequests(
            String what,
            String method,
            String path,
            String query,
            String contentType,
            String accept,
            String body,
            boolean expected)
            throws Exception {
        JsonNode tree = body == null ? null : JSON.readTree(body);

        boolean conforms = validators.conformsQuickly(
                Vendor.ELASTIC_PATH, "updateAccount", method, path, query, contentType, accept, tree);

        assertEquals(expected, conforms, what);
    }

    // Operations without a body, or with optional query parameters only, are screened too, but only when nothing
    // is sent that they do not take: a body, a Content-Type, or a query string goes to the full validator.
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "a read                          | getManagedAccount    | GET    | /v2/managed_accounts/acct_1 | -      | -                | -                | -                | true",
                "a delete                        | deleteManagedAccount | DELETE | /v2/managed_accounts/acct_1 | -      | -                | application/json | -                | true",
                "a list without a query          | listManagedAccounts  | GET    | /v2/managed_accounts        | -      | -                | */*              | -                | true",
                "a list with a query             | listManagedAccounts  | GET    | /v2/managed_accounts        | page=2 | -                | -                | -                | false",
                "a read with a body              | getManagedAccount    | GET    | /v2/managed_accounts/acct_1 | -      | application/json | -                | {\"name\":\"x\"} | false",
                "a read with a Content-Type only | getManagedAccount    | GET    | /v2/managed_accounts/acct_1 | -      | application/json | -                | -                | false",
                "a read that refuses JSON        | getManagedAccount    | GET    | /v2/managed_accounts/acct_1 | -      | -                | text/html        | -                | false",
                "a read of the collection path   | getManagedAccount    | GET    | /v2/managed_accounts        | -      | -                | -                | -                | false",
                "a plain create                  | createManagedAccount | POST   | /v2/managed_accounts        | -      | application/json | -                | {\"name\":\"x\",\"contact_email\":\"a@b.example\"} | true",
                "a create without its email      | createManagedAccount | POST   | /v2/managed_accounts        | -      | application/json | -                | {\"name\":\"x\"} | false",
                "a create without a body         | createManagedAccount | POST   | /v2/managed_accounts        | -      | -                | -                | -                | false",
                "a delete with the SDK's {}      | deleteManagedAccount | DELETE | /v2/managed_accounts/acct_1 | -      | application/json | -                | {}               | true",
                "a delete with a field           | deleteManagedAccount | DELETE | /v2/managed_accounts/acct_1 | -      | application/json | -                | {\"a\":1}        | false",
                "a delete with {} but no type    | deleteManagedAccount | DELETE | /v2/managed_accounts/acct_1 | -      | -                | -                | {}               | false"
            })
    void operationsWithoutABodyOrWithOptionalQueriesAreScreenedOnlyAsSent(
            String what,
            String operationId,
            String method,
            String path,
            String query,
            String contentType,
            String accept,
            String body,
            boolean expected)
            throws Exception {
        JsonNode tree = body == null ? null : JSON.readTree(body);

        boolean conforms =
                validators.conformsQuickly(Vendor.VANTAGE, operationId, method, path, query, contentType, accept, tree);

        assertEquals(expected, conforms, what);
    }
}
