package dev.stepwise.ui.common;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.domain.StateChange;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.domain.StudyTimer;
import dev.stepwise.service.ReviewService;
import dev.stepwise.service.StudyTimeService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The current path's study time, running timer and reviews, beside the {@link PathSession}: FX-thread only, saved on
 * the store thread first and shown after the commit, like every other change. A reload of the path (another path,
 * an undo, an import, an edit of its content) reloads the log; a status change drops the review of an item that is
 * no longer done, as the store did in the same transaction. The clock is the app's, so tests move time.
 */
public final class StudyTracker {
    private final PathSession session;
    private final StudyTimeService studyTime;
    private final ReviewService reviews;
    private final Clock clock;
    private final Consumer<Throwable> errors;
    private final ReadOnlyObjectWrapper<StudyLog> log = new ReadOnlyObjectWrapper<>(this, "log", StudyLog.empty());
    private final ReadOnlyIntegerWrapper saveCount = new ReadOnlyIntegerWrapper(this, "saveCount");
    private final ReadOnlyObjectWrapper<Optional<Duration>> unlogged = new ReadOnlyObjectWrapper<>(this, "unlogged",
            Optional.empty());

    public StudyTracker(PathSession session, StudyTimeService studyTime, ReviewService reviews, Clock clock,
                        Consumer<Throwable> errors) {
        this.session = session;
        this.studyTime = studyTime;
        this.reviews = reviews;
        this.clock = clock;
        this.errors = errors;
        session.stateProperty().subscribe(this::follow);
        // A state read afresh is followed here, whether or not it differs from the one shown (see follow).
        session.loadsProperty().subscribe(this::reload);
        reload();
    }

    private void follow(PathState before, PathState after) {
        Optional<StateChange> change = after.changeSince(before);
        if (change.isEmpty()) {
            // Read afresh (another path, an undo, an import): loadsProperty says so, even when nothing here changed.
            return;
        }
        if (change.get().content()) {
            reload();
        } else {
            log.set(log.get().keepingReviewsOfDone(after, change.get().itemIds()));
        }
    }

    private void reload() {
        String pathId = session.pathId();
        session.background().read(() -> studyTime.load(pathId)).onSuccess(loaded -> {
            if (pathId.equals(session.pathId())) {
                log.set(loaded);
            }
        }).onError(errors);
    }

    public ReadOnlyObjectProperty<StudyLog> logProperty() {
        return log.getReadOnlyProperty();
    }

    public StudyLog log() {
        return log.get();
    }

    /** Counts this tracker's committed changes: the Edit menu asks the store what can be undone after each. */
    public ReadOnlyIntegerProperty saveCountProperty() {
        return saveCount.getReadOnlyProperty();
    }

    /** How long the last stopped timer ran when it ran too long to log (the learner is asked to add the time by hand). */
    public ReadOnlyObjectProperty<Optional<Duration>> unloggedProperty() {
        return unlogged.getReadOnlyProperty();
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Background.Job<StudyEntry> logTime(String itemId, int minutes) {
        return save(pathId -> studyTime.logTime(pathId, itemId, minutes), (current, entry) -> {
            // Time added by hand answers a timer that ran too long: its notice has been seen to.
            unlogged.set(Optional.empty());
            return current.with(entry);
        },
                entry -> Messages.tr("study.status.logged", Messages.current().minutes(entry.minutes()), titleOf(itemId)));
    }

    /** Starts the timer on the item, or stops it when it runs there. */
    public Background.Job<StudyTimeService.TimerChange> toggleTimer(String itemId) {
        boolean runningHere = log.get().timer().map(StudyTimer::itemId).filter(itemId::equals).isPresent();
        return save(pathId -> runningHere ? studyTime.stopTimer(pathId) : studyTime.startTimer(pathId, itemId),
                (current, change) -> {
                    unlogged.set(change.unlogged());
                    StudyLog next = current.withTimer(change.running());
                    return change.logged().map(next::with).orElse(next);
                }, change -> change.running().isPresent() ? Messages.tr("study.status.timerStarted", titleOf(itemId))
                        : stopped(change));
    }

    /** "Timer stopped: 25 min logged", saying so when minutes were left out of a full day. */
    private static String stopped(StudyTimeService.TimerChange change) {
        Messages messages = Messages.current();
        String logged = messages.minutes(change.logged().map(StudyEntry::minutes).orElse(0));
        return change.leftOutMinutes() > 0
                ? messages.text("study.status.timerStoppedDayFull", logged, messages.minutes(change.leftOutMinutes()))
                : messages.text("study.status.timerStopped", logged);
    }

    public Background.Job<Review> scheduleReview(String itemId, ReviewPlan plan) {
        return save(pathId -> reviews.schedule(pathId, itemId, plan), (current, review) -> current.withReview(itemId,
                Optional.of(review)), review -> Messages.tr("study.status.reviewScheduled", titleOf(itemId),
                Messages.current().date(review.dueOn())));
    }

    /** Takes the item's planned review off; the item stays done. */
    public Background.Job<Optional<Review>> removeReview(String itemId) {
        return save(pathId -> reviews.remove(pathId, itemId), (current, removed) -> current.withReview(itemId, Optional.empty()),
                removed -> Messages.tr("study.status.reviewRemoved", titleOf(itemId)));
    }

    /** Confirms the review due on {@code shownDue}; a second press on the same row changes nothing (the service checks). */
    public Background.Job<Optional<Review>> confirmReview(String itemId, LocalDate shownDue) {
        return save(pathId -> reviews.confirm(pathId, itemId, shownDue), (current, next) -> current.withReview(itemId, next),
                next -> Messages.tr("study.status.reviewConfirmed", titleOf(itemId)));
    }

    /** Learning again: the item's new progress goes to the path's state, which drops its review here too. */
    public Background.Job<ItemProgress> reopen(String itemId) {
        String pathId = session.pathId();
        return session.background().run(() -> reviews.reopen(pathId, itemId)).onSuccess(progress -> {
            if (pathId.equals(session.pathId())) {
                log.set(log.get().withReview(itemId, Optional.empty()));
                saveCount.set(saveCount.get() + 1);
                session.showSaved(session.state().with(progress), Messages.tr("study.status.reopened", titleOf(itemId)));
            }
        }).onError(errors);
    }

    private <T> Background.Job<T> save(Function<String, T> work, BiFunction<StudyLog, T, StudyLog> apply,
                                       Function<T, String> message) {
        String pathId = session.pathId();
        return session.background().run(() -> work.apply(pathId)).onSuccess(saved -> {
            if (pathId.equals(session.pathId())) {
                log.set(apply.apply(log.get(), saved));
            }
            saveCount.set(saveCount.get() + 1);
            session.reportDone(message.apply(saved));
        }).onError(errors);
    }

    /**
     * The item's title in the path shown, or its id when it has none there (a timer outliving its item). Looked up by
     * id: the running timer's indicator asks on every change of the state.
     */
    public String titleOf(String itemId) {
        return session.state().shape().item(itemId).map(item -> item.title()).orElse(itemId);
    }
}
