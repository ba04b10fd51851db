package dev.stepwise.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A done item's next review: the date it is due and, for a spaced review, which step of {@link #SPACING} it is on.
 * The rules take {@code today} (from the injected clock, in the learner's zone) so they are tested on fixed dates.
 *
 * <p>Decisions: the next date counts from the day the learner confirms, not from the due date (a review confirmed a
 * week late is not due again at once); confirming the last spaced step (21 days) or a one-off "in 2 weeks" review
 * ends the schedule — an item remembered after 1 + 3 + 7 + 21 days is learned, and repeating every three weeks
 * forever would fill the queue with what the learner knows.
 */
public record Review(String itemId, LocalDate dueOn, ReviewPlan plan, int step) {
    /** Days until each spaced review, step 0 first. */
    public static final List<Integer> SPACING = List.of(1, 3, 7, 21);
    public static final int ONE_OFF_DAYS = 14;

    public Review {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(plan, "plan");
        int last = plan == ReviewPlan.SPACED ? SPACING.size() - 1 : 0;
        if (step < 0 || step > last) {
            throw new IllegalArgumentException("review step " + step + " is not one of plan " + plan);
        }
    }

    /** A new review of a done item: in two weeks, or the first spaced step (tomorrow). Only a done item gets one. */
    public static Review schedule(ItemProgress progress, ReviewPlan plan, LocalDate today) {
        if (progress.status() != ItemStatus.DONE) {
            throw new InvalidEditException(Phrase.of("review.invalid.notDone", progress.itemId()));
        }
        int days = plan == ReviewPlan.SPACED ? SPACING.get(0) : ONE_OFF_DAYS;
        return new Review(progress.itemId(), today.plusDays(days), plan, 0);
    }

    /** The review after this one was confirmed today: the next spaced step, or empty when the schedule ends. */
    public Optional<Review> confirmed(LocalDate today) {
        if (plan != ReviewPlan.SPACED || step + 1 >= SPACING.size()) {
            return Optional.empty();
        }
        return Optional.of(new Review(itemId, today.plusDays(SPACING.get(step + 1)), plan, step + 1));
    }

    /** Due today or overdue. */
    public boolean isDueOn(LocalDate today) {
        return !dueOn.isAfter(today);
    }

    /** The review queue: reviews due today or overdue, the longest overdue first (then by item id, for a stable order). */
    public static List<Review> queue(Collection<Review> reviews, LocalDate today) {
        return reviews.stream().filter(review -> review.isDueOn(today))
                .sorted(Comparator.comparing(Review::dueOn).thenComparing(Review::itemId)).toList();
    }

    /**
     * What reopening a reviewed item makes of its progress: learning again, through the same status rule as the
     * checklist (the start date is kept, the done date cleared).
     */
    public static ItemProgress reopened(ItemProgress progress, LocalDate today) {
        return progress.withStatus(ItemStatus.LEARNING, today);
    }
}
