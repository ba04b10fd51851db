package dev.stepwise.ui.checklist;

import dev.stepwise.domain.SubItem;
import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;

/**
 * A sub-step in the editor's list: shows its title, renames on double-click, and takes part in reordering by drag and
 * drop. Dropped on a row, the dragged sub-step takes that row's place; dropped below the last row, it goes last. While
 * a drag hovers, a line above or below the row (editors.css) shows where it will land.
 */
final class SubStepCell extends ListCell<SubItem> {
    private static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");
    private static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");

    SubStepCell(BiConsumer<Integer, Integer> move, Runnable rename) {
        // As wide as the list, never wider: long titles wrap instead of scrolling the list sideways.
        setPrefWidth(0);
        setWrapText(true);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                rename.run();
            }
        });
        setOnDragDetected(event -> {
            if (isEmpty()) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(getItem().id());
            board.setContent(content);
            event.consume();
        });
        setOnDragOver(event -> {
            if (draggedIndex(event) >= 0) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        setOnDragEntered(event -> {
            int from = draggedIndex(event);
            if (from >= 0 && from != targetIndex()) {
                pseudoClassStateChanged(from > targetIndex() ? DROP_ABOVE : DROP_BELOW, true);
            }
        });
        setOnDragExited(event -> clearDropMark());
        setOnDragDropped(event -> {
            int from = draggedIndex(event);
            if (from >= 0) {
                move.accept(from, targetIndex());
                event.setDropCompleted(true);
            }
            clearDropMark();
            event.consume();
        });
    }

    @Override
    protected void updateItem(SubItem sub, boolean empty) {
        super.updateItem(sub, empty);
        setText(empty || sub == null ? null : sub.title());
        setId(empty || sub == null ? null : "substep-" + sub.id());
    }

    /** Where a sub-step dropped here ends up: this row's place, or last when this is an empty row below the list. */
    private int targetIndex() {
        return isEmpty() ? getListView().getItems().size() - 1 : getIndex();
    }

    /** The index of the sub-step being dragged, or -1 when the drag did not start in this list. */
    private int draggedIndex(DragEvent event) {
        if (!(event.getGestureSource() instanceof SubStepCell source) || source.getListView() != getListView()
                || !event.getDragboard().hasString()) {
            return -1;
        }
        String id = event.getDragboard().getString();
        var items = getListView().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void clearDropMark() {
        pseudoClassStateChanged(DROP_ABOVE, false);
        pseudoClassStateChanged(DROP_BELOW, false);
    }
}
