package io.accountcontracts.stub.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An in-memory table of one vendor's records, keyed by id.
 *
 * <p>Records are treated as immutable values: an update builds a new record from the old one and
 * swaps it in whole. Writers are serialised by one lock so that a change can check every other
 * record (uniqueness rules) and a reader never sees a record half-way through an update.
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

    /**
     * Replaces the record with the given id by {@code change(current)}, atomically. The change may
     * throw to reject the update, in which case nothing is stored. Empty when the id is unknown.
     */
    public synchronized Optional<T> update(String id, UnaryOperator<T> change) {
        T current = records.get(id);
        if (current == null) {
            return Optional.empty();
        }
        T next = change.apply(current);
        if (!id.equals(idOf.apply(next))) {
            throw new IllegalStateException("an update may not change a record's id");
        }
        records.put(id, next);
        return Optional.of(next);
    }

    public synchronized void replaceAll(Collection<T> fresh) {
        records.clear();
        for (T record : fresh) {
            records.put(idOf.apply(record), record);
        }
    }
}
