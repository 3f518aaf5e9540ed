package io.accountcontracts.contract.junit;

import io.accountcontracts.stub.admin.Journal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The breaches in a stub's journal that a test or a class has already answered for. With the journal kept from
 * one test to the next ({@code resetOnEachTest} off), each breach must still fail exactly one test: this tells
 * what is new since the last judgement, including breaches the journal dropped before anyone saw them.
 */
final class JudgedBreaches {

    // Only breaches are kept, and only while the journal holds them: bounded by the journal's own size.
    private final Set<Journal.Entry> judged = Collections.newSetFromMap(new IdentityHashMap<>());
    private long epoch = -1;
    private long droppedAccountedFor;

    /** What arrived since the last call (or the last clear of the journal); from now on it counts as judged. */
    synchronized Journal.Snapshot unjudged(Journal journal) {
        long now = journal.epoch();
        Journal.Snapshot snapshot = journal.snapshot();
        if (now != epoch) {
            // Cleared (a reset): its drop counts started again, and nothing in it was judged.
            judged.clear();
            droppedAccountedFor = 0;
            epoch = now;
        }
        Set<Journal.Entry> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(snapshot.requests());
        long judgedSinceDropped = 0;
        for (Iterator<Journal.Entry> it = judged.iterator(); it.hasNext(); ) {
            if (!present.contains(it.next())) {
                judgedSinceDropped++;
                it.remove();
            }
        }
        List<Journal.Entry> fresh =
                snapshot.requests().stream().filter(e -> !judged.contains(e)).toList();
        fresh.stream().filter(Journal.Entry::breaksContract).forEach(judged::add);
        Journal.Dropped dropped = snapshot.dropped();
        long droppedUnseen = Math.max(0, dropped.breaches() - droppedAccountedFor - judgedSinceDropped);
        droppedAccountedFor = dropped.breaches();
        return new Journal.Snapshot(
                fresh,
                new Journal.Dropped(dropped.requests(), droppedUnseen, dropped.maxRequests(), dropped.maxBytes()));
    }
}
