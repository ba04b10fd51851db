package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What is overdue or due within {@link Deadlines#SOON_DAYS} days on a day, milestones and items together, earliest
 * first: the first few entries, and how many there are in all and overdue. That is all the overview lists and the
 * start-up notice says, and it costs what they show, not the path's size: on a large path thousands of items may be
 * overdue, and making and sorting an entry for each on every tick of a dated item took milliseconds of the FX thread.
 * Reads the figures the state keeps up to date ({@link CalendarTallies}): one step per milestone and per entry made,
 * and O(log n) per count.
 *
 * <p>An item is listed for its own target date only: one due through its milestone is counted in that milestone's
 * line, which is pressing whenever such an item is (the item is unfinished, so the milestone is not complete, and
 * its date is the item's). The checklist still marks each such item.
 *
 * @param first          the first entries in the list's order (date; on one date milestones first; then title, id)
 * @param count          how many entries the whole list has
 * @param overdue        how many of them are overdue
 * @param firstMilestone the earliest pressing milestone, which may come after {@code first}: the notice opens it
 */
public record DueSoon(List<Entry> first, int count, int overdue, Optional<Entry> firstMilestone) {
    /**
     * One entry: a milestone or an item, its date, whether it is overdue or due soon, and for a milestone how many of
     * its items are left.
     */
    public record Entry(boolean milestone, String id, String title, LocalDate due, DueState state, int left) {
    }

    /** The list's order; the kept dated items are already in it among themselves. */
    private static final Comparator<Entry> IN_LIST_ORDER = Comparator.comparing(Entry::due)
            .thenComparing(entry -> !entry.milestone()).thenComparing(Entry::title).thenComparing(Entry::id);

    public DueSoon {
        first = List.copyOf(first);
    }

    /** The list on {@code today}, with at most its first {@code limit} entries spelt out. */
    public static DueSoon of(PathState state, LocalDate today, int limit) {
        CalendarTallies calendar = state.tallies().calendar();
        List<Entry> milestones = pressingMilestones(state.path().milestones(), calendar, today);
        LocalDate last = today.plusDays(Deadlines.SOON_DAYS);
        Iterator<CalendarTallies.Dated> items = calendar.openDatedUpTo(last).iterator();
        // Milestones are few, so sorted in full; the items come in order, so the first ones are merged in.
        List<Entry> first = new ArrayList<>();
        int nextMilestone = 0;
        Entry nextItem = nextItem(items, today);
        while (first.size() < limit && (nextMilestone < milestones.size() || nextItem != null)) {
            if (nextItem == null || nextMilestone < milestones.size()
                    && IN_LIST_ORDER.compare(milestones.get(nextMilestone), nextItem) < 0) {
                first.add(milestones.get(nextMilestone++));
            } else {
                first.add(nextItem);
                nextItem = nextItem(items, today);
            }
        }
        int overdueMilestones = (int) milestones.stream().filter(entry -> entry.state() == DueState.OVERDUE).count();
        return new DueSoon(first, milestones.size() + calendar.openDatedBefore(last.plusDays(1)),
                overdueMilestones + calendar.openDatedBefore(today), milestones.stream().findFirst());
    }

    /** Whether nothing at all is overdue or due soon. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** How many entries are due soon but not overdue. */
    public int soon() {
        return count - overdue;
    }

    private static List<Entry> pressingMilestones(List<Milestone> milestones, CalendarTallies calendar, LocalDate today) {
        List<Entry> pressing = new ArrayList<>();
        for (int index = 0; index < milestones.size(); index++) {
            Milestone milestone = milestones.get(index);
            int left = calendar.milestone(index).left().size();
            DueState due = Deadlines.state(milestone.due(), left == 0, today);
            if (due.pressing()) {
                pressing.add(new Entry(true, milestone.id(), milestone.title(), milestone.due(), due, left));
            }
        }
        // Stable: two milestones alike in all four keep the path's order, as the full sort kept them.
        pressing.sort(IN_LIST_ORDER);
        return pressing;
    }

    private static Entry nextItem(Iterator<CalendarTallies.Dated> items, LocalDate today) {
        if (!items.hasNext()) {
            return null;
        }
        CalendarTallies.Dated dated = items.next();
        return new Entry(false, dated.itemId(), dated.title(), dated.due(), Deadlines.state(dated.due(), false, today), 0);
    }
}
