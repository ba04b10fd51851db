package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Section;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The right-click menus of the checklist's rows; each entry names its key where it has one. */
final class ChecklistMenus {
    private final ChecklistViewModel viewModel;
    private final ChecklistActions actions;
    private final Runnable editSelected;

    ChecklistMenus(ChecklistViewModel viewModel, ChecklistActions actions, Runnable editSelected) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.editSelected = editSelected;
    }

    ContextMenu forItem(ItemRow row) {
        String itemId = row.item().id();
        viewModel.selectedItemIdProperty().set(itemId);
        if (row.archived()) {
            return new ContextMenu(
                    item("Restore to the checklist", "restore-item", MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE,
                            () -> viewModel.editor().restoreItem(itemId)),
                    new SeparatorMenuItem(),
                    item("Delete for good…", "delete-item", MaterialDesignD.DELETE_OUTLINE, () -> actions.delete(itemId)));
        }
        return new ContextMenu(
                keyed("Edit item…", "Enter", "edit-item", MaterialDesignP.PENCIL_OUTLINE, editSelected),
                keyed("Rename…", "F2", "rename-item", MaterialDesignR.RENAME_BOX, () -> actions.rename(itemId)),
                keyed("Add item below…", "Insert", "add-item", MaterialDesignP.PLUS, actions::addItem),
                new SeparatorMenuItem(),
                keyed("Move up", "Alt+Up", "move-item-up", MaterialDesignA.ARROW_UP, () -> viewModel.editor().nudgeItem(itemId, -1)),
                keyed("Move down", "Alt+Down", "move-item-down", MaterialDesignA.ARROW_DOWN,
                        () -> viewModel.editor().nudgeItem(itemId, 1)),
                new SeparatorMenuItem(),
                keyed("Delete…", "Delete", "delete-item", MaterialDesignD.DELETE_OUTLINE, () -> actions.delete(itemId)));
    }

    ContextMenu forSection(Section section) {
        MenuItem delete = item("Delete section…", "delete-section", MaterialDesignD.DELETE_OUTLINE,
                () -> actions.deleteSection(section));
        delete.setDisable(!viewModel.editor().canDeleteSection());
        return new ContextMenu(
                item("Add item here…", "add-item-to-section", MaterialDesignP.PLUS, () -> actions.addItemTo(section)),
                item("Rename section…", "rename-section", MaterialDesignR.RENAME_BOX, () -> actions.renameSection(section)),
                item("Add section below…", "add-section", MaterialDesignP.PLAYLIST_PLUS, () -> actions.addSectionAfter(section)),
                new SeparatorMenuItem(),
                keyed("Move section up", "Alt+Shift+Up", "move-section-up", MaterialDesignA.ARROW_UP,
                        () -> viewModel.editor().moveSection(section.id(), -1)),
                keyed("Move section down", "Alt+Shift+Down", "move-section-down", MaterialDesignA.ARROW_DOWN,
                        () -> viewModel.editor().moveSection(section.id(), 1)),
                new SeparatorMenuItem(),
                delete);
    }

    /** An entry that shows the key doing the same in the list; shown, not registered, so the list's keys stay its own. */
    private static MenuItem keyed(String text, String key, String id, Ikon icon, Runnable action) {
        MenuItem item = item(text, id, icon, action);
        item.setAccelerator(KeyCombination.keyCombination(key));
        return item;
    }

    private static MenuItem item(String text, String id, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }
}
