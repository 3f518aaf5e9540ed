package io.accountcontracts.contract.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.server.elasticpath.model.Account;
import io.accountcontracts.server.vantage.model.ManagedAccount;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The header and path variations existing vendor clients send, and the errors they get around the one operation. */
class WireCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VANTAGE = "/v2/managed_accounts/acct_dd2fdf6564b60319";
    private static final String EP = "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23";
    private static final String ODD_ID = "acct ü+1";
    private static final String ODD_ID_ENCODED = "acct%20%C3%BC+1";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withFixtures(seedPlusRecordsWithOddIds());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "application/json;charset=UTF-8",
                "application/json; charset=\"utf-8\""
            })
    void jsonContentTypeIsAcceptedWithOrWithoutCharset(String contentType) {
        assertEquals(
                200,
                put(VANTAGE, "{\"name\":\"n\"}", "Content-Type", contentType).statusCode());
        assertEquals(
                200,
                put(EP, "{\"data\":{\"name\":\"n\"}}", "Content-Type", contentType)
                        .statusCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*/*",
                "application/json",
                "application/*",
                "application/json, text/plain, */*",
                "text/html;q=0.9, application/json;q=0.8"
            })
    void acceptHeadersThatAdmitJsonAreServed(String accept) {
        assertEquals(
                200,
                put(VANTAGE, "{\"name\":\"n\"}", "Content-Type", "application/json", "Accept", accept)
                        .statusCode());
        assertEquals(
                200,
                put(EP, "{\"data\":{\"name\":\"n\"}}", "Content-Type", "application/json", "Accept", accept)
                        .statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bearer", "BEARER"})
    void bearerSchemeIsCaseInsensitiveAsRfc7235Says(String scheme) {
        HttpResponse<String> response = stub.raw()
                .put(
                        VANTAGE,
                        "{\"name\":\"n\"}",
                        "Authorization",
                        scheme + " " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        // swagger-request-validator reads the scheme case-sensitively; RFC 7235 section 2.1 does not.
        stub.expectRequestViolation("validation.request.security.invalid");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void severalSpacesMaySeparateSchemeAndToken() {
        HttpResponse<String> response = stub.raw()
                .put(
                        VANTAGE,
                        "{\"name\":\"n\"}",
                        "Authorization",
                        "Bearer   " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        assertEquals(200, response.statusCode(), response.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST   | /v2/managed_accounts/acct_dd2fdf6564b60319          | DELETE,GET,OPTIONS,PUT",
                "PATCH  | /v2/managed_accounts/acct_dd2fdf6564b60319          | DELETE,GET,OPTIONS,PUT",
                "PUT    | /v2/managed_accounts                                | GET,OPTIONS,POST",
                "DELETE | /v2/managed_accounts                                | GET,OPTIONS,POST",
                "PATCH  | /v2/managed_accounts                                | GET,OPTIONS,POST",
                "POST   | /v2/accounts/deb6b25f-8451-4211-9a22-95610333df23   | DELETE,GET,OPTIONS,PUT",
                "PATCH  | /v2/accounts/deb6b25f-8451-4211-9a22-95610333df23   | DELETE,GET,OPTIONS,PUT",
                "PUT    | /v2/accounts                                        | GET,OPTIONS,POST",
                "DELETE | /v2/accounts                                        | GET,OPTIONS,POST"
            })
    void otherMethodsGet405InTheVendorsShapeWithAnAllowHeader(String method, String path, String allow)
            throws Exception {
        HttpResponse<String> response = stub.raw()
                .send(
                        method,
                        path,
                        method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        "Bearer " + ContractStub.TOKEN,
                        "Content-Type",
                        "application/json");

        stub.expectOutsideSpec();
        assertEquals(405, response.statusCode());
        assertEquals(
                java.util.Set.of(allow.split(",")),
                java.util.Set.of(
                        response.headers().firstValue("Allow").orElseThrow().split(",")));
        BadInputMatrixTest.assertVendorErrorShape(path, 405, response.body());
    }

    @Test
    void pathsBesideTheOperationGet404InTheVendorsShape() throws Exception {
        for (String path : List.of(
                "/v2/managed_accounts/acct_dd2fdf6564b60319/extra",
                "/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23/extra")) {
            HttpResponse<String> response = stub.raw()
                    .put(
                            path,
                            "{}",
                            "Authorization",
                            "Bearer " + ContractStub.TOKEN,
                            "Content-Type",
                            "application/json");

            stub.expectOutsideSpec();
            assertEquals(404, response.statusCode(), path);
            BadInputMatrixTest.assertVendorErrorShape(path + "/", 404, response.body());
        }
    }

    @Test
    void percentEncodedIdsAreDecodedBeforeLookup() throws Exception {
        HttpResponse<String> vantage =
                put("/v2/managed_accounts/" + ODD_ID_ENCODED, "{\"name\":\"n\"}", "Content-Type", "application/json");
        HttpResponse<String> ep = put(
                "/v2/accounts/" + ODD_ID_ENCODED, "{\"data\":{\"name\":\"n\"}}", "Content-Type", "application/json");

        assertEquals(200, vantage.statusCode(), vantage.body());
        assertEquals(ODD_ID, JSON.readTree(vantage.body()).get("token").asText());
        assertEquals(200, ep.statusCode(), ep.body());
        assertEquals(ODD_ID, JSON.readTree(ep.body()).at("/data/id").asText());
        assertEquals(
                "/v2/accounts/" + ODD_ID_ENCODED,
                JSON.readTree(ep.body()).at("/data/links/self").asText());
    }

    private static HttpResponse<String> put(String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + ContractStub.TOKEN));
        all.addAll(List.of(headers));
        return stub.raw().put(path, body, all.toArray(String[]::new));
    }

    private static Fixtures seedPlusRecordsWithOddIds() {
        ObjectMapper mapper = JsonMapper.create();
        Fixtures seed = Fixtures.seed(mapper);
        ManagedAccount managed = mapper.convertValue(seed.managedAccounts().get(0), ManagedAccount.class)
                .token(ODD_ID);
        Account account = mapper.convertValue(seed.accounts().get(0), Account.class)
                .id(ODD_ID)
                .registrationId(null);
        account.getLinks().setSelf("/v2/accounts/" + ODD_ID_ENCODED);
        List<ObjectNode> managedAccounts = new ArrayList<>(seed.managedAccounts());
        managedAccounts.add(mapper.valueToTree(managed));
        List<ObjectNode> accounts = new ArrayList<>(seed.accounts());
        accounts.add(mapper.valueToTree(account));
        return new Fixtures(managedAccounts, accounts);
    }
}
