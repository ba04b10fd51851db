package dev.stepwise.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A row's right-click menu from the keyboard, the same on every list that has one (checklist, skills matrix,
 * timeline): Shift+F10 or the menu key open it under the selected row. Desktops send a context-menu request for
 * these keys on some systems only (not on Linux), so the lists listen for the keys themselves.
 */
public final class RowMenuKeys {
    /** The menu opens under the row, this far in from its left edge. */
    private static final double INSET = 24;

    private RowMenuKeys() {
    }

    /** True for Shift+F10 and the menu key. */
    public static boolean opensMenu(KeyEvent event) {
        return event.getCode() == KeyCode.CONTEXT_MENU || (event.getCode() == KeyCode.F10 && event.isShiftDown());
    }

    /** Shows the menu under the node (a row on screen, or the list it is in). */
    public static void showUnder(Node anchor, ContextMenu menu) {
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        menu.show(anchor, bounds.getMinX() + INSET, bounds.getMaxY());
    }

    /** Shows the menu under the list's selected row while a cell shows it, else under the list. */
    public static void showUnderSelected(ListView<?> list, ContextMenu menu) {
        int index = list.getSelectionModel().getSelectedIndex();
        Node anchor = list.lookupAll(".list-cell").stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.getIndex() == index && cell.isVisible())
                .findFirst().orElse(list);
        showUnder(anchor, menu);
    }
}
