package io.accountcontracts.stub.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountcontracts.stub.json.JsonMapper;
import io.accountcontracts.stub.programmed.Applied;
import io.accountcontracts.stub.programmed.Fault;
import io.accountcontracts.stub.text.Shortened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The journal keeps the latest requests, oldest first, and never more than its capacity. */
class JournalTest {

    @Test
    void aFullJournalDropsTheOldestEntry() {
        Journal journal = new Journal(3);
        for (int i = 1; i <= 5; i++) {
            journal.add(entry("/" + i));
        }

        assertEquals(List.of("/3", "/4", "/5"), paths(journal));
    }

    @Test
    void aJournalOverItsByteLimitDropsTheOldestEntriesAndCountsThem() {
        long oneEntry = entry("/1").estimatedBytes();
        Journal journal = new Journal(100, oneEntry * 3);
        for (int i = 1; i <= 5; i++) {
            journal.add(entry("/" + i));
        }

        assertEquals(List.of("/3", "/4", "/5"), paths(journal));
        assertEquals(new Journal.Dropped(2, 0, 100, oneEntry * 3), journal.dropped());
    }

    @Test
    void droppedBreachesAreCountedApartUntilTheJournalIsCleared() {
        Journal journal = new Journal(1);
        journal.add(withVerdict("/invalid", "invalid"));
        journal.add(withVerdict("/unauthenticated", "unauthenticated"));
        journal.add(withVerdict("/valid", "valid"));
        journal.add(withVerdict("/last", "valid"));

        assertEquals(3, journal.dropped().requests());
        assertEquals(2, journal.dropped().breaches());

        journal.clear();

        assertEquals(0, journal.dropped().requests());
        assertEquals(0, journal.dropped().breaches());
    }

    @Test
    void anEntryLargerThanTheWholeByteLimitIsDroppedAndCounted() {
        Journal journal = new Journal(10, 100);
        journal.add(withVerdict("/invalid", "invalid"));

        assertEquals(List.of(), journal.entries());
        assertEquals(1, journal.dropped().breaches());
    }

    @Test
    void lowerLimitsDropTheOldestAtOnce() {
        Journal journal = new Journal(10);
        for (int i = 1; i <= 5; i++) {
            journal.add(entry("/" + i));
        }

        journal.limit(2, Long.MAX_VALUE);

        assertEquals(List.of("/4", "/5"), paths(journal));
        assertEquals(3, journal.dropped().requests());
    }

    @Test
    void anEntryHoldsLongProblemsHeadersAndPathsShortSoItsSizeIsBounded() {
        String huge = "x".repeat(900_000);
        Journal.Entry entry = new Journal.Entry(
                Instant.EPOCH,
                "PUT",
                "/v2/managed_accounts/" + huge,
                400,
                "invalid",
                java.util.Collections.nCopies(1_000, "[Path '/name'] String \"" + huge + "\" is too long"),
                Map.of("x-long", List.of(huge)));

        assertTrue(entry.estimatedBytes() < 64 * 1024, entry.estimatedBytes() + " bytes");
        assertTrue(entry.path().contains("more characters]"), entry.path());
        assertTrue(
                entry.problems().get(0).contains("more characters]"),
                entry.problems().get(0));
        assertEquals(
                "... and 980 more left out",
                entry.problems().get(entry.problems().size() - 1));
        assertTrue(entry.headers().get("x-long").get(0).length() <= 500);
    }

    @Test
    void anAcceptedBodyIsKeptUpToItsBoundAndARefusedOneAsShortAsAnyText() {
        String huge = "{\"name\":\"" + "x".repeat(900_000) + "\"}";
        String small = "{\"name\":\"Acme\"}";

        assertEquals(small, withBody("valid", small).body());
        String accepted = withBody("valid", huge).body();
        assertTrue(
                accepted.length() <= Journal.Entry.MAX_BODY_CHARS && accepted.length() > 60_000,
                "" + accepted.length());
        assertTrue(accepted.contains("more characters]"), "says what was cut");
        assertTrue(withBody("invalid", huge).body().length() <= Shortened.MAX_CHARS);
        assertTrue(withBody("unauthenticated", huge).body().length() <= Shortened.MAX_CHARS);
        // The estimate grows with what is kept, so the journal's byte limit counts it.
        assertTrue(withBody("valid", huge).estimatedBytes() > 2L * 60_000);
        assertTrue(withBody("invalid", huge).estimatedBytes() < 4 * 1024);
    }

    private static Journal.Entry withBody(String verdict, String body) {
        return new Journal.Entry(
                Instant.EPOCH,
                "PUT",
                "/v2/managed_accounts/acct_1",
                "updateManagedAccount",
                Journal.STUBBED,
                200,
                null,
                verdict,
                List.of(),
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                null,
                body);
    }

    @Test
    void capacityZeroKeepsNothing() {
        Journal journal = new Journal(0);
        journal.add(entry("/1"));

        assertEquals(List.of(), journal.entries());
        assertEquals(1, journal.dropped().requests());
    }

    @Test
    void aNegativeCapacityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Journal(-1));
    }

    @Test
    void aRequestThatArrivedBeforeAClearIsNotJournaledAfterIt() {
        Journal journal = new Journal(3);
        long before = journal.epoch();
        journal.clear();

        journal.add(entry("/in-flight-at-the-reset"), before);
        journal.add(entry("/after"), journal.epoch());

        assertEquals(
                List.of("/after"),
                journal.entries().stream().map(Journal.Entry::path).toList());
    }

    @Test
    void clearEmptiesTheJournal() {
        Journal journal = new Journal(3);
        journal.add(entry("/1"));
        journal.clear();
        journal.add(entry("/2"));

        assertEquals(List.of("/2"), paths(journal));
    }

    @Test
    void entriesIsACopy() {
        Journal journal = new Journal(3);
        journal.add(entry("/1"));

        journal.entries().clear();

        assertEquals(List.of("/1"), paths(journal));
    }

    @Test
    void concurrentAddsNeverExceedTheCapacity() throws Exception {
        int capacity = 10;
        int threads = 8;
        Journal journal = new Journal(capacity);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> largest = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                largest.add(pool.submit(() -> {
                    start.await();
                    int seen = 0;
                    for (int i = 0; i < 1_000; i++) {
                        journal.add(entry("/" + i));
                        seen = Math.max(seen, journal.entries().size());
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (Future<Integer> f : largest) {
                assertTrue(f.get(10, TimeUnit.SECONDS) <= capacity);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(capacity, journal.entries().size());
    }

    @Test
    void asJsonAnEntryNamesItsOperationEvenWhenNoneAndShowsProgrammingOnlyWhenThereWasSome() throws Exception {
        ObjectMapper json = JsonMapper.create();

        JsonNode plain = json.valueToTree(entry("/x"));
        JsonNode programmed = json.valueToTree(new Journal.Entry(
                Instant.EPOCH,
                "PUT",
                "/v2/accounts/a",
                "updateAccount",
                409,
                "valid",
                List.of(),
                new Applied(Applied.BY_RULE, 3L, 409, "duplicateRegistrationId", 0, null),
                Map.of()));
        JsonNode dropped = json.valueToTree(new Journal.Entry(
                Instant.EPOCH,
                "PUT",
                "/v2/accounts/a",
                "updateAccount",
                0,
                "valid",
                List.of(),
                new Applied(Applied.BY_RULE, 4L, null, null, 1500, Fault.EMPTY_RESPONSE),
                Map.of()));

        assertTrue(plain.has("operationId") && plain.get("operationId").isNull(), plain.toString());
        assertFalse(plain.has("programmed"), plain.toString());
        assertEquals(
                "{\"by\":\"next-responses\",\"id\":3,\"status\":409,\"example\":\"duplicateRegistrationId\"}",
                programmed.get("programmed").toString());
        assertEquals(
                "{\"by\":\"next-responses\",\"id\":4,\"delayMs\":1500,\"fault\":\"EMPTY_RESPONSE\"}",
                dropped.get("programmed").toString());
        assertEquals(0, dropped.get("status").asInt());
    }

    @Test
    void asJsonAStubbedEntrySaysSoAndAProxiedOneCarriesBothVerdicts() {
        ObjectMapper json = JsonMapper.create();

        JsonNode stubbed = json.valueToTree(entry("/x"));
        JsonNode proxied = json.valueToTree(new Journal.Entry(
                Instant.EPOCH,
                "PUT",
                "/v2/managed_accounts/a",
                "updateManagedAccount",
                Journal.PROXIED,
                502,
                200,
                "valid",
                List.of(),
                "invalid",
                List.of("[Path '/name'] Instance type (integer) does not match"),
                null,
                null,
                Map.of()));
        JsonNode unanswered = json.valueToTree(new Journal.Entry(
                Instant.EPOCH,
                "PUT",
                "/v2/managed_accounts/a",
                "updateManagedAccount",
                Journal.PROXIED,
                504,
                null,
                "valid",
                List.of(),
                null,
                null,
                "upstream.timeout",
                null,
                Map.of()));

        assertEquals("stubbed", stubbed.get("mode").asText());
        for (String field : List.of("upstream_status", "response_verdict", "response_problems", "upstream_error")) {
            assertFalse(stubbed.has(field), stubbed.toString());
        }
        assertEquals(
                "[\"at\",\"method\",\"path\",\"operationId\",\"mode\",\"status\",\"upstream_status\",\"verdict\","
                        + "\"problems\",\"response_verdict\",\"response_problems\",\"headers\"]",
                json.valueToTree(fieldNames(proxied)).toString());
        assertEquals(200, proxied.get("upstream_status").asInt());
        assertEquals("invalid", proxied.get("response_verdict").asText());
        assertEquals(
                "[Path '/name'] Instance type (integer) does not match",
                proxied.at("/response_problems/0").asText());
        assertEquals("upstream.timeout", unanswered.get("upstream_error").asText());
        assertFalse(unanswered.has("response_verdict"), unanswered.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Journal.Entry withVerdict(String path, String verdict) {
        return new Journal.Entry(Instant.EPOCH, "PUT", path, 400, verdict, List.of(), Map.of());
    }

    private static Journal.Entry entry(String path) {
        return new Journal.Entry(Instant.EPOCH, "PATCH", path, 200, "valid", List.of(), Map.of());
    }

    private static List<String> paths(Journal journal) {
        return journal.entries().stream().map(Journal.Entry::path).toList();
    }
}
