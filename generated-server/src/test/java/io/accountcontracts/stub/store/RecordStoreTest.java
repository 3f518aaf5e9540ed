package io.accountcontracts.stub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Updates swap whole records in, never lose a concurrent write, and store nothing when rejected. */
class RecordStoreTest {

    private final RecordStore<ObjectNode> store =
            new RecordStore<>(record -> record.path("id").asText(), List.of(record("a", 0), record("b", 0)));

    @Test
    void getFindsARecordByIdAndAllListsThemInOrder() {
        assertEquals(0, store.get("a").orElseThrow().path("count").asInt());
        assertEquals(Optional.empty(), store.get("zz"));
        assertEquals(List.of(record("a", 0), record("b", 0)), store.all());
    }

    @Test
    void aCreatedRecordIsReadBackAndListedLast() {
        store.create(record("c", 1), next -> {});

        assertEquals(1, store.get("c").orElseThrow().path("count").asInt());
        assertEquals(List.of(record("a", 0), record("b", 0), record("c", 1)), store.all());
        assertEquals(true, store.contains("c"));
    }

    @Test
    void aCreateTheRuleRefusesStoresNothing() {
        assertThrows(
                IllegalArgumentException.class,
                () -> store.create(record("c", 1), next -> {
                    throw new IllegalArgumentException("refused");
                }));

        assertEquals(Optional.empty(), store.get("c"));
        assertEquals(2, store.all().size());
    }

    @Test
    void aCreateWithAStoredIdIsRefusedAndKeepsTheStoredRecord() {
        assertThrows(IllegalStateException.class, () -> store.create(record("a", 9), next -> {}));

        assertEquals(0, store.get("a").orElseThrow().path("count").asInt());
    }

    @Test
    void aDeletedRecordIsGoneFromGetAllAndUpdate() {
        assertEquals(Optional.of(record("a", 0)), store.delete("a"));

        assertEquals(Optional.empty(), store.get("a"));
        assertEquals(List.of(record("b", 0)), store.all());
        assertEquals(Optional.empty(), store.update("a", current -> current));
        assertEquals(Optional.empty(), store.delete("a"));
    }

    @Test
    void allIsACopyOfTheTable() {
        store.all().clear();

        assertEquals(2, store.all().size());
    }

    @Test
    void replaceAllDropsTheRecordsThatWereThere() {
        store.replaceAll(List.of(record("c", 7)));

        assertEquals(List.of(record("c", 7)), store.all());
        assertEquals(Optional.empty(), store.get("a"));
    }

    @Test
    void updateOfAnUnknownIdIsEmptyAndNeverRunsTheChange() {
        assertEquals(Optional.empty(), store.update("zz", current -> {
            throw new AssertionError("no record to change");
        }));
    }

    @Test
    void updateStoresTheChangedRecordWholeAndLeavesTheOldOneAlone() {
        ObjectNode before = store.get("a").orElseThrow();

        ObjectNode after = store.update("a", RecordStoreTest::increment).orElseThrow();

        assertSame(after, store.get("a").orElseThrow());
        assertEquals(1, after.path("count").asInt());
        assertEquals(record("a", 0), before);
        assertEquals(record("b", 0), store.get("b").orElseThrow());
    }

    @Test
    void aRejectingAdmitStoresNothing() {
        ObjectNode before = store.get("a").orElseThrow();

        assertThrows(
                IllegalArgumentException.class,
                () -> store.update("a", RecordStoreTest::increment, next -> {
                    throw new IllegalArgumentException("rejected");
                }));

        assertSame(before, store.get("a").orElseThrow());
    }

    @Test
    void anUpdateMayNotChangeTheRecordsId() {
        assertThrows(IllegalStateException.class, () -> store.update("a", current -> record("b", 5)));

        assertEquals(List.of(record("a", 0), record("b", 0)), store.all());
    }

    @Test
    void aChangeOvertakenByAnotherUpdateIsReappliedToTheNewerRecord() {
        // The change runs outside the lock; the nested update plays another request landing in that gap.
        List<Integer> seen = new ArrayList<>();
        ObjectNode result = store.update("a", current -> {
                    seen.add(current.path("count").asInt());
                    if (seen.size() == 1) {
                        store.update("a", other -> other.deepCopy().put("count", 10));
                    }
                    return increment(current);
                })
                .orElseThrow();

        assertEquals(List.of(0, 10), seen);
        assertEquals(11, result.path("count").asInt());
        assertSame(result, store.get("a").orElseThrow());
    }

    @Test
    void concurrentUpdatesLoseNoWrite() throws Exception {
        int threads = 8;
        int updatesEach = 500;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < updatesEach; i++) {
                        store.update("a", RecordStoreTest::increment);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(
                threads * updatesEach,
                store.get("a").orElseThrow().path("count").asInt());
    }

    private static ObjectNode increment(ObjectNode current) {
        return current.deepCopy().put("count", current.path("count").asInt() + 1);
    }

    private static ObjectNode record(String id, int count) {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("count", count);
    }
}
