package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.common.RowMenuKeys;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The checklist's keys, on the list: D, L, S, R and Space set the selected item's status; Insert, Enter, F2, Delete
 * and Alt+↑/↓ edit it; Alt+Shift+↑/↓ move its section; Shift+F10 or the menu key open its menu.
 */
final class ChecklistKeys {
    private final ChecklistViewModel viewModel;
    private final ChecklistActions actions;
    private final ChecklistMenus menus;
    private final ListView<ChecklistRow> list;

    ChecklistKeys(ChecklistViewModel viewModel, ChecklistActions actions, ChecklistMenus menus, ListView<ChecklistRow> list) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.menus = menus;
        this.list = list;
    }

    void onKey(KeyEvent event) {
        if (editKey(event)) {
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        ItemStatus status = switch (event.getCode()) {
            case D -> ItemStatus.DONE;
            case L -> ItemStatus.LEARNING;
            case S -> ItemStatus.SKIPPED;
            case R -> ItemStatus.NOT_STARTED;
            default -> null;
        };
        if (status != null) {
            viewModel.setSelectedStatus(status);
            event.consume();
        } else if (event.getCode() == KeyCode.SPACE) {
            viewModel.toggleSelectedDone();
            event.consume();
        }
    }

    /**
     * F2 renames, Delete deletes, Insert adds, Alt+↑/↓ move the selected item, Alt+Shift+↑/↓ its section, and
     * Shift+F10 or the menu key open its right-click menu under the row.
     */
    private boolean editKey(KeyEvent event) {
        if (RowMenuKeys.opensMenu(event)) {
            showMenuOfSelectedRow();
            return true;
        }
        boolean vertical = event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN;
        if (event.isAltDown() && event.isShiftDown() && vertical && !event.isShortcutDown()) {
            viewModel.editor().moveSelectedSection(event.getCode() == KeyCode.UP ? -1 : 1);
            return true;
        }
        if (event.isShortcutDown() || event.isShiftDown()) {
            return false;
        }
        if (event.isAltDown()) {
            if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN) {
                actions.moveSelected(event.getCode() == KeyCode.UP ? -1 : 1);
                return true;
            }
            return false;
        }
        switch (event.getCode()) {
            case F2 -> actions.renameSelected();
            case DELETE -> actions.deleteSelected();
            case INSERT -> actions.addItem();
            case ENTER -> actions.editSelected();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void showMenuOfSelectedRow() {
        if (!(list.getSelectionModel().getSelectedItem() instanceof ItemRow row)) {
            return;
        }
        RowMenuKeys.showUnderSelected(list, menus.forItem(row));
    }
}
