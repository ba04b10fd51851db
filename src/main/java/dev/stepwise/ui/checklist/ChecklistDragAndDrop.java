package dev.stepwise.ui.checklist;

import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Moving by drag and drop: an item row dropped on the upper half of another item lands before it, on the lower half
 * after it, on a section heading at the start of that section; a section heading dropped on another heading moves
 * the whole section before it. The row under the pointer shows where.
 */
final class ChecklistDragAndDrop {
    /** Our own format, so text dragged in from elsewhere is never taken for an item. */
    static final DataFormat ITEM = new DataFormat("application/x-stepwise-item");
    static final DataFormat SECTION = new DataFormat("application/x-stepwise-section");
    private static final String DROP_BEFORE = "drop-before";
    private static final String DROP_AFTER = "drop-after";

    private ChecklistDragAndDrop() {
    }

    static void install(ChecklistCell cell, ChecklistEditor editor) {
        cell.setOnDragDetected(event -> {
            ClipboardContent content = new ClipboardContent();
            if (cell.getItem() instanceof ItemRow row && !row.archived()) {
                content.put(ITEM, row.item().id());
            } else if (cell.getItem() instanceof SectionRow row) {
                content.put(SECTION, row.section().id());
            } else {
                return;
            }
            Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
            board.setContent(content);
            board.setDragView(cell.snapshot(null, null));
            event.consume();
        });
        cell.setOnDragOver(event -> {
            if (accepts(cell, event)) {
                event.acceptTransferModes(TransferMode.MOVE);
                mark(cell, cell.getItem() instanceof SectionRow || !lowerHalf(cell, event) ? DROP_BEFORE : DROP_AFTER);
            } else if (acceptsSection(cell, event)) {
                event.acceptTransferModes(TransferMode.MOVE);
                mark(cell, DROP_BEFORE);
            }
            event.consume();
        });
        cell.setOnDragExited(event -> mark(cell, null));
        cell.setOnDragDropped(event -> {
            boolean done = false;
            if (accepts(cell, event)) {
                String dragged = (String) event.getDragboard().getContent(ITEM);
                if (cell.getItem() instanceof ItemRow target) {
                    editor.moveNextTo(dragged, target.item().id(), lowerHalf(cell, event));
                } else if (cell.getItem() instanceof SectionRow section) {
                    editor.moveToSectionStart(dragged, section.section().id());
                }
                done = true;
            } else if (acceptsSection(cell, event) && cell.getItem() instanceof SectionRow target) {
                editor.moveSectionBefore((String) event.getDragboard().getContent(SECTION), target.section().id());
                done = true;
            }
            mark(cell, null);
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private static boolean accepts(ChecklistCell cell, DragEvent event) {
        if (!event.getDragboard().hasContent(ITEM)) {
            return false;
        }
        ChecklistRow row = cell.getItem();
        return row instanceof SectionRow || (row instanceof ItemRow item && !item.archived()
                && !item.item().id().equals(event.getDragboard().getContent(ITEM)));
    }

    /** A section heading dropped on another heading lands before it. */
    private static boolean acceptsSection(ChecklistCell cell, DragEvent event) {
        return event.getDragboard().hasContent(SECTION) && cell.getItem() instanceof SectionRow row
                && !row.section().id().equals(event.getDragboard().getContent(SECTION));
    }

    private static boolean lowerHalf(ChecklistCell cell, DragEvent event) {
        return event.getY() > cell.getHeight() / 2;
    }

    private static void mark(ChecklistCell cell, String styleClass) {
        cell.getStyleClass().removeAll(DROP_BEFORE, DROP_AFTER);
        if (styleClass != null) {
            cell.getStyleClass().add(styleClass);
        }
    }
}
