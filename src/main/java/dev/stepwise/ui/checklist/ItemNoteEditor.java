package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Texts;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import java.time.Duration;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The selected item's note as the learner types it: saved after a short pause, so every keystroke does not become a
 * transaction, and at once when the selection moves or the window closes; with its own save state beside it.
 */
final class ItemNoteEditor {
    static final Duration SAVE_DELAY = Duration.ofMillis(600);

    private final PathSession session;
    private final Scheduler scheduler;
    private final ObjectProperty<String> selectedItemId;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "noteStatus", "");
    private boolean loading;
    private String pendingItemId;
    private Runnable cancelPending = () -> { };

    ItemNoteEditor(PathSession session, Scheduler scheduler, ObjectProperty<String> selectedItemId) {
        this.session = session;
        this.scheduler = scheduler;
        this.selectedItemId = selectedItemId;
        note.addListener((obs, old, text) -> edited());
    }

    StringProperty noteProperty() {
        return note;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Saves a note still waiting for its pause: on selection change and before the window closes. */
    void flush() {
        cancelPending.run();
        cancelPending = () -> { };
        if (pendingItemId != null) {
            String itemId = pendingItemId;
            pendingItemId = null;
            save(itemId, note.get());
        }
    }

    /** Another path is shown: a note still waiting belongs to the old one (it was saved before leaving). */
    void forget() {
        cancelPending.run();
        cancelPending = () -> { };
        pendingItemId = null;
    }

    /** Shows the newly selected item's saved note. */
    void load() {
        String itemId = selectedItemId.get();
        show(itemId == null ? "" : session.state().progressOf(itemId).note());
        status.set("");
    }

    /**
     * After a commit, the editor shows the saved note unless the learner is typing a newer one: coming back to an
     * item whose note was still saving must not leave the pre-save text in the editor (the next key would save it).
     */
    void reloadIfIdle() {
        String itemId = selectedItemId.get();
        if (itemId == null || pendingItemId != null) {
            return;
        }
        String saved = session.state().progressOf(itemId).note();
        if (!saved.equals(note.get())) {
            show(saved);
        }
    }

    private void show(String text) {
        loading = true;
        try {
            note.set(text);
        } finally {
            loading = false;
        }
    }

    private void edited() {
        if (loading || selectedItemId.get() == null) {
            return;
        }
        Phrase tooLong = Texts.noteProblem(note.get());
        if (tooLong != null) {
            // Nothing is saved until it fits again; the saved note stays as it was, and the learner is told why.
            cancelPending.run();
            pendingItemId = null;
            status.set(Messages.tr(tooLong));
            return;
        }
        pendingItemId = selectedItemId.get();
        status.set(Messages.tr("checklist.note.editing"));
        cancelPending.run();
        cancelPending = scheduler.schedule(SAVE_DELAY, this::flush);
    }

    private void save(String itemId, String text) {
        status.set(Messages.tr("checklist.note.saving"));
        session.saveNote(itemId, text)
                .onSuccess(saved -> report(itemId, Messages.tr("checklist.note.saved")))
                .onError(error -> report(itemId, Messages.tr("checklist.note.notSaved")));
    }

    /** The note status belongs beside the note it is about, and only while no newer edit is waiting. */
    private void report(String itemId, String text) {
        if (itemId.equals(selectedItemId.get()) && pendingItemId == null) {
            status.set(text);
        }
    }
}
