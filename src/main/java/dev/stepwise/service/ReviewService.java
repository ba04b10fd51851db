package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.StudyTimeRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reviews of done items: scheduling one, confirming it (the item is still known; the next spaced step follows) and
 * reopening the item (learning again). Each is one transaction with its activity entry, so one undo step.
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class ReviewService {
    private final Database database;
    private final ItemProgressRepository itemProgress;
    private final StudyTimeRepository studyTime;
    private final ActivityRepository activity;
    private final Clock clock;

    public ReviewService(Database database, ItemProgressRepository itemProgress, StudyTimeRepository studyTime,
                         ActivityRepository activity, Clock clock) {
        this.database = database;
        this.itemProgress = itemProgress;
        this.studyTime = studyTime;
        this.activity = activity;
        this.clock = clock;
    }

    /** Gives a done item a review (replacing the one it has); refused for an item that is not done. */
    public Review schedule(String pathId, String itemId, ReviewPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return database.inTransaction(() -> {
            ItemProgress progress = existingItem(pathId, itemId);
            Instant now = clock.instant();
            Review review = Review.schedule(progress, plan, today(now));
            Optional<Review> before = studyTime.review(pathId, itemId);
            if (before.equals(Optional.of(review))) {
                return review;
            }
            studyTime.saveReview(pathId, review);
            record(now, pathId, ActivityKind.REVIEW_SCHEDULED, itemId,
                    new ActivityChange.ReviewDates(before.map(Review::dueOn), Optional.of(review.dueOn())));
            return review;
        });
    }

    /** The learner still knows the item: the next spaced review, or none when the schedule ends. */
    public Optional<Review> confirm(String pathId, String itemId) {
        return confirm(pathId, itemId, null);
    }

    /**
     * Confirms the review the learner saw, due on {@code shownDue}: when the stored review is already another one (a key
     * held down, a double click — the first press confirmed it), nothing changes, rather than a second step skipped.
     */
    public Optional<Review> confirm(String pathId, String itemId, LocalDate shownDue) {
        return database.inTransaction(() -> {
            existingItem(pathId, itemId);
            Optional<Review> stored = studyTime.review(pathId, itemId);
            if (shownDue != null && !stored.map(Review::dueOn).filter(shownDue::equals).isPresent()) {
                return stored;
            }
            Review review = stored.orElseThrow(() -> new InvalidEditException(Phrase.of("review.invalid.none", itemId)));
            Instant now = clock.instant();
            Optional<Review> next = review.confirmed(today(now));
            next.ifPresentOrElse(following -> studyTime.saveReview(pathId, following),
                    () -> studyTime.deleteReview(pathId, itemId));
            record(now, pathId, ActivityKind.REVIEW_CONFIRMED, itemId,
                    new ActivityChange.ReviewDates(Optional.of(review.dueOn()), next.map(Review::dueOn)));
            return next;
        });
    }

    /**
     * Takes the item's planned review off; the item stays done. Nothing changes when it has none. A planned review
     * could only be replaced by another before (or undone).
     */
    public Optional<Review> remove(String pathId, String itemId) {
        return database.inTransaction(() -> {
            existingItem(pathId, itemId);
            Optional<Review> review = studyTime.review(pathId, itemId);
            if (review.isPresent()) {
                studyTime.deleteReview(pathId, itemId);
                record(clock.instant(), pathId, ActivityKind.REVIEW_REMOVED, itemId,
                        new ActivityChange.ReviewDates(review.map(Review::dueOn), Optional.empty()));
            }
            return review;
        });
    }

    /** The learner has to go over the item again: learning once more, its review gone. Only a done item is reopened. */
    public ItemProgress reopen(String pathId, String itemId) {
        return database.inTransaction(() -> {
            ItemProgress before = existingItem(pathId, itemId);
            if (before.status() != ItemStatus.DONE) {
                throw new InvalidEditException(Phrase.of("review.invalid.notDone", itemId));
            }
            Instant now = clock.instant();
            Optional<Review> review = studyTime.review(pathId, itemId);
            ItemProgress after = Review.reopened(before, today(now));
            // Saving a status other than done also removes the item's review (ItemProgressRepository).
            itemProgress.save(pathId, before, after, now);
            record(now, pathId, ActivityKind.REVIEW_REOPENED, itemId, new ActivityChange.ReviewDates(review.map(Review::dueOn),
                    Optional.empty()));
            record(now, pathId, ActivityKind.ITEM_STATUS_CHANGED, itemId, ActivityChange.Status.of(before, after));
            return after;
        });
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private ItemProgress existingItem(String pathId, String itemId) {
        return itemProgress.findOfExistingItem(pathId, itemId).orElseThrow(
                () -> new InvalidEditException(Phrase.of("service.noItem", pathId, itemId)));
    }

    /** The one place this service writes activity entries. */
    private void record(Instant at, String pathId, ActivityKind kind, String subject, ActivityChange change) {
        activity.append(new ActivityEvent(at, pathId, kind, subject, change));
    }
}
