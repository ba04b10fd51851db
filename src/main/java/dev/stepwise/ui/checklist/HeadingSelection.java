package dev.stepwise.ui.checklist;

import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Where the checklist's selection goes when it lands on a heading, which is never selected itself. Moved onto it by
 * the keys, it goes on past it in the same direction. Clicked, it goes to the first item under that heading: it went
 * to the item above, the last of the section before, and an item added next (Ctrl+N, Insert) landed in that other
 * section. A clicked section that shows no item keeps the selection where it was and is chosen for the next item
 * added ({@link ChecklistEditor#chooseSection}).
 */
final class HeadingSelection {
    private boolean pointer;

    /** Follows whether the list's last input was a press of the pointer or a key. */
    HeadingSelection(ListView<ChecklistRow> list) {
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pointer = true);
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> pointer = false);
    }

    /**
     * The row to select instead of the heading at {@code index}, which was reached from {@code old}; {@code chosen} is
     * told the section when a clicked one shows no item.
     */
    int instead(List<ChecklistRow> rows, int index, int old, ChecklistEditor chosen) {
        if (pointer && rows.get(index) instanceof SectionRow heading) {
            if (index + 1 < rows.size() && rows.get(index + 1) instanceof ItemRow) {
                return index + 1;
            }
            chosen.chooseSection(heading.section().id());
            if (old >= 0 && old < rows.size()) {
                return old;
            }
        }
        int step = old > index ? -1 : 1;
        int next = index + step;
        return next < 0 || next >= rows.size() ? index - step : next;
    }
}
