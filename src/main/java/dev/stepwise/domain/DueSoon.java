package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is overdue or due within {@link Deadlines#SOON_DAYS} days on a day, milestones and items together, earliest
 * first: what the overview lists and the start-up notice counts. Reads the figures the state keeps up to date
 * ({@link CalendarTallies}): one step per milestone and per item listed, not a walk of every dated item.
 *
 * <p>An item is listed for its own target date only: one due through its milestone is counted in that milestone's
 * line, which is pressing whenever such an item is (the item is unfinished, so the milestone is not complete, and
 * its date is the item's). The checklist still marks each such item.
 */
public final class DueSoon {
    /**
     * One entry: a milestone or an item, its date, whether it is overdue or due soon, and for a milestone how many of
     * its items are left.
     */
    public record Entry(boolean milestone, String id, String title, LocalDate due, DueState state, int left) {
    }

    private DueSoon() {
    }

    public static List<Entry> of(PathState state, LocalDate today) {
        CalendarTallies calendar = state.tallies().calendar();
        List<Milestone> milestones = state.path().milestones();
        List<Entry> entries = new ArrayList<>();
        for (int index = 0; index < milestones.size(); index++) {
            Milestone milestone = milestones.get(index);
            int left = calendar.milestone(index).left().size();
            DueState due = Deadlines.state(milestone.due(), left == 0, today);
            if (due.pressing()) {
                entries.add(new Entry(true, milestone.id(), milestone.title(), milestone.due(), due, left));
            }
        }
        for (CalendarTallies.Dated dated : calendar.openDatedUpTo(today.plusDays(Deadlines.SOON_DAYS))) {
            DueState due = Deadlines.state(dated.due(), false, today);
            state.shape().item(dated.itemId())
                    .ifPresent(item -> entries.add(new Entry(false, item.id(), item.title(), dated.due(), due, 0)));
        }
        entries.sort(Comparator.comparing(Entry::due).thenComparing(entry -> !entry.milestone())
                .thenComparing(Entry::title).thenComparing(Entry::id));
        return List.copyOf(entries);
    }

    public static long overdue(List<Entry> entries) {
        return entries.stream().filter(entry -> entry.state() == DueState.OVERDUE).count();
    }
}
