package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Section;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.common.MenuCommands;
import dev.stepwise.ui.common.Messages;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The right-click menus of the checklist's rows; each entry names its key where it has one. */
final class ChecklistMenus {
    private static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    private static final KeyCombination F2 = new KeyCodeCombination(KeyCode.F2);
    private static final KeyCombination INSERT = new KeyCodeCombination(KeyCode.INSERT);
    private static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    private static final KeyCombination ALT_UP = KeyCombination.keyCombination("Alt+Up");
    private static final KeyCombination ALT_DOWN = KeyCombination.keyCombination("Alt+Down");
    private static final KeyCombination ALT_SHIFT_UP = KeyCombination.keyCombination("Alt+Shift+Up");
    private static final KeyCombination ALT_SHIFT_DOWN = KeyCombination.keyCombination("Alt+Shift+Down");
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
                    item("checklist.menu.restore", "restore-item", MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE,
                            () -> viewModel.editor().restoreItem(itemId)),
                    new SeparatorMenuItem(),
                    item("checklist.menu.deleteForGood", "delete-item", MaterialDesignD.DELETE_OUTLINE, () -> actions.delete(itemId)));
        }
        return new ContextMenu(
                keyed("menu.edit.editItem", ENTER, "edit-item", MaterialDesignP.PENCIL_OUTLINE, editSelected),
                keyed("checklist.menu.rename", F2, "rename-item", MaterialDesignR.RENAME_BOX, () -> actions.rename(itemId)),
                keyed("checklist.menu.addBelow", INSERT, "add-item", MaterialDesignP.PLUS, actions::addItem),
                new SeparatorMenuItem(),
                keyed("checklist.menu.moveUp", ALT_UP, "move-item-up", MaterialDesignA.ARROW_UP,
                        () -> viewModel.editor().nudgeItem(itemId, -1)),
                keyed("checklist.menu.moveDown", ALT_DOWN, "move-item-down", MaterialDesignA.ARROW_DOWN,
                        () -> viewModel.editor().nudgeItem(itemId, 1)),
                new SeparatorMenuItem(),
                keyed("checklist.menu.delete", DELETE, "delete-item", MaterialDesignD.DELETE_OUTLINE, () -> actions.delete(itemId)));
    }

    ContextMenu forSection(Section section) {
        MenuItem delete = item("menu.edit.deleteSection", "delete-section", MaterialDesignD.DELETE_OUTLINE,
                () -> actions.deleteSection(section));
        delete.setDisable(!viewModel.editor().canDeleteSection());
        return new ContextMenu(
                item("checklist.menu.addHere", "add-item-to-section", MaterialDesignP.PLUS, () -> actions.addItemTo(section)),
                item("menu.edit.renameSection", "rename-section", MaterialDesignR.RENAME_BOX, () -> actions.renameSection(section)),
                item("checklist.menu.addSectionBelow", "add-section", MaterialDesignP.PLAYLIST_PLUS,
                        () -> actions.addSectionAfter(section)),
                new SeparatorMenuItem(),
                keyed("menu.edit.moveSectionUp", ALT_SHIFT_UP, "move-section-up", MaterialDesignA.ARROW_UP,
                        () -> viewModel.editor().moveSection(section.id(), -1)),
                keyed("menu.edit.moveSectionDown", ALT_SHIFT_DOWN, "move-section-down", MaterialDesignA.ARROW_DOWN,
                        () -> viewModel.editor().moveSection(section.id(), 1)),
                new SeparatorMenuItem(),
                delete);
    }

    /** An entry that shows the key doing the same in the list; shown, not registered, so the list's keys stay its own. */
    private static MenuItem keyed(String textKey, KeyCombination key, String id, Ikon icon, Runnable action) {
        return MenuCommands.item(Messages.tr(textKey), id, key, icon, action);
    }

    /** An entry whose text is the bundle's text for {@code textKey}. */
    private static MenuItem item(String textKey, String id, Ikon icon, Runnable action) {
        return MenuCommands.item(Messages.tr(textKey), id, null, icon, action);
    }
}
