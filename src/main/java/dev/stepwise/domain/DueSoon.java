package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is overdue or due within {@link Deadlines#SOON_DAYS} days on a day, milestones and items together, earliest
 * first: what the overview lists and the start-up notice counts. Walks only dated items and the milestones.
 */
public final class DueSoon {
    /** One entry: a milestone or an item, its date and whether it is overdue or due soon. */
    public record Entry(boolean milestone, String id, String title, LocalDate due, DueState state) {
    }

    private DueSoon() {
    }

    public static List<Entry> of(PathState state, LocalDate today) {
        PathShape shape = state.shape();
        Deadlines deadlines = shape.deadlines();
        List<Entry> entries = new ArrayList<>();
        for (Milestone milestone : state.path().milestones()) {
            boolean complete = milestone.itemIds().stream().filter(itemId -> shape.item(itemId).isPresent())
                    .allMatch(itemId -> Deadlines.finished(state.statusOf(itemId)));
            DueState due = Deadlines.state(milestone.due(), complete, today);
            if (due.pressing()) {
                entries.add(new Entry(true, milestone.id(), milestone.title(), milestone.due(), due));
            }
        }
        deadlines.dated().forEach((itemId, date) -> {
            DueState due = Deadlines.state(date, Deadlines.finished(state.statusOf(itemId)), today);
            if (due.pressing()) {
                shape.item(itemId).ifPresent(item -> entries.add(new Entry(false, itemId, item.title(), date, due)));
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
