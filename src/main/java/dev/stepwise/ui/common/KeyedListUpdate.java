package dev.stepwise.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings a shown list to a new content by key, changing only what differs: an element whose key stays is replaced
 * where it stands (and only when it changed), the others are removed or inserted. A control showing the list keeps
 * its selection through it; {@code setAll} replaced every element, and a {@code ComboBox} showing one of them went
 * blank although an equal element was selected again at once.
 */
public final class KeyedListUpdate {
    private KeyedListUpdate() {
    }

    /** Makes {@code shown} equal to {@code wanted}, element by element, keys compared with {@code key}. */
    public static <T> void apply(List<T> shown, List<T> wanted, Function<T, ?> key) {
        Set<Object> wantedKeys = wanted.stream().map(key).collect(Collectors.toSet());
        shown.removeIf(element -> !wantedKeys.contains(key.apply(element)));
        for (int i = 0; i < wanted.size(); i++) {
            T next = wanted.get(i);
            Object nextKey = key.apply(next);
            int at = indexOf(shown, nextKey, key, i);
            if (at == i) {
                if (!Objects.equals(shown.get(i), next)) {
                    shown.set(i, next);
                }
            } else {
                if (at > i) {
                    shown.remove(at);
                }
                shown.add(i, next);
            }
        }
    }

    private static <T> int indexOf(List<T> shown, Object wantedKey, Function<T, ?> key, int from) {
        for (int i = from; i < shown.size(); i++) {
            if (key.apply(shown.get(i)).equals(wantedKey)) {
                return i;
            }
        }
        return -1;
    }
}
