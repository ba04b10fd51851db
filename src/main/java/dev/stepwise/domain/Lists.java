package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Immutable-list edits that the path edits share: insert, replace, remove and move one element. */
final class Lists {
    private Lists() {
    }

    /** Inserts at {@code index}, clamped to the list, so "at the end" can be said as {@code Integer.MAX_VALUE}. */
    static <T> List<T> inserted(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.max(0, Math.min(index, copy.size())), value);
        return copy;
    }

    static <T> int indexOf(List<T> list, Predicate<T> match) {
        for (int i = 0; i < list.size(); i++) {
            if (match.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static <T> List<T> replaced(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    static <T> List<T> removed(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** Moves the element at {@code from} so that it ends up at {@code to} (clamped to the list). */
    static <T> List<T> moved(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        T value = copy.remove(from);
        copy.add(Math.max(0, Math.min(to, copy.size())), value);
        return copy;
    }
}
