package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.model.Account;
import io.accountcontracts.client.elasticpath.model.Error;
import io.accountcontracts.client.elasticpath.model.ErrorResponse;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.stub.store.Fixtures;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * What the Elastic Path contract tests of list, get, create and delete share: five accounts whose every sortable
 * attribute puts them in a different order, and the checks of the vendor's error shape.
 */
final class ElasticPathAccounts {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Reads answers as the generated client does (its nullable fields and date-times need its modules). */
    static final ObjectMapper CLIENT_JSON = new io.accountcontracts.client.elasticpath.JSON().getMapper();

    static final String AUTH = "Bearer " + ContractStub.TOKEN;
    static final String JSON_TYPE = "application/json";
    static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    // Ids, names and both timestamps each order the five differently (ascending):
    //   created_at A B C D E   updated_at B A D C E   id C A E B D   name B D A E C (two "Acme": B before D by id)
    static final String A = "2a000000-0000-4000-8000-00000000000a";
    static final String B = "4b000000-0000-4000-8000-00000000000b";
    static final String C = "1c000000-0000-4000-8000-00000000000c";
    static final String D = "5d000000-0000-4000-8000-00000000000d";
    static final String E = "3e000000-0000-4000-8000-00000000000e";

    private ElasticPathAccounts() {}

    /** The five accounts; unset attributes are left out (D's external_ref) or null (E's), as the vendor sends both. */
    static Fixtures five() {
        ObjectNode d = account(D, "Acme", "Acme (EU) Ltd", "reg-d", null, "2024-04-01", "2024-08-01");
        d.remove("external_ref");
        return new Fixtures(
                List.of(),
                List.of(
                        account(A, "Globex", "Globex Corporation", "reg-a", "crm-1001", "2024-01-01", "2024-07-01"),
                        account(B, "Acme", "Acme Ltd", "reg-b", "crm-1002", "2024-02-01", "2024-06-01"),
                        account(C, "Initech", "Initech LLC", "reg-c", "erp-2001", "2024-03-01", "2024-09-01"),
                        d,
                        account(E, "Hooli", null, null, "crm-1005", "2024-05-01", "2024-10-01")));
    }

    private static ObjectNode account(
            String id,
            String name,
            String legalName,
            String registrationId,
            String externalRef,
            String createdOn,
            String updatedOn) {
        ObjectNode account = JsonNodeFactory.instance.objectNode();
        account.put("id", id).put("type", "account").put("name", name);
        account.put("legal_name", legalName)
                .put("registration_id", registrationId)
                .put("external_ref", externalRef);
        account.putObject("meta")
                .putObject("timestamps")
                .put("created_at", createdOn + "T00:00:00.000Z")
                .put("updated_at", updatedOn + "T00:00:00.000Z");
        account.putObject("links").put("self", "/v2/accounts/" + id);
        return account;
    }

    static List<String> ids(List<Account> accounts) {
        return accounts.stream().map(Account::getId).toList();
    }

    /** The one error of a refused call, in Elastic Path's JSON:API shape, with the status as a string. */
    static Error assertError(ApiException error, int status, String title) throws Exception {
        assertEquals(status, error.getCode(), error.getResponseBody());
        return onlyError(error.getResponseBody(), status, title);
    }

    static Error assertError(HttpResponse<String> response, int status, String title) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith(JSON_TYPE),
                response.headers().toString());
        return onlyError(response.body(), status, title);
    }

    private static Error onlyError(String body, int status, String title) throws Exception {
        JsonNode tree = JSON.readTree(body);
        assertTrue(tree.at("/errors/0/status").isTextual(), "status must be a string: " + body);
        List<Error> errors = JSON.readValue(body, ErrorResponse.class).getErrors();
        assertEquals(1, errors.size(), body);
        Error only = errors.get(0);
        assertEquals(Integer.toString(status), only.getStatus());
        assertEquals(title, only.getTitle());
        assertFalse(only.getDetail() == null || only.getDetail().isBlank(), body);
        assertFalse(only.getDetail().contains("Exception"), body);
        return only;
    }

    /**
     * A 400 about one list query parameter, as the spec's InvalidListQuery has it: each error's {@code source}
     * names the parameter, and so does its detail.
     */
    static Error assertParameterError(ApiException error, String parameter) throws Exception {
        assertEquals(400, error.getCode(), error.getResponseBody());
        return parameterErrors(error.getResponseBody(), parameter);
    }

    static Error assertParameterError(HttpResponse<String> response, String parameter) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith(JSON_TYPE),
                response.headers().toString());
        return parameterErrors(response.body(), parameter);
    }

    private static Error parameterErrors(String body, String parameter) throws Exception {
        assertTrue(JSON.readTree(body).at("/errors/0/status").isTextual(), "status must be a string: " + body);
        List<Error> errors = JSON.readValue(body, ErrorResponse.class).getErrors();
        assertFalse(errors.isEmpty(), body);
        for (Error error : errors) {
            assertEquals("400", error.getStatus(), body);
            assertEquals("Bad Request", error.getTitle(), body);
            assertEquals(parameter, error.getSource(), "source: " + body);
            assertTrue(error.getDetail().contains(parameter), body);
            assertFalse(error.getDetail().contains("Exception"), body);
        }
        return errors.get(0);
    }

    /** GET of a path and query exactly as given (already encoded), with the accepted token. */
    static HttpResponse<String> get(ContractStub stub, String pathAndQuery) {
        return stub.raw().send("GET", pathAndQuery, null, "Authorization", AUTH);
    }
}
