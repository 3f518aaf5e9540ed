package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.Error;
import io.accountcontracts.client.elasticpath.model.ErrorResponse;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.server.elasticpath.model.Account;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed says registration_id "is checked for uniqueness"; the stub answers a clash with 409. */
class RegistrationIdUniquenessTest {

    private static final String SEEDED = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final String SEEDED_REGISTRATION = "00000000-0000-1000-8000-000f00000300";
    private static final String OTHER = "6a3c6f0e-2f4b-4c1d-9a57-1b7e0c9d2e11";

    @RegisterExtension
    static final ContractStub stub = ContractStub.withFixtures(seedPlusOneAccount());

    @Test
    void takingAnotherAccountsRegistrationIdGives409AndChangesNothing() throws Exception {
        ApiException error = assertThrows(
                ApiException.class,
                () -> stub.elasticPath()
                        .updateAccount(
                                OTHER,
                                new UpdateAccountRequest()
                                        .data(new AccountUpdate().name("clash").registrationId(SEEDED_REGISTRATION))));

        assertEquals(409, error.getCode());
        Error only = new ObjectMapper()
                .readValue(error.getResponseBody(), ErrorResponse.class)
                .getErrors()
                .get(0);
        assertEquals("409", only.getStatus());
        assertEquals("Conflict", only.getTitle());
        Account other = JsonMapper.create()
                .convertValue(stub.server().stores().accounts().get(OTHER).orElseThrow(), Account.class);
        assertEquals("other-name", other.getName());
        assertEquals("11111111-0000-1000-8000-000f00000301", other.getRegistrationId());
    }

    @Test
    void keepingYourOwnRegistrationIdIsNotAClash() throws Exception {
        String registration = stub.elasticPath()
                .updateAccount(
                        SEEDED,
                        new UpdateAccountRequest().data(new AccountUpdate().registrationId(SEEDED_REGISTRATION)))
                .getData()
                .getRegistrationId();

        assertEquals(SEEDED_REGISTRATION, registration);
    }

    private static Fixtures seedPlusOneAccount() {
        ObjectMapper mapper = JsonMapper.create();
        Fixtures seed = Fixtures.seed(mapper);
        Account other = mapper.convertValue(seed.accounts().get(0), Account.class)
                .id(OTHER)
                .name("other-name")
                .registrationId("11111111-0000-1000-8000-000f00000301");
        other.getLinks().setSelf("/v2/accounts/" + OTHER);
        List<ObjectNode> accounts = new ArrayList<>(seed.accounts());
        accounts.add(mapper.valueToTree(other));
        return new Fixtures(seed.managedAccounts(), accounts);
    }
}
