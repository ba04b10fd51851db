package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a milestone stands on a day: its items done and counted (skipped ones are not), what is left, its span (from
 * the previous milestone's date, or the path's start for the first, to its own date), how much of that span has
 * passed, whether it is on track and whether it is due.
 *
 * @param spanStart    the day its span begins
 * @param done         its checklist items done
 * @param counted      its checklist items that count: all but the skipped
 * @param left         ids of its items not done yet (neither done nor skipped), in the milestone's order
 * @param elapsedShare the share of the span passed, 0 to 1
 * @param onTrack      done share at least the elapsed share; always so once nothing is left
 * @param due          due state: overdue or due soon only while something is left
 * @param daysLeft     calendar days from today to its date; negative once past
 */
public record MilestoneStanding(Milestone milestone, LocalDate spanStart, int done, int counted, List<String> left,
                                double elapsedShare, boolean onTrack, DueState due, long daysLeft) {
    public MilestoneStanding {
        // The kept figures' list is immutable already, and copying it would walk the milestone's items on every tick.
        left = left instanceof MilestoneTally.Left kept ? kept : List.copyOf(left);
    }

    /** Done share, 0 to 1; a milestone with nothing to count is complete. */
    public double doneShare() {
        return counted == 0 ? 1.0 : (double) done / counted;
    }

    public boolean complete() {
        return left.isEmpty();
    }

    /** It has no items: nothing to be done, so it is shown as neither done nor behind. */
    public boolean hasNoItems() {
        return milestone.itemIds().isEmpty();
    }
}
