package dev.stepwise.ui.common;

import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;

/**
 * An entry in an {@link OrderedListEditor}: shows its text, renames on double-click, and takes part in reordering by drag
 * and drop. Dropped on a row, the dragged entry takes that row's place; dropped below the last row, it goes last. While
 * a drag hovers, a line above or below the row (editors.css) shows where it will land.
 */
final class OrderedListCell<T> extends ListCell<T> {
    private static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");
    private static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");

    private final OrderedListEditor.Kind<T> kind;

    OrderedListCell(OrderedListEditor.Kind<T> kind, BiConsumer<Integer, Integer> move, Runnable rename) {
        this.kind = kind;
        // As wide as the list, never wider: long texts wrap instead of scrolling the list sideways.
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
            content.putString(kind.id().apply(getItem()));
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
    protected void updateItem(T entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(empty || entry == null ? null : kind.text().apply(entry));
        setId(empty || entry == null ? null : kind.nodeId() + "-" + kind.id().apply(entry));
    }

    /** Where an entry dropped here ends up: this row's place, or last when this is an empty row below the list. */
    private int targetIndex() {
        return isEmpty() ? getListView().getItems().size() - 1 : getIndex();
    }

    /** The index of the entry being dragged, or -1 when the drag did not start in this list. */
    private int draggedIndex(DragEvent event) {
        if (!(event.getGestureSource() instanceof OrderedListCell<?> source) || source.getListView() != getListView()
                || !event.getDragboard().hasString()) {
            return -1;
        }
        String id = event.getDragboard().getString();
        var items = getListView().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (kind.id().apply(items.get(i)).equals(id)) {
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
