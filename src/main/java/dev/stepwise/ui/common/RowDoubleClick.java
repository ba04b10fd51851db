package dev.stepwise.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A double-click on a row opens its editor, the same on every list whose rows can be edited (checklist, skills matrix,
 * timeline): the row is selected by the first click, and the second opens what Enter or F2 opens. Not on a control
 * inside the row (a status button, a rating cell, a link), which a quick second click only uses again.
 */
public final class RowDoubleClick {
    private RowDoubleClick() {
    }

    /**
     * @param rows    the list the rows are in
     * @param rowType the rows that have an editor (an item's, not a section heading's)
     * @param edit    opens the selected row's editor
     */
    public static void edits(ListView<?> rows, Class<?> rowType, Runnable edit) {
        rows.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && event.isStillSincePress()
                    && onEditableRow(event.getPickResult().getIntersectedNode(), rows, rowType)) {
                edit.run();
                event.consume();
            }
        });
    }

    /**
     * True when the node clicked lies in a filled cell holding a row of the type, and not on a control of the row's
     * own between the two.
     */
    private static boolean onEditableRow(Node clicked, ListView<?> rows, Class<?> rowType) {
        for (Node node = clicked; node != null && node != rows; node = node.getParent()) {
            if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>) {
                return false;
            }
            if (node instanceof ListCell<?> cell) {
                return !cell.isEmpty() && rowType.isInstance(cell.getItem());
            }
        }
        return false;
    }
}
