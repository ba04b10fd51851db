package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is overdue or due within {@link Deadlines#SOON_DAYS} days on a day, milestones and items together, earliest
 * first: what the overview lists and the start-up notice counts. Walks only dated items and the milestones.
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
        PathShape shape = state.shape();
        Deadlines deadlines = shape.deadlines();
        List<Entry> entries = new ArrayList<>();
        for (Milestone milestone : state.path().milestones()) {
            int left = (int) milestone.itemIds().stream().filter(itemId -> shape.item(itemId).isPresent())
                    .filter(itemId -> !Deadlines.finished(state.statusOf(itemId))).count();
            DueState due = Deadlines.state(milestone.due(), left == 0, today);
            if (due.pressing()) {
                entries.add(new Entry(true, milestone.id(), milestone.title(), milestone.due(), due, left));
            }
        }
        deadlines.dated().forEach((itemId, date) -> {
            DueState due = Deadlines.state(date, Deadlines.finished(state.statusOf(itemId)), today);
            if (due.pressing()) {
                shape.item(itemId).filter(item -> date.equals(item.targetDate()))
                        .ifPresent(item -> entries.add(new Entry(false, itemId, item.title(), date, due, 0)));
            }
        });
        entries.sort(Comparator.comparing(Entry::due).thenComparing(entry -> !entry.milestone())
                .thenComparing(Entry::title).thenComparing(Entry::id));
        return List.copyOf(entries);
    }

    public static long overdue(List<Entry> entries) {
        return entries.stream().filter(entry -> entry.state() == DueState.OVERDUE).count();
    }
}
