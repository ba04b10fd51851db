package dev.stepwise.ui.common;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.UndoEntry;
import dev.stepwise.service.UndoService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Undo and redo as the window offers them: what the next undo and redo would do (for the Edit menu, kept current
 * after every save), and doing it — the pending note is saved first, so it is the newest change — after which the
 * path the change was made in is shown as it now is. FX thread only; the work runs on the store thread.
 */
public final class UndoHistory {
    private final Workspace workspace;
    private final UndoService service;
    private final Consumer<Throwable> errors;
    /** Shows what an undone or redone change was about, once its path is shown again; nothing until the window says how. */
    private Consumer<ActivityEvent> reveal = change -> { };
    private final ReadOnlyObjectWrapper<UndoService.Next> next = new ReadOnlyObjectWrapper<>(this, "next",
            new UndoService.Next(Optional.empty(), Optional.empty()));

    public UndoHistory(Workspace workspace, UndoService service, Consumer<Throwable> errors) {
        this.workspace = workspace;
        this.service = service;
        this.errors = errors;
        // Every save and every path shown gives a new state, and may change what can be undone: ask the store again.
        workspace.session().stateProperty().subscribe(state -> refresh());
        // Study time and reviews are saved beside the path's state, which a logged session leaves as it was.
        workspace.study().saveCountProperty().subscribe(count -> refresh());
    }

    /** What the window does with the change an undo or redo took back or made again, after it is shown. */
    public void revealChangesWith(Consumer<ActivityEvent> reveal) {
        this.reveal = reveal;
    }

    /** The next change to undo and to redo, as of the last save. */
    public ReadOnlyObjectProperty<UndoService.Next> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** "mark “Learn SQL” done", for the menu; empty when there is nothing to undo. */
    public Optional<String> undoLabel() {
        return next.get().undo().map(this::label);
    }

    public Optional<String> redoLabel() {
        return next.get().redo().map(this::label);
    }

    public void undo() {
        run(false);
    }

    public void redo() {
        run(true);
    }

    private void run(boolean redo) {
        Optional<UndoEntry> expected = redo ? next.get().redo() : next.get().undo();
        // Named now, as the menu named it: what the learner saw there is what the status bar says.
        String label = expected.map(this::label).orElse("");
        workspace.saveBeforeReplacing();
        workspace.session().background().run(() -> redo ? service.redo() : service.undo()).onSuccess(done -> {
            if (done.isEmpty()) {
                workspace.session().reportDone(Messages.tr(redo ? "undo.nothingToRedo" : "undo.nothingToUndo"));
                refresh();
                return;
            }
            String said = done.get().entry().step() == expected.map(UndoEntry::step).orElse(-1L) ? label
                    : UndoLabels.describe(done.get().entry());
            workspace.reload(pathToShow(done.get()), Messages.tr(redo ? "undo.redone" : "undo.undone", said))
                    .onSuccess(shown -> done.get().entry().change().ifPresent(reveal));
        }).onError(errors);
    }

    /** The path the change was made in, if it is there; else the one shown, if it still is; else the first. */
    private String pathToShow(UndoService.Done done) {
        List<String> ids = done.pathIds();
        String changed = done.entry().change().map(change -> change.pathId()).orElse("");
        if (ids.contains(changed)) {
            return changed;
        }
        return ids.contains(workspace.currentPathId()) ? workspace.currentPathId() : ids.get(0);
    }

    private String label(UndoEntry entry) {
        return UndoLabels.describe(entry);
    }

    private void refresh() {
        if (workspace.session().background().isClosed()) {
            // A save that finished as the window closed: there is no menu left to update.
            return;
        }
        workspace.session().background().run(service::next).onSuccess(next::set).onError(errors);
    }
}
