package dev.stepwise.ui.shell;

import dev.stepwise.ui.overview.OverviewSummary;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * The start-up notice of what is due soon, kept true while it is shown: told once per start, for the path shown first,
 * it follows that path's due-soon list as the learner works (an overdue item marked done leaves it; the last one gone,
 * so does the notice). It said "2 overdue" until the next start, after the overview already said 1. Once acted on or
 * closed, or once another path is shown, it is gone for this start.
 */
final class DueNoticeState {
    private final ReadOnlyObjectWrapper<DueNotice> notice = new ReadOnlyObjectWrapper<>(this, "dueNotice");
    private final String pathId;
    private final Subscription following;

    DueNoticeState(ObservableValue<OverviewSummary> summary) {
        OverviewSummary first = summary.getValue();
        pathId = first.path().id();
        notice.set(DueNotice.of(first.dueSoon()).orElse(null));
        following = summary.subscribe(this::follow);
    }

    private void follow(OverviewSummary now) {
        if (notice.get() != null) {
            notice.set(now.path().id().equals(pathId) ? DueNotice.of(now.dueSoon()).orElse(null) : null);
        }
    }

    /** The notice, or {@code null} once nothing is due, it was acted on or closed, or another path is shown. */
    ReadOnlyObjectProperty<DueNotice> property() {
        return notice.getReadOnlyProperty();
    }

    /** The notice as it stands, now acted on: it is gone. */
    Optional<DueNotice> take() {
        Optional<DueNotice> shown = Optional.ofNullable(notice.get());
        notice.set(null);
        return shown;
    }

    void dispose() {
        following.unsubscribe();
    }
}
