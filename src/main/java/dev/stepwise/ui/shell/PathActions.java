package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.TextPrompts;
import dev.stepwise.ui.common.Workspace;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
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
                item("New path…", "new-path", new FontIcon(MaterialDesignP.PLUS), this::create),
                item("Duplicate path…", "duplicate-path", new FontIcon(MaterialDesignC.CONTENT_COPY), this::duplicate),
                item("Rename path…", "rename-path", new FontIcon(MaterialDesignR.RENAME_BOX), this::rename),
                new SeparatorMenuItem(),
                deleteItem());
    }

    private MenuItem deleteItem() {
        MenuItem delete = item("Delete path…", "delete-path", new FontIcon(MaterialDesignD.DELETE_OUTLINE), this::delete);
        // The last path cannot go: there would be nothing to show.
        delete.disableProperty().bind(Bindings.size(workspace.paths()).lessThan(2));
        return delete;
    }

    void create() {
        TextPrompts.title(owner, "New path", "Title of the new path (you can add sections, items and skills next):", "")
                .ifPresent(workspace::create);
    }

    void duplicate() {
        String current = workspace.session().state().path().title();
        TextPrompts.title(owner, "Duplicate “" + current + "”", "Title of the copy:", "Copy of " + current,
                        "Copy my progress too (statuses, notes, ratings and answers)")
                .ifPresent(answer -> workspace.forkCurrent(answer.title(), answer.checked()));
    }

    void rename() {
        String current = workspace.session().state().path().title();
        TextPrompts.title(owner, "Rename path", "New title:", current)
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
            String lost = held.isEmpty() ? "It has no progress yet."
                    : "Everything you put into it goes with it: " + held.describe() + ".";
            if (TextPrompts.confirm(owner, "Delete “" + title + "”?",
                    lost + "\n\nThe path and its progress are deleted from this computer. This cannot be undone.",
                    "Delete path")) {
                workspace.deleteCurrent();
            }
        }));
    }

    private static MenuItem item(String text, String id, FontIcon icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
