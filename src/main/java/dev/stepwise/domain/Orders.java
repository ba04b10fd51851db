package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How two orders of the same ids relate: which ids kept their order, and which one comes before an id. */
final class Orders {
    private Orders() {
    }

    /**
     * The ids both lists hold that keep their relative order from {@code from} to {@code to}: a longest common
     * subsequence (a longest increasing one, as ids are unique; O(n log n)). Every other common id counts as moved,
     * so an insertion, a removal or a swap of two neighbours does not make their neighbours "moved" too.
     */
    static Set<String> keptInOrder(List<String> from, List<String> to) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            position.putIfAbsent(from.get(i), i);
        }
        List<String> common = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (String id : to) {
            Integer at = position.get(id);
            if (at != null) {
                common.add(id);
                positions.add(at);
            }
        }
        int[] tails = new int[common.size()];
        int[] before = new int[common.size()];
        int length = 0;
        for (int i = 0; i < common.size(); i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (positions.get(tails[middle]) < positions.get(i)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            before[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        Set<String> kept = new HashSet<>();
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = before[i]) {
            kept.add(common.get(i));
        }
        return kept;
    }

    /** The id just before {@code id} in {@code ids}, or {@code null} when it is first or absent. */
    static String previous(List<String> ids, String id) {
        int index = ids.indexOf(id);
        return index > 0 ? ids.get(index - 1) : null;
    }
}
