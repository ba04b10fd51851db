package dev.stepwise.ui.common;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.event.EventTarget;
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
     * @param rows     the list the rows are in
     * @param rowType  the rows that have an editor (an item's, not a section heading's)
     * @param edit     opens the selected row's editor
     */
    public static void edits(ListView<?> rows, Class<?> rowType, Runnable edit) {
        Predicate<Node> editsIt = clicked -> cellOf(clicked, rows).filter(cell -> rowType.isInstance(cell.getItem())).isPresent();
        rows.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && event.isStillSincePress()
                    && event.getPickResult().getIntersectedNode() != null && !onControl(event.getTarget(), rows)
                    && editsIt.test(event.getPickResult().getIntersectedNode())) {
                edit.run();
                event.consume();
            }
        });
    }

    private static Optional<ListCell<?>> cellOf(Node clicked, Node rows) {
        for (Node node = clicked; node != null && node != rows; node = node.getParent()) {
            if (node instanceof ListCell<?> cell) {
                return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** True when the click landed on a control of the row's own, between the node clicked and the list. */
    private static boolean onControl(EventTarget target, Node rows) {
        for (Node node = target instanceof Node start ? start : null; node != null && node != rows; node = node.getParent()) {
            if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }
}
