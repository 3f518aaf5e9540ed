package com.example.sync;

import com.example.sync.SyncFailedException.Step;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.Account;
import io.accountcontracts.client.elasticpath.model.AccountCreate;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.CreateAccountRequest;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import jakarta.ws.rs.ProcessingException;
import java.util.List;

/**
 * Makes Elastic Path hold an account for a customer, known by our own reference to it ({@code external_ref}): finds
 * it with {@code GET /v2/accounts?filter=eq(external_ref,"...")}, renames it with a {@code PUT} if there is one, and
 * creates it with a {@code POST} if not. Elastic Path does not keep {@code external_ref} unique, so two accounts with
 * the same reference stop the sync rather than update one at random.
 */
public final class ElasticPathAccountSync {

    private final AccountsApi elasticPath;

    public ElasticPathAccountSync(AccountsApi elasticPath) {
        this.elasticPath = elasticPath;
    }

    public Synced sync(String externalRef, String name) throws SyncFailedException {
        // Two are enough to tell "one" from "more than one".
        List<Account> found = call(Step.FIND,
                () -> elasticPath.listAccounts("eq(external_ref," + quoted(externalRef) + ")", null, 2, 0)).getData();
        if (found.size() > 1) {
            throw new SyncFailedException(Step.FIND, 0, "more than one account has external_ref " + externalRef, null);
        }
        if (found.size() == 1) {
            String id = found.get(0).getId();
            var update = new UpdateAccountRequest().data(new AccountUpdate().name(name));
            call(Step.UPDATE, () -> elasticPath.updateAccount(id, update));
            return new Synced(id, false);
        }
        AccountCreate account = new AccountCreate().type(AccountCreate.TypeEnum.ACCOUNT).name(name).legalName(name)
                .externalRef(externalRef);
        String id = call(Step.CREATE, () -> elasticPath.createAccount(new CreateAccountRequest().data(account)))
                .getData().getId();
        return new Synced(id, true);
    }

    /** A filter operand that holds any text: in double quotes, with {@code "} and {@code \} escaped by a {@code \}. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private interface Call<T> {
        T send() throws ApiException;
    }

    private static <T> T call(Step step, Call<T> call) throws SyncFailedException {
        try {
            return call.send();
        } catch (ApiException e) {
            throw new SyncFailedException(step, e.getCode(), String.valueOf(e.getResponseBody()), e);
        } catch (ProcessingException e) {
            throw new SyncFailedException(step, 0, "no answer: " + e.getMessage(), e);
        }
    }
}
