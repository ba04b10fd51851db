package dev.stepwise.ui.matrix;

import dev.stepwise.domain.PathState;
import dev.stepwise.domain.StateChange;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.matrix.GlanceRanking.Move;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * Current against target for every skill at a glance: the rows of the bar chart, grouped by category and sorted by
 * gap (see {@link GlanceRanking}). The ranking is made off the FX thread when the path is shown or its content
 * changes; a rating or a tick then moves only the skills it touched, in place, so the chart's list keeps its cells.
 */
public final class SkillGlanceViewModel {
    private final PathSession session;
    private final Scheduler scheduler;
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final AtomicLong request = new AtomicLong();
    private final Subscription subscription;
    /** The ranking the rows show; null while a new one is being made. */
    private GlanceRanking ranking;

    public SkillGlanceViewModel(PathSession session, Scheduler scheduler) {
        this.session = session;
        this.scheduler = scheduler;
        this.subscription = session.stateProperty().subscribe((old, state) -> {
            Optional<StateChange> change = state.changeSince(old).filter(found -> !found.content());
            if (change.isPresent() && ranking != null) {
                move(state, change.get().skillIds());
            } else {
                rank();
            }
        });
        rank();
    }

    /** Category headings, each followed by its skills, largest gap first. */
    public ObservableList<MatrixRow> rows() {
        return readOnlyRows;
    }

    /** Whether the rows show the current state (false while the first ranking is being made). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public void dispose() {
        subscription.unsubscribe();
    }

    private void rank() {
        long asked = request.incrementAndGet();
        ranking = null;
        PathState state = session.state();
        scheduler.offThread(() -> GlanceRanking.of(state), made -> {
            // A newer request (or state) came meanwhile: its own ranking will follow.
            if (asked != request.get() || state != session.state()) {
                return;
            }
            ranking = made;
            rows.setAll(made.rows());
            ready.set(true);
        });
    }

    private void move(PathState state, Set<String> skillIds) {
        for (String skillId : skillIds) {
            state.shape().skill(skillId).map(state::standingOf).map(ranking::move).ifPresent(this::apply);
        }
    }

    private void apply(Move move) {
        if (move.from() == move.to()) {
            rows.set(move.to(), move.row());
        } else {
            rows.remove(move.from());
            rows.add(move.to(), move.row());
        }
        if (!move.heading().equals(rows.get(move.headingIndex()))) {
            rows.set(move.headingIndex(), move.heading());
        }
    }
}
