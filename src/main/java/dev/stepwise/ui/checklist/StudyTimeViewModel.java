package dev.stepwise.ui.checklist;

import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.domain.StudyTimer;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.StudyTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * The study-time and review block of the selected item: time spent against the estimate, this week's minutes on the
 * path, the timer and the item's review. Everything is read from the {@link StudyTracker}'s log; the running time is
 * not a property (it would change every second): the view asks {@link #elapsedText} on its own tick.
 */
public final class StudyTimeViewModel {
    private final StudyTracker tracker;
    private final PathSession session;
    private final ObservableValue<String> selected;
    private final ReadOnlyStringWrapper spent = new ReadOnlyStringWrapper(this, "spent", "");
    private final ReadOnlyStringWrapper week = new ReadOnlyStringWrapper(this, "week", "");
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper(this, "section", "");
    private final ReadOnlyStringWrapper elsewhere = new ReadOnlyStringWrapper(this, "elsewhere", "");
    private final ReadOnlyStringWrapper review = new ReadOnlyStringWrapper(this, "review", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper reviewable = new ReadOnlyBooleanWrapper(this, "reviewable");
    /** The selected item has a review planned, which can be taken off. */
    private final ReadOnlyBooleanWrapper reviewPlanned = new ReadOnlyBooleanWrapper(this, "reviewPlanned");
    private final ReadOnlyObjectWrapper<Instant> runningSince = new ReadOnlyObjectWrapper<>(this, "runningSince");
    private final Subscription subscriptions;

    public StudyTimeViewModel(StudyTracker tracker, PathSession session, ObservableValue<String> selectedItemId) {
        this.tracker = tracker;
        this.session = session;
        this.selected = selectedItemId;
        subscriptions = Subscription.combine(tracker.logProperty().subscribe(log -> update()),
                session.stateProperty().subscribe(state -> update()), selectedItemId.subscribe(id -> update()),
                session.dayProperty().subscribe((before, day) -> update()),
                tracker.unloggedProperty().subscribe(unlogged -> notice.set(unlogged
                        .map(ran -> Messages.tr("study.overlong", Messages.current().minutes((int) ran.toMinutes())))
                        .orElse(""))));
    }

    private void update() {
        String itemId = selected.getValue();
        PathState state = session.state();
        Optional<Item> item = itemId == null ? Optional.empty() : state.shape().item(itemId);
        StudyLog log = tracker.log();
        Messages messages = Messages.current();
        week.set(messages.text("study.thisWeek", messages.minutes(
                log.minutesInWeekOf(tracker.today(), tracker.clock().getZone()))));
        if (item.isEmpty()) {
            spent.set("");
            section.set("");
            runningSince.set(null);
            reviewable.set(false);
            reviewPlanned.set(false);
            review.set("");
            elsewhere.set("");
            return;
        }
        int minutes = log.minutesOf(itemId);
        OptionalInt estimate = item.get().estimate();
        spent.set(estimate.isPresent()
                ? messages.text("study.spentOfEstimate", messages.minutes(minutes), messages.minutes(estimate.getAsInt() * 60))
                : minutes == 0 ? messages.text("study.nothingYet") : messages.text("study.spent", messages.minutes(minutes)));
        section.set(state.shape().sectionOf(itemId).map(of -> messages.text("study.sectionTotal", of.title(),
                messages.minutes(log.minutesOf(of.items().stream().map(Item::id).toList())))).orElse(""));
        Optional<StudyTimer> timer = log.timer();
        runningSince.set(timer.filter(running -> running.itemId().equals(itemId)).map(StudyTimer::startedAt).orElse(null));
        elsewhere.set(timer.filter(running -> !running.itemId().equals(itemId))
                .map(running -> messages.text("study.timer.elsewhere", state.shape().item(running.itemId())
                        .map(Item::title).orElse(running.itemId())))
                .orElse(""));
        reviewable.set(state.statusOf(itemId) == ItemStatus.DONE);
        reviewPlanned.set(reviewable.get() && log.reviewOf(itemId).isPresent());
        review.set(!reviewable.get() ? messages.text("review.onlyDone")
                : log.reviewOf(itemId).map(StudyTimeViewModel::describe).orElse(messages.text("review.none")));
    }

    private static String describe(Review review) {
        Messages messages = Messages.current();
        return review.plan() == ReviewPlan.SPACED
                ? messages.text("review.nextSpaced", messages.date(review.dueOn()), review.step() + 1)
                : messages.text("review.next", messages.date(review.dueOn()));
    }

    /** The id of the item whose time this block shows; {@code null} when none is selected. */
    public ObservableValue<String> itemProperty() {
        return selected;
    }

    /** "2 h 15 min of about 8 h"; empty when no item is selected. */
    public ReadOnlyStringProperty spentProperty() {
        return spent.getReadOnlyProperty();
    }

    /** This week's minutes on the whole path (ISO week, the learner's zone). */
    public ReadOnlyStringProperty weekProperty() {
        return week.getReadOnlyProperty();
    }

    /** The item's section's total: "Steps: 3 h 10 min in all". */
    public ReadOnlyStringProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }

    /** Says where the timer runs when it runs on another item; empty otherwise. */
    public ReadOnlyStringProperty elsewhereProperty() {
        return elsewhere.getReadOnlyProperty();
    }

    /** A timer that ran too long to log, said once it was stopped; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The selected item is done, so a review can be planned. */
    public ReadOnlyBooleanProperty reviewableProperty() {
        return reviewable.getReadOnlyProperty();
    }

    /** When the timer on the selected item started; {@code null} when it does not run here. */
    public ReadOnlyObjectProperty<Instant> runningSinceProperty() {
        return runningSince.getReadOnlyProperty();
    }

    /** The time on the running timer now, "0:12:05"; by the app's clock. */
    public String elapsedText() {
        Instant since = runningSince.get();
        return clockText(since == null ? Duration.ZERO : new StudyTimer("", since).elapsedAt(tracker.clock().instant()));
    }

    /** A timer's time as a clock shows it, "0:12:05". */
    public static String clockText(Duration elapsed) {
        long seconds = elapsed.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public void toggleTimer() {
        String itemId = selected.getValue();
        if (itemId != null) {
            tracker.toggleTimer(itemId);
        }
    }

    public void addMinutes(int minutes) {
        String itemId = selected.getValue();
        if (itemId != null) {
            tracker.logTime(itemId, minutes);
        }
    }

    /**
     * Adds what was typed as minutes; returns the problem in words when it is not a number of minutes a session can
     * have, or more than today has left (nothing is saved then), or {@code null} when it was sent to be saved.
     */
    public String addTyped(String typed) {
        int minutes;
        try {
            minutes = StudyEntry.checkMinutes(Integer.parseInt(typed.strip()));
        } catch (IllegalArgumentException e) {
            return Messages.tr("study.add.invalid", StudyEntry.MAX_MINUTES);
        }
        try {
            tracker.log().checkRoomOn(tracker.today(), tracker.clock().getZone(), minutes);
        } catch (InvalidEditException e) {
            return Messages.tr(e.explanation());
        }
        addMinutes(minutes);
        return null;
    }

    public ReadOnlyBooleanProperty reviewPlannedProperty() {
        return reviewPlanned.getReadOnlyProperty();
    }

    public void removeReview() {
        String itemId = selected.getValue();
        if (itemId != null && reviewPlanned.get()) {
            tracker.removeReview(itemId);
        }
    }

    public void scheduleReview(ReviewPlan plan) {
        String itemId = selected.getValue();
        if (itemId != null && reviewable.get()) {
            tracker.scheduleReview(itemId, plan);
        }
    }

    public void dispose() {
        subscriptions.unsubscribe();
    }
}
