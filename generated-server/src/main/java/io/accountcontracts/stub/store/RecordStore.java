package io.accountcontracts.stub.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An in-memory table of one vendor's records, keyed by id.
 *
 * <p>Records are treated as immutable values: an update builds a new record from the old one and
 * swaps it in whole. Swaps are serialised by one lock so that a change can check every other record
 * (uniqueness rules) and a reader never sees a record half-way through an update.
 */
public final class RecordStore<T> {

    private final Function<T, String> idOf;
    private final Map<String, T> records = new LinkedHashMap<>();

    public RecordStore(Function<T, String> idOf, Collection<T> initial) {
        this.idOf = idOf;
        replaceAll(initial);
    }

    public synchronized Optional<T> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    public synchronized List<T> all() {
        return new ArrayList<>(records.values());
    }

    /** Replaces a record by {@code change(current)}; see {@link #update(String, UnaryOperator, Consumer)}. */
    public Optional<T> update(String id, UnaryOperator<T> change) {
        return update(id, change, next -> {});
    }

    /**
     * Replaces the record with the given id by {@code change(current)}, atomically. Empty when the id is
     * unknown.
     *
     * <p>{@code change} is the costly part (a merge and a copy), so it runs outside the lock, on the
     * record as it then was; the result is stored only if no other update of that record came in
     * meanwhile, and otherwise {@code change} runs again on the newer record. {@code admit} runs under
     * the lock just before the store, so a rule that looks at the other records sees them settled.
     * Either may throw to reject the update, and then nothing is stored.
     */
    public Optional<T> update(String id, UnaryOperator<T> change, Consumer<T> admit) {
        while (true) {
            T current = get(id).orElse(null);
            if (current == null) {
                return Optional.empty();
            }
            T next = change.apply(current);
            if (!id.equals(idOf.apply(next))) {
                throw new IllegalStateException("an update may not change a record's id");
            }
            synchronized (this) {
                if (records.get(id) == current) {
                    admit.accept(next);
                    records.put(id, next);
                    return Optional.of(next);
                }
            }
        }
    }

    /**
     * Adds a new record, after {@code admit} (which may throw to refuse it) has seen it under the lock, as an
     * update's does. The caller made its id, unused: one already stored is a mistake in the caller.
     */
    public T create(T record, Consumer<T> admit) {
        String id = idOf.apply(record);
        synchronized (this) {
            if (records.containsKey(id)) {
                throw new IllegalStateException("a new record's id is already stored");
            }
            admit.accept(record);
            records.put(id, record);
        }
        return record;
    }

    /** Whether a record has this id: a caller making a new id draws again while it does. */
    public synchronized boolean contains(String id) {
        return records.containsKey(id);
    }

    /** Removes the record with the given id; empty when there was none. */
    public synchronized Optional<T> delete(String id) {
        return Optional.ofNullable(records.remove(id));
    }

    public synchronized void replaceAll(Collection<T> fresh) {
        records.clear();
        for (T record : fresh) {
            records.put(idOf.apply(record), record);
        }
    }
}
