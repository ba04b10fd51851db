package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.MenuCommands.item;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TextPrompts;
import dev.stepwise.ui.common.Workspace;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * New, duplicate, rename and delete a path: the questions they ask, then the workspace does the work. The same
 * actions appear in the sidebar's path menu and in the File menu.
 */
final class PathActions {
    static final KeyCombination NEW_PATH = KeyCombination.keyCombination("Shortcut+Shift+N");

    private final Workspace workspace;
    private final Window owner;

    PathActions(Workspace workspace, Window owner) {
        this.workspace = workspace;
        this.owner = owner;
    }

    /** A fresh set of menu items (a menu item belongs to one menu only). */
    List<MenuItem> menuItems() {
        return List.of(
                item(Messages.tr("menu.path.new"), "new-path", null, MaterialDesignP.PLUS, this::create),
                item(Messages.tr("menu.path.duplicate"), "duplicate-path", null, MaterialDesignC.CONTENT_COPY, this::duplicate),
                item(Messages.tr("menu.path.rename"), "rename-path", null, MaterialDesignR.RENAME_BOX, this::rename),
                new SeparatorMenuItem(),
                item(Messages.tr("menu.path.resetProgress"), "reset-progress", null, MaterialDesignR.RESTORE, this::resetProgress),
                deleteItem());
    }

    private MenuItem deleteItem() {
        MenuItem delete = item(Messages.tr("menu.path.delete"), "delete-path", null, MaterialDesignD.DELETE_OUTLINE, this::delete);
        // The last path cannot go: there would be nothing to show.
        delete.disableProperty().bind(Bindings.size(workspace.paths()).lessThan(2));
        return delete;
    }

    void create() {
        TextPrompts.title(owner, new TextPrompts.Question(Messages.tr("dialog.newPath.header"), Messages.tr("dialog.newPath.prompt"),
                        "", Messages.tr("button.create")))
                .ifPresent(workspace::create);
    }

    void duplicate() {
        String current = workspace.session().state().path().title();
        TextPrompts.title(owner, new TextPrompts.Question(Messages.tr("dialog.duplicatePath.header", current),
                        Messages.tr("dialog.duplicatePath.prompt"), Messages.tr("dialog.duplicatePath.initial", current),
                        Messages.tr("button.duplicate")), Messages.tr("dialog.duplicatePath.copyProgress"))
                .ifPresent(answer -> workspace.forkCurrent(answer.title(), answer.checked()));
    }

    void rename() {
        String current = workspace.session().state().path().title();
        TextPrompts.title(owner, new TextPrompts.Question(Messages.tr("dialog.renamePath.header"),
                        Messages.tr("dialog.renamePath.prompt"), current, Messages.tr("button.rename")))
                .filter(title -> !title.equals(current))
                .ifPresent(workspace::renameCurrent);
    }

    void delete() {
        if (workspace.paths().size() < 2) {
            return;
        }
        String title = workspace.session().state().path().title();
        // The question opens after the job has reported back, so the status bar does not say "Saving…" meanwhile.
        workspace.heldProgress(workspace.currentPathId()).onSuccess(held -> Platform.runLater(() -> {
            String lost = held.isEmpty() ? Messages.tr("dialog.deletePath.noProgress")
                    : Messages.tr("dialog.deletePath.progress", Messages.current().progress(held));
            if (TextPrompts.confirm(owner, Messages.tr("dialog.deletePath.header", title),
                    Messages.tr("dialog.deletePath.message", lost), Messages.tr("dialog.deletePath.confirm"))) {
                workspace.deleteCurrent();
            }
        }));
    }

    void resetProgress() {
        String title = workspace.session().state().path().title();
        workspace.heldProgress(workspace.currentPathId()).onSuccess(held -> Platform.runLater(() -> {
            if (held.isEmpty()) {
                workspace.session().reportDone(Messages.tr("dialog.resetProgress.nothing"));
            } else if (TextPrompts.confirm(owner, Messages.tr("dialog.resetProgress.header", title),
                    Messages.tr("dialog.resetProgress.message", Messages.current().progress(held)),
                    Messages.tr("dialog.resetProgress.confirm"))) {
                workspace.resetCurrentProgress();
            }
        }));
    }
}
