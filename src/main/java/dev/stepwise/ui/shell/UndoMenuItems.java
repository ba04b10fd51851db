package dev.stepwise.ui.shell;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.ui.common.MenuCommands;
import dev.stepwise.ui.common.UndoHistory;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * Edit ▸ Undo and Redo, saying what they will do ("Undo: mark “Learn SQL” done") and greyed out when there is
 * nothing to undo or redo. In a text field Ctrl+Z belongs to the field (it undoes typing); everywhere else it is the
 * app's undo.
 */
final class UndoMenuItems {
    private UndoMenuItems() {
    }

    static List<MenuItem> of(UndoHistory undo) {
        MenuItem undoItem = MenuCommands.item(null, "menu-undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                MaterialDesignU.UNDO, undo::undo);
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.undoLabel()
                .map(label -> tr("menu.edit.undoWhat", label)).orElseGet(() -> tr("menu.edit.undo")), undo.nextProperty()));
        undoItem.disableProperty().bind(Bindings.createBooleanBinding(() -> undo.undoLabel().isEmpty(), undo.nextProperty()));
        MenuItem redoItem = MenuCommands.item(null, "menu-redo",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), MaterialDesignR.REDO,
                undo::redo);
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> undo.redoLabel()
                .map(label -> tr("menu.edit.redoWhat", label)).orElseGet(() -> tr("menu.edit.redo")), undo.nextProperty()));
        redoItem.disableProperty().bind(Bindings.createBooleanBinding(() -> undo.redoLabel().isEmpty(), undo.nextProperty()));
        return List.of(undoItem, redoItem);
    }

    /** Ctrl+Y, the other redo key people know. */
    static void addRedoAlias(Scene scene, UndoHistory undo) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), undo::redo);
    }
}
