package dev.stepwise.ui.overview;

import dev.stepwise.domain.ActivityHistory;
import dev.stepwise.domain.WeekSummary;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import java.time.Duration;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * The overview's history: read from the activity log on the store thread when the path is shown and again shortly after
 * each burst of saves (reading a year of history per key press would spend the store thread for nothing). A reading
 * overtaken by a newer one is dropped.
 */
public final class ActivityViewModel {
    /** How long after the last save the history is read again. */
    static final Duration SETTLE = Duration.ofMillis(600);

    private final ReadOnlyObjectWrapper<ActivityHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final Function<String, Background.Job<ActivityHistory>> read;
    private final PathSession session;
    private final Scheduler scheduler;
    private final Subscription subscription;
    private Runnable pending = () -> { };
    private long requested;

    /**
     * @param read reads a path's history on the store thread
     * @param studySaves counts committed changes of study time: time logged changes no progress, so no state. Not the
     *                   study log itself, which is also replaced when another path's is loaded: that would read the
     *                   other path's history a second time, a settle delay after the first
     */
    public ActivityViewModel(PathSession session, Function<String, Background.Job<ActivityHistory>> read, Scheduler scheduler,
                             ObservableValue<? extends Number> studySaves) {
        this.session = session;
        this.read = read;
        this.scheduler = scheduler;
        // Every change of the shown state (a save, an undo, another path) may change the history; a new path at once.
        // Time logged changes the minutes per day and week and nothing in the state (its undo reloads the state).
        this.subscription = session.stateProperty().subscribe((before, after) -> {
            if (before.path().id().equals(after.path().id())) {
                later();
            } else {
                refresh();
            }
        }).and(session.dayProperty().subscribe((before, day) -> refresh()))
                .and(studySaves.subscribe((before, after) -> later()));
        refresh();
    }

    /** "This week: 1 item done · no skills raised · 2 notes written · 6 h 45 min studied" (no minutes, no last part). */
    public static String weekText(WeekSummary week) {
        return Messages.tr("history.week", week.itemsDone(), week.skillsRaised(), week.notesWritten(), week.minutes(),
                Messages.current().minutes(week.minutes()));
    }

    public ReadOnlyObjectProperty<ActivityHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Reads the history of the path shown now. */
    public void refresh() {
        pending.run();
        // A reading due after the window closed (the store is closed by then) has no one to show it to.
        if (session.background().isClosed()) {
            return;
        }
        long request = ++requested;
        String pathId = session.pathId();
        read.apply(pathId).onSuccess(found -> {
            if (request == requested && pathId.equals(session.pathId())) {
                history.set(found);
            }
        });
    }

    private void later() {
        pending.run();
        pending = scheduler.schedule(SETTLE, this::refresh);
    }

    public void dispose() {
        pending.run();
        subscription.unsubscribe();
    }
}
