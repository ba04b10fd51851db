package dev.stepwise.domain;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.pcollections.PSortedSet;
import org.pcollections.TreePSet;

/**
 * Where one milestone's checklist items stand — done, counted (all but the skipped) and left (neither done nor
 * skipped), in the milestone's order — kept up to date item by item: the figures of {@link MilestoneStanding} without
 * a walk of the milestone's items. Immutable; a status change that moves nothing here returns the same object.
 */
final class MilestoneTally {
    private final List<String> itemIds;
    private final int done;
    private final int counted;
    private final PSortedSet<Integer> leftPositions;
    private final Left left;

    private MilestoneTally(List<String> itemIds, int done, int counted, PSortedSet<Integer> leftPositions) {
        this.itemIds = itemIds;
        this.done = done;
        this.counted = counted;
        this.leftPositions = leftPositions;
        this.left = new Left(itemIds, leftPositions);
    }

    /** Counts the milestone's items once: those not in the checklist (archived) are in no figure. */
    static MilestoneTally count(Milestone milestone, PathShape shape, PathTallies.StatusLookup statuses) {
        int done = 0;
        int counted = 0;
        TreeSet<Integer> left = new TreeSet<>();
        List<String> itemIds = milestone.itemIds();
        for (int position = 0; position < itemIds.size(); position++) {
            String itemId = itemIds.get(position);
            if (shape.item(itemId).isEmpty()) {
                continue;
            }
            ItemStatus status = statuses.statusOf(itemId);
            counted += status == ItemStatus.SKIPPED ? 0 : 1;
            done += status == ItemStatus.DONE ? 1 : 0;
            if (isLeft(status)) {
                left.add(position);
            }
        }
        return new MilestoneTally(itemIds, done, counted, TreePSet.fromSortedSet(left));
    }

    /** The tally after the checklist item at {@code position} of the milestone moved from one status to another. */
    MilestoneTally moved(int position, ItemStatus before, ItemStatus after) {
        if (before == after || isLeft(before) && isLeft(after)) {
            return this;
        }
        int doneNow = done - (before == ItemStatus.DONE ? 1 : 0) + (after == ItemStatus.DONE ? 1 : 0);
        int countedNow = counted - (before == ItemStatus.SKIPPED ? 0 : 1) + (after == ItemStatus.SKIPPED ? 0 : 1);
        PSortedSet<Integer> leftNow = isLeft(after) ? leftPositions.plus(position) : leftPositions.minus(position);
        return new MilestoneTally(itemIds, doneNow, countedNow, leftNow);
    }

    private static boolean isLeft(ItemStatus status) {
        return status == ItemStatus.NOT_STARTED || status == ItemStatus.LEARNING;
    }

    int done() {
        return done;
    }

    int counted() {
        return counted;
    }

    /** Ids of the items left, in the milestone's order: a view, read only as far as the reader goes. */
    List<String> left() {
        return left;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MilestoneTally that && done == that.done && counted == that.counted
                && itemIds.equals(that.itemIds) && leftPositions.equals(that.leftPositions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(done, counted, leftPositions);
    }

    /**
     * The ids at the positions left, in order. A timeline shows the first few of a milestone's items left, and compares
     * standings on every tick: copying every milestone's list each time would walk the path's milestones again. The
     * first read by index copies it once; iterating and counting do not.
     */
    static final class Left extends AbstractList<String> {
        private final List<String> itemIds;
        private final PSortedSet<Integer> positions;
        private volatile List<String> copy;

        private Left(List<String> itemIds, PSortedSet<Integer> positions) {
            this.itemIds = itemIds;
            this.positions = positions;
        }

        @Override
        public String get(int index) {
            List<String> read = copy;
            if (read == null) {
                read = positions.stream().map(itemIds::get).toList();
                copy = read;
            }
            return read.get(index);
        }

        @Override
        public int size() {
            return positions.size();
        }

        @Override
        public Iterator<String> iterator() {
            Iterator<Integer> at = positions.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return at.hasNext();
                }

                @Override
                public String next() {
                    return itemIds.get(at.next());
                }
            };
        }
    }
}
