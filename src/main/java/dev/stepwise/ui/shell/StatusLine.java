package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;

/**
 * The status bar's left-hand text: "Saving…" while a save is on its way, then what was saved or what went wrong.
 * Those two are news, not state: each clears itself after a few seconds (on the injected {@link Scheduler}, so tests
 * need not wait) or when a newer one replaces it, and the bar goes back to saying that everything is saved.
 */
final class StatusLine {
    static final Duration NOTICE_SHOWN_FOR = Duration.ofSeconds(4);
    /** Longer than a notice: a failure also opens a dialog, but the bar should still say it when that is closed. */
    static final Duration ERROR_SHOWN_FOR = Duration.ofSeconds(12);

    private final Scheduler scheduler;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final StringBinding text;
    private final Subscription subscription;
    private Runnable cancelNoticeTimer = () -> { };
    private Runnable cancelErrorTimer = () -> { };

    StatusLine(PathSession session, Scheduler scheduler) {
        this.scheduler = scheduler;
        text = Bindings.createStringBinding(() -> {
            if (!error.get().isEmpty()) {
                return error.get();
            }
            if (session.background().pendingProperty().get() > 0) {
                return Messages.tr("status.saving");
            }
            return notice.get().isEmpty() ? Messages.tr("status.idle") : notice.get();
        }, error, session.background().pendingProperty(), notice);
        subscription = Subscription.combine(
                // A commit after a failure means the store works again: the error has done its job.
                session.saveCountProperty().subscribe((before, after) -> {
                    clearError();
                    showNotice(Messages.tr("status.saved", session.lastSavedProperty().get()));
                }),
                // Finished work that commits no progress (an export, an import) only sets the message.
                session.lastSavedProperty().subscribe((before, message) -> {
                    if (!message.isEmpty()) {
                        showNotice(Messages.tr("status.saved", message));
                    }
                }),
                // A change that changed nothing says so, and not that something was saved; it committed all the same.
                session.noticeProperty().subscribe((before, message) -> {
                    if (!message.isEmpty()) {
                        clearError();
                        showNotice(message);
                    }
                }));
    }

    StringBinding textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Says something for a few seconds, replacing whatever notice was showing. */
    void showNotice(String message) {
        cancelNoticeTimer.run();
        notice.set(message);
        cancelNoticeTimer = scheduler.schedule(NOTICE_SHOWN_FOR, () -> notice.set(""));
    }

    /** Shows a failure over everything else until it times out, the next save succeeds, or it is clicked away. */
    void showError(String message) {
        cancelErrorTimer.run();
        error.set(message);
        cancelErrorTimer = scheduler.schedule(ERROR_SHOWN_FOR, () -> error.set(""));
    }

    void clearError() {
        cancelErrorTimer.run();
        error.set("");
    }

    void dispose() {
        subscription.unsubscribe();
        cancelNoticeTimer.run();
        cancelErrorTimer.run();
    }
}
