package dev.stepwise.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How an ordered list of entries with ids changed between two versions, so a writer writes only the rows that did:
 * the places in the new list whose entry is new, moved or changed (each one upsert by id), and the ids that went (each
 * one delete). Never a delete and an insert of the same key: the undo log cannot redo a key deleted and written in one
 * transaction.
 *
 * @param written indexes in the new list to write, in order
 * @param gone    ids of the old list that the new one lacks, in the old list's order
 */
record ListDiff(List<Integer> written, List<String> gone) {

    /** @param same whether the entry at its old place holds what it holds now (its id being equal) */
    static <T> ListDiff of(List<T> before, List<T> after, Function<T, String> id, BiPredicate<T, T> same) {
        Map<String, Integer> was = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            was.put(id.apply(before.get(i)), i);
        }
        List<Integer> written = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            T entry = after.get(i);
            kept.add(id.apply(entry));
            Integer at = was.get(id.apply(entry));
            if (at == null || at != i || !same.test(before.get(at), entry)) {
                written.add(i);
            }
        }
        List<String> gone = before.stream().map(id).filter(old -> !kept.contains(old)).toList();
        return new ListDiff(List.copyOf(written), gone);
    }
}
