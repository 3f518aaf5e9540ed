package io.accountcontracts.contract.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accountcontracts.client.elasticpath.model.Account;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract checked against whatever CONTRACT_BASE_URL names. Without CONTRACT_ALLOW_WRITES=true
 * only probes run that cannot change anything (no token, a wrong token, an unknown id); with it, an
 * update that sets no field, and a rename that is put back at once. Every exchange is validated.
 */
class LiveTargetContractTest {

    @RegisterExtension
    static final ContractStub target = ContractStub.liveTarget();

    @Test
    void vantageWithoutATokenIsRefusedWith401() {
        serving("vantage");
        var error = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> target.vantage(null)
                        .updateManagedAccount(
                                target.live().vantageAccount(), new UpdateManagedAccount().name("probe")));

        target.expectRequestViolation("validation.request.security.missing");
        assertEquals(401, error.getCode());
    }

    @Test
    void vantageWithAWrongTokenIsRefusedWith401() {
        serving("vantage");
        var error = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> target.vantage(wrongToken())
                        .updateManagedAccount(
                                target.live().vantageAccount(), new UpdateManagedAccount().name("probe")));

        assertEquals(401, error.getCode());
    }

    @Test
    void vantageUnknownAccountGives404() {
        serving("vantage");
        var error = assertThrows(
                io.accountcontracts.client.vantage.ApiException.class,
                () -> target.vantage()
                        .updateManagedAccount(
                                "acct_contract_probe_" + UUID.randomUUID(), new UpdateManagedAccount().name("probe")));

        assertEquals(404, error.getCode());
    }

    @Test
    void elasticPathWithoutATokenIsRefusedWith401() {
        serving("elasticpath");
        var error = assertThrows(
                io.accountcontracts.client.elasticpath.ApiException.class,
                () -> target.elasticPath(null).updateAccount(target.live().elasticPathAccount(), rename("probe")));

        target.expectRequestViolation("validation.request.security.missing");
        assertEquals(401, error.getCode());
    }

    @Test
    void elasticPathWithAWrongTokenIsRefusedWith401() {
        serving("elasticpath");
        var error = assertThrows(
                io.accountcontracts.client.elasticpath.ApiException.class,
                () -> target.elasticPath(wrongToken())
                        .updateAccount(target.live().elasticPathAccount(), rename("probe")));

        assertEquals(401, error.getCode());
    }

    @Test
    void elasticPathUnknownAccountGives404() {
        serving("elasticpath");
        var error = assertThrows(
                io.accountcontracts.client.elasticpath.ApiException.class,
                () -> target.elasticPath().updateAccount(UUID.randomUUID().toString(), rename("probe")));

        assertEquals(404, error.getCode());
    }

    @Test
    void vantageUpdateSettingNoFieldReturnsTheAccountAsItWas() throws Exception {
        serving("vantage");
        requireWrites();
        String id = target.live().vantageAccount();

        ManagedAccount first = target.vantage().updateManagedAccount(id, new UpdateManagedAccount());
        ManagedAccount second = target.vantage().updateManagedAccount(id, new UpdateManagedAccount());

        assertEquals(first, second);
    }

    @Test
    void vantageRenameIsStoredAndPutBack() throws Exception {
        serving("vantage");
        requireWrites();
        String id = target.live().vantageAccount();
        String original = target.vantage()
                .updateManagedAccount(id, new UpdateManagedAccount())
                .getName();
        try {
            assertEquals(
                    "contract-test rename",
                    target.vantage()
                            .updateManagedAccount(id, new UpdateManagedAccount().name("contract-test rename"))
                            .getName());
        } finally {
            assertEquals(
                    original,
                    target.vantage()
                            .updateManagedAccount(id, new UpdateManagedAccount().name(original))
                            .getName());
        }
    }

    @Test
    void elasticPathRenameIsStoredAndPutBack() throws Exception {
        serving("elasticpath");
        requireWrites();
        String id = target.live().elasticPathAccount();
        Account before = target.elasticPath()
                .updateAccount(id, new UpdateAccountRequest().data(new AccountUpdate()))
                .getData();
        try {
            assertEquals(
                    "contract-test rename",
                    target.elasticPath()
                            .updateAccount(id, rename("contract-test rename"))
                            .getData()
                            .getName());
        } finally {
            assertEquals(
                    before.getName(),
                    target.elasticPath()
                            .updateAccount(id, rename(before.getName()))
                            .getData()
                            .getName());
        }
    }

    private static void serving(String vendor) {
        Assumptions.assumeTrue(target.live().serves(vendor), "CONTRACT_VENDOR names the other vendor");
    }

    private static void requireWrites() {
        Assumptions.assumeTrue(
                target.live().writesAllowed(), "changes the target's data; set CONTRACT_ALLOW_WRITES=true to allow it");
    }

    private static UpdateAccountRequest rename(String name) {
        return new UpdateAccountRequest().data(new AccountUpdate().name(name));
    }

    private static String wrongToken() {
        return "contract-probe-" + UUID.randomUUID();
    }
}
