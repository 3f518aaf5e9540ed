package io.accountcontracts.contract.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountcontracts.client.elasticpath.ApiException;
import io.accountcontracts.client.elasticpath.api.AccountsApi;
import io.accountcontracts.client.elasticpath.model.AccountUpdate;
import io.accountcontracts.client.elasticpath.model.UpdateAccountRequest;
import io.accountcontracts.client.vantage.api.ManagedAccountsApi;
import io.accountcontracts.client.vantage.model.BillingInformationInput;
import io.accountcontracts.client.vantage.model.UpdateManagedAccount;
import io.accountcontracts.contract.support.ContractStub;
import io.accountcontracts.server.elasticpath.model.Account;
import io.accountcontracts.server.vantage.model.ManagedAccount;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.store.Fixtures;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 8 threads, 1,000 requests per test: nothing lost, nothing mixed, one winner per registration_id. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 125;
    private static final String MANAGED = "acct_dd2fdf6564b60319";
    private static final String ACCOUNT = "deb6b25f-8451-4211-9a22-95610333df23";
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

    @RegisterExtension
    static final ContractStub stub = ContractStub.withFixtures(seedPlusAccounts(THREADS));

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    /** Each thread owns one field and writes it 125 times; at the end every field holds its thread's last write. */
    @Test
    void parallelUpdatesOfDifferentFieldsLoseNoWrite() throws Exception {
        List<BiFunction<Integer, Integer, UpdateManagedAccount>> writers = List.of(
                (t, i) -> new UpdateManagedAccount().name(value(t, i)),
                (t, i) -> new UpdateManagedAccount().contactEmail(value(t, i) + "@example.com"),
                (t, i) -> new UpdateManagedAccount().mspBillingProfileToken(value(t, i)),
                (t, i) -> new UpdateManagedAccount().accessCredentialTokens(List.of(value(t, i))),
                (t, i) -> new UpdateManagedAccount().billingRuleTokens(List.of(value(t, i))),
                (t, i) -> new UpdateManagedAccount()
                        .billingInformationAttributes(new BillingInformationInput().city(value(t, i))),
                (t, i) -> new UpdateManagedAccount()
                        .billingInformationAttributes(new BillingInformationInput().postalCode(value(t, i))),
                (t, i) -> new UpdateManagedAccount()
                        .billingInformationAttributes(new BillingInformationInput().companyName(value(t, i))));

        runInParallel(t -> {
            ManagedAccountsApi api = stub.vantage();
            for (int i = 0; i < PER_THREAD; i++) {
                api.updateManagedAccount(MANAGED, writers.get(t).apply(t, i));
            }
        });

        ManagedAccount stored = JsonMapper.create()
                .convertValue(
                        stub.server().stores().managedAccounts().get(MANAGED).orElseThrow(), ManagedAccount.class);
        int last = PER_THREAD - 1;
        assertEquals(value(0, last), stored.getName());
        assertEquals(value(1, last) + "@example.com", stored.getContactEmail());
        assertEquals(value(2, last), stored.getMspBillingProfileToken());
        assertEquals(List.of(value(3, last)), stored.getAccessCredentialTokens());
        assertEquals(List.of(value(4, last)), stored.getBillingRuleTokens());
        assertEquals(value(5, last), stored.getBillingInformationAttributes().getCity());
        assertEquals(value(6, last), stored.getBillingInformationAttributes().getPostalCode());
        assertEquals(value(7, last), stored.getBillingInformationAttributes().getCompanyName());
    }

    /** Every write sets three fields to one value; no response and no stored state may show two writers' values. */
    @Test
    void parallelWholeRecordUpdatesNeverMixFieldsOfTwoRequests() throws Exception {
        ConcurrentLinkedQueue<OffsetDateTime> updatedAts = new ConcurrentLinkedQueue<>();

        runInParallel(t -> {
            AccountsApi api = stub.elasticPath();
            for (int i = 0; i < PER_THREAD; i++) {
                String v = value(t, i);
                var seen = api.updateAccount(
                                ACCOUNT,
                                new UpdateAccountRequest()
                                        .data(new AccountUpdate()
                                                .name(v)
                                                .legalName(v)
                                                .externalRef(v)))
                        .getData();
                assertEquals(seen.getName(), seen.getLegalName());
                assertEquals(seen.getName(), seen.getExternalRef());
                updatedAts.add(seen.getMeta().getTimestamps().getUpdatedAt());
            }
        });

        Account stored = JsonMapper.create()
                .convertValue(stub.server().stores().accounts().get(ACCOUNT).orElseThrow(), Account.class);
        assertEquals(stored.getName(), stored.getLegalName());
        assertEquals(stored.getName(), stored.getExternalRef());
        assertEquals(THREADS * PER_THREAD, new HashSet<>(updatedAts).size(), "every update must move updated_at");
    }

    /** 25 rounds of 8 accounts claiming one new registration_id at the same moment. */
    @Test
    void racingForOneRegistrationIdHasExactlyOneWinner() throws Exception {
        List<AccountsApi> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            clients.add(stub.elasticPath());
        }
        for (int round = 0; round < 25; round++) {
            String claimed = "race-" + round;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String id = accountId(t);
                AccountsApi api = clients.get(t);
                statuses.add(POOL.submit(() -> {
                    start.await();
                    try {
                        api.updateAccount(
                                id, new UpdateAccountRequest().data(new AccountUpdate().registrationId(claimed)));
                        return 200;
                    } catch (ApiException e) {
                        return e.getCode();
                    }
                }));
            }
            start.countDown();
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                got.add(status.get());
            }
            assertEquals(1, got.stream().filter(s -> s == 200).count(), "round " + round + ": " + got);
            assertEquals(THREADS - 1, got.stream().filter(s -> s == 409).count(), "round " + round + ": " + got);
            assertEquals(
                    1,
                    stub.server().stores().accounts().all().stream()
                            .filter(a ->
                                    claimed.equals(a.path("registration_id").textValue()))
                            .count());
        }
    }

    /** What one of the threads does; {@code thread} is 0 to THREADS - 1. */
    private interface ThreadWork {
        void run(int thread) throws Exception;
    }

    private static void runInParallel(ThreadWork work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(POOL.submit(() -> {
                start.await();
                work.run(thread);
                return null;
            }));
        }
        start.countDown();
        for (Future<Void> future : done) {
            future.get();
        }
    }

    private static String value(int thread, int i) {
        return "t" + thread + "-" + i;
    }

    private static String accountId(int t) {
        return "00000000-0000-4000-8000-00000000000" + t;
    }

    private static Fixtures seedPlusAccounts(int count) {
        ObjectMapper mapper = JsonMapper.create();
        Fixtures seed = Fixtures.seed(mapper);
        List<ObjectNode> accounts = new ArrayList<>(seed.accounts());
        for (int t = 0; t < count; t++) {
            Account copy = mapper.convertValue(seed.accounts().get(0), Account.class)
                    .id(accountId(t))
                    .registrationId("own-" + t);
            copy.getLinks().setSelf("/v2/accounts/" + accountId(t));
            accounts.add(mapper.valueToTree(copy));
        }
        return new Fixtures(seed.managedAccounts(), accounts);
    }
}
