package dev.stepwise.ui.charts;

import dev.stepwise.domain.DoneOverTime;
import dev.stepwise.domain.DoneOverTime.Series;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.domain.StateChange;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.PathStartDay;
import dev.stepwise.ui.common.Scheduler;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Subscription;

/**
 * Items done over time, for the burn-up: the cumulative line against the items that count, and an optional plan
 * line. The done days are counted off the FX thread when a path is shown or its content changes; a tick then moves
 * one item in the count, whose cost grows with the days of the line, not the items of the path.
 *
 * <p>The plan line is the path's milestones ({@link PlanPoint#ofMilestones}), drawn again only when they change;
 * {@link #setPlan} replaces it until they do.
 */
public final class BurnUpViewModel {
    private final PathSession session;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Series> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final ReadOnlyObjectWrapper<List<PlanPoint>> plan = new ReadOnlyObjectWrapper<>(this, "plan", List.of());
    private final AtomicLong request = new AtomicLong();
    private final Subscription subscription;
    /** The count the series comes from; null while a new one is being made. */
    private DoneOverTime counts;
    /** Where the plan line starts: the day the path began, once read. */
    private final PathStartDay pathStart;

    /** @param clock says what "today" is, and in which zone the learner's days begin */
    public BurnUpViewModel(PathSession session, Scheduler scheduler, Clock clock) {
        this.session = session;
        this.scheduler = scheduler;
        this.clock = clock;
        pathStart = new PathStartDay(session, () -> showPlan(session.state()));
        Subscription stateSubscription = session.stateProperty().subscribe((old, state) -> {
            pathStart.follow(state);
            if (planMoved(old, state)) {
                showPlan(state);
            }
            Optional<StateChange> change = state.changeSince(old).filter(found -> !found.content());
            if (change.isPresent() && counts != null) {
                move(old, state, change.get());
            } else {
                recount();
            }
        });
        // The line runs up to today: a new day adds a point.
        this.subscription = stateSubscription.and(session.dayProperty().subscribe((before, day) -> recount()));
        pathStart.follow(session.state());
        showPlan(session.state());
        recount();
    }

    /** The milestones' plan, from the path's first day once that is known. */
    private void showPlan(PathState state) {
        List<PlanPoint> milestones = PlanPoint.of(state);
        setPlan(pathStart.day().map(start -> PlanPoint.fromStart(start, milestones)).orElse(milestones));
    }

    /**
     * Whether the plan may differ: its milestones changed, or an item was skipped or un-skipped (a plan leaves skipped
     * items out), or the change is not known item by item (a path read afresh after an undo is one of content).
     */
    private static boolean planMoved(PathState old, PathState state) {
        if (!old.path().milestones().equals(state.path().milestones())) {
            return true;
        }
        return state.changeSince(old).filter(change -> !change.content()).map(change -> change.itemIds().stream()
                .anyMatch(id -> (old.statusOf(id) == ItemStatus.SKIPPED) != (state.statusOf(id) == ItemStatus.SKIPPED)))
                .orElse(true);
    }

    /** The cumulative line; null until the first count arrives. */
    public ReadOnlyObjectProperty<Series> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    /** The plan line's points, oldest first; empty when there is no plan. */
    public ReadOnlyObjectProperty<List<PlanPoint>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Draws this plan line with the burn-up (an empty list removes it); the points are sorted by day. */
    public void setPlan(List<PlanPoint> points) {
        plan.set(Objects.requireNonNull(points).stream()
                .sorted(Comparator.comparing(PlanPoint::day)).toList());
    }

    public void dispose() {
        subscription.unsubscribe();
    }

    private void recount() {
        long asked = request.incrementAndGet();
        counts = null;
        PathState state = session.state();
        scheduler.offThread(() -> DoneOverTime.count(state), made -> {
            if (asked == request.get() && state == session.state()) {
                counts = made;
                series.set(made.series(clock.instant(), clock.getZone()));
            }
        });
    }

    private void move(PathState old, PathState state, StateChange change) {
        int total = state.overallProgress().counted();
        if (change.itemIds().isEmpty() && total == counts.total()) {
            return;
        }
        DoneOverTime moved = counts;
        for (String itemId : change.itemIds()) {
            moved = moved.moved(checklistProgress(old, itemId), checklistProgress(state, itemId), total);
        }
        if (change.itemIds().isEmpty()) {
            moved = moved.moved(null, null, total);
        }
        counts = moved;
        Series now = moved.series(clock.instant(), clock.getZone());
        if (!now.equals(series.get())) {
            series.set(now);
        }
    }

    /** The item's progress when it is in the state's checklist (archived items are not counted). */
    private static ItemProgress checklistProgress(PathState state, String itemId) {
        return state.shape().item(itemId).isPresent() ? state.items().get(itemId) : null;
    }
}
