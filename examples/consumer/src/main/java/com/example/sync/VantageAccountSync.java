package com.example.sync;

import com.example.sync.SyncFailedException.Step;
import io.accountcontracts.client.vantage.ApiException;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.CreateManagedAccount;
import io.accountcontracts.client.vantage.model.ManagedAccount;
import io.accountcontracts.client.vantage.model.ManagedAccounts;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import jakarta.ws.rs.ProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes Vantage hold a managed account for a customer, known by its contact email: walks the pages of
 * {@code GET /v2/managed_accounts} (following {@code links.next}) for the account with that email, renames it with a
 * {@code PUT} if there is one, and creates it with a {@code POST} if not.
 */
public final class VantageAccountSync {

    private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

    private final ManagedAccountsApi vantage;
    private final int pageSize;

    /** @param pageSize accounts per page of the list, 1 to 1000 (Vantage documents no default) */
    public VantageAccountSync(ManagedAccountsApi vantage, int pageSize) {
        this.vantage = vantage;
        this.pageSize = pageSize;
    }

    public Synced sync(String contactEmail, String name) throws SyncFailedException {
        ManagedAccount found = find(contactEmail);
        if (found != null) {
            var update = new UpdateManagedAccount().name(name);
            call(Step.UPDATE, () -> vantage.updateManagedAccount(found.getToken(), update));
            return new Synced(found.getToken(), false);
        }
        ManagedAccount created = call(Step.CREATE,
                () -> vantage.createManagedAccount(new CreateManagedAccount().name(name).contactEmail(contactEmail)));
        return new Synced(created.getToken(), true);
    }

    /** The account with this contact email (case aside), or null when the last page has none. */
    private ManagedAccount find(String contactEmail) throws SyncFailedException {
        for (int page = 1; page > 0; ) {
            int current = page;
            ManagedAccounts list = call(Step.FIND, () -> vantage.listManagedAccounts(current, pageSize));
            for (ManagedAccount account : list.getManagedAccounts()) {
                if (contactEmail.equalsIgnoreCase(account.getContactEmail())) {
                    return account;
                }
            }
            page = nextPage(list, current);
        }
        return null;
    }

    /** The page {@code links.next} names, or 0 when it is null (the last page). */
    private static int nextPage(ManagedAccounts list, int current) throws SyncFailedException {
        String next = list.getLinks() == null ? null : list.getLinks().getNext();
        if (next == null) {
            return 0;
        }
        Matcher page = PAGE.matcher(next);
        if (!page.find() || Integer.parseInt(page.group(1)) <= current) {
            throw new SyncFailedException(Step.FIND, 0, "the next page's link is not a later page: " + next, null);
        }
        return Integer.parseInt(page.group(1));
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
