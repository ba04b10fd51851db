package dev.stepwise.ui.overview;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathState;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.StudyTracker;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The overview's review queue: the done items whose review is due today or overdue, the longest overdue first, and the
 * two answers to each — confirm (still known; the next spaced review follows) or reopen (learning again). The list is
 * replaced only when the queue differs, so a save elsewhere does not disturb the row the learner is on.
 */
public final class ReviewQueueViewModel {
    /** One review in the queue, as the card shows it. */
    public record Row(String itemId, String title, LocalDate dueOn) {
    }

    private final StudyTracker tracker;
    private final PathSession session;
    private final Consumer<String> openItem;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper anyPlanned = new ReadOnlyBooleanWrapper(this, "anyPlanned");
    private final Subscription subscriptions;

    public ReviewQueueViewModel(StudyTracker tracker, PathSession session, Consumer<String> openItem) {
        this.tracker = tracker;
        this.session = session;
        this.openItem = openItem;
        refresh();
        // Time logged or a timer started leaves the reviews as they were (the same map): the queue need not be made again.
        subscriptions = Subscription.combine(tracker.logProperty().subscribe((before, after) -> {
                    if (!after.reviews().equals(before.reviews())) {
                        refresh();
                    }
                }),
                session.stateProperty().subscribe((before, after) -> {
                    if (mayMoveQueue(before, after)) {
                        refresh();
                    }
                }),
                session.dayProperty().subscribe((before, day) -> refresh()));
    }

    /**
     * Whether a new state may change the queue: new content (titles), another path, or a change of an item with a
     * review. A tick of any other item cannot, and a tick that makes a reviewed item no longer done drops its review
     * from the log, which is followed on its own (the tracker follows the state before this does).
     */
    private boolean mayMoveQueue(PathState before, PathState after) {
        return after.changeSince(before).filter(change -> !change.content())
                .map(change -> change.itemIds().stream().anyMatch(itemId -> tracker.log().reviewOf(itemId).isPresent()))
                .orElse(true);
    }

    /** Reads the queue again; also when the overview is shown, since today may have become another day meanwhile. */
    public void refresh() {
        PathState state = session.state();
        List<Row> queue = tracker.log().queue(tracker.today()).stream()
                .filter(review -> state.statusOf(review.itemId()) == ItemStatus.DONE)
                .map(review -> new Row(review.itemId(), state.shape().item(review.itemId()).map(Item::title)
                        .orElse(review.itemId()), review.dueOn()))
                .toList();
        if (!queue.equals(rows)) {
            rows.setAll(queue);
        }
        anyPlanned.set(!tracker.log().reviews().isEmpty());
    }

    /** Whether the path has any review planned, due or not: a learner who plans none is not shown an empty queue. */
    public ReadOnlyBooleanProperty anyPlannedProperty() {
        return anyPlanned.getReadOnlyProperty();
    }

    /** The reviews due, oldest first. */
    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    public LocalDate today() {
        return tracker.today();
    }

    /** Changes when the day does: a review due today is overdue tomorrow. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return session.dayProperty();
    }

    /** The learner still knows it. */
    public void confirm(Row row) {
        tracker.confirmReview(row.itemId(), row.dueOn());
    }

    /** The learner has to go over it again: learning once more. */
    public void reopen(Row row) {
        tracker.reopen(row.itemId());
    }

    public void open(Row row) {
        openItem.accept(row.itemId());
    }

    public void dispose() {
        subscriptions.unsubscribe();
    }
}
