package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePSet;
import org.pcollections.TreePVector;

/**
 * The figures of the path's calendar, kept up to date as {@link PathTallies} keeps the checklist's: each milestone's
 * items done, counted and left ({@link MilestoneTally}), the unfinished checklist items with a date of their own by
 * date, and the skipped items the plan holds by the day it first asks for them. Counted once for a path; after that a
 * status change moves them in O(the item's milestones · log n), so the timeline, what is due soon and the plan line
 * no longer walk every milestone's items on each tick. Immutable, shares structure with the tallies it came from.
 *
 * <p>The dated items are kept in the order the due-soon list shows them (date, title, id), so its first lines are the
 * set's first elements and its counts are the sizes of two head sets: O(log n) each in a {@link TreePSet}, which
 * keeps every subtree's size, rather than a walk of every overdue item.
 */
final class CalendarTallies {
    /**
     * An unfinished checklist item with a date of its own, and its title: the due-soon list orders one day's items by
     * it. A title changes only with the path's content, which counts the figures afresh.
     */
    record Dated(LocalDate due, String title, String itemId) {
        /** Sorts before every item on the day: the empty id is no item's. */
        static Dated before(LocalDate day) {
            return new Dated(day, "", "");
        }
    }

    /** The due-soon list's order of items: by date, then title, then id. */
    private static final Comparator<Dated> IN_LIST_ORDER = Comparator.comparing(Dated::due).thenComparing(Dated::title)
            .thenComparing(Dated::itemId);

    /** By the milestone's index in the path's list (two milestones may share an id in a malformed path). */
    private final PVector<MilestoneTally> milestones;
    /** A TreePSet, not any sorted set: its head sets' sizes cost O(log n) (its Javadoc's guarantee). */
    private final TreePSet<Dated> openDated;
    private final PMap<LocalDate, Integer> skippedFrom;

    private CalendarTallies(PVector<MilestoneTally> milestones, TreePSet<Dated> openDated,
                            PMap<LocalDate, Integer> skippedFrom) {
        this.milestones = milestones;
        this.openDated = openDated;
        this.skippedFrom = skippedFrom;
    }

    /** Counts everything once, as {@link PathTallies#count} does. */
    static CalendarTallies count(LearningPath path, PathShape shape, PathTallies.StatusLookup statuses) {
        List<MilestoneTally> tallies = new ArrayList<>();
        path.milestones().forEach(milestone -> tallies.add(MilestoneTally.count(milestone, shape, statuses)));
        List<Dated> open = new ArrayList<>();
        shape.deadlines().dated().forEach((itemId, due) -> {
            if (ownDate(shape, itemId) != null && !Deadlines.finished(statuses.statusOf(itemId))) {
                open.add(dated(shape, due, itemId));
            }
        });
        Map<LocalDate, Integer> skipped = new HashMap<>();
        shape.milestones().plannedOn().forEach((itemId, day) -> {
            if (statuses.statusOf(itemId) == ItemStatus.SKIPPED) {
                skipped.merge(day, 1, Integer::sum);
            }
        });
        return new CalendarTallies(TreePVector.from(tallies), TreePSet.from(IN_LIST_ORDER, open), HashTreePMap.from(skipped));
    }

    /** The tallies after one item (in the checklist or archived) moved from {@code before} to {@code after}. */
    CalendarTallies moved(PathShape shape, String itemId, ItemStatus before, ItemStatus after) {
        PVector<MilestoneTally> milestonesNow = milestones;
        if (shape.item(itemId).isPresent()) {
            for (MilestoneIndex.Slot slot : shape.milestones().slotsOf(itemId)) {
                MilestoneTally tally = milestonesNow.get(slot.milestone());
                MilestoneTally moved = tally.moved(slot.position(), before, after);
                if (moved != tally) {
                    milestonesNow = milestonesNow.with(slot.milestone(), moved);
                }
            }
        }
        TreePSet<Dated> openNow = openDated;
        LocalDate own = ownDate(shape, itemId);
        if (own != null && Deadlines.finished(before) != Deadlines.finished(after)) {
            Dated dated = dated(shape, own, itemId);
            openNow = Deadlines.finished(after) ? openNow.minus(dated) : openNow.plus(dated);
        }
        PMap<LocalDate, Integer> skippedNow = skippedFrom;
        LocalDate planned = shape.milestones().plannedOn(itemId);
        if (planned != null && (before == ItemStatus.SKIPPED) != (after == ItemStatus.SKIPPED)) {
            int count = skippedNow.getOrDefault(planned, 0) + (after == ItemStatus.SKIPPED ? 1 : -1);
            skippedNow = count == 0 ? skippedNow.minus(planned) : skippedNow.plus(planned, count);
        }
        if (milestonesNow == milestones && openNow == openDated && skippedNow == skippedFrom) {
            return this;
        }
        return new CalendarTallies(milestonesNow, openNow, skippedNow);
    }

    /** The figures of the milestone at this index of the path's list. */
    MilestoneTally milestone(int index) {
        return milestones.get(index);
    }

    /**
     * The unfinished checklist items with a date of their own on or before {@code last}, in the due-soon list's order
     * (date, title, id). Lazy: reading the first few costs O(log n + few).
     */
    Iterable<Dated> openDatedUpTo(LocalDate last) {
        return openDated.headSet(Dated.before(last.plusDays(1)), false);
    }

    /** How many unfinished checklist items have a date of their own before {@code day}: O(log n), no walk. */
    int openDatedBefore(LocalDate day) {
        return openDated.headSet(Dated.before(day), false).size();
    }

    /**
     * The plan line, as {@link PlanPoint#ofMilestones} draws it without the skipped items: on each milestone date,
     * the items planned by then less those skipped. Costs one step per milestone date, not one per item.
     */
    List<PlanPoint> plan(MilestoneIndex index) {
        List<PlanPoint> points = new ArrayList<>();
        int planned = 0;
        for (Map.Entry<LocalDate, Integer> day : index.plannedFrom().entrySet()) {
            planned += day.getValue() - skippedFrom.getOrDefault(day.getKey(), 0);
            points.add(new PlanPoint(day.getKey(), planned));
        }
        return List.copyOf(points);
    }

    private static Dated dated(PathShape shape, LocalDate due, String itemId) {
        return new Dated(due, shape.item(itemId).orElseThrow().title(), itemId);
    }

    /** The item's date when it is its own (not a milestone's); what is due soon lists an item only for that. */
    private static LocalDate ownDate(PathShape shape, String itemId) {
        LocalDate due = shape.deadlines().dueOf(itemId).orElse(null);
        return due != null && shape.item(itemId).filter(item -> due.equals(item.targetDate())).isPresent() ? due : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarTallies that && milestones.equals(that.milestones) && openDated.equals(that.openDated)
                && skippedFrom.equals(that.skippedFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(milestones, openDated, skippedFrom);
    }
}
