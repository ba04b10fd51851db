package dev.stepwise.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab leave a multi-line text field for the next or previous control, as they leave every other field.
 * JavaFX's {@link TextArea} types a tab character instead, so a keyboard user tabbing through the item editor landed
 * in its detail and stayed there, filling it with tabs (the notes did the same). A tab character is not something a
 * learner's notes need; Ctrl+Tab, JavaFX's own way out, still works. Installed once on the window and on every dialog.
 */
public final class TabLeavesTextAreas {
    private TabLeavesTextAreas() {
    }

    /** Applies to every text area under {@code root}, now and later. */
    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, TabLeavesTextAreas::onKeyPressed);
    }

    private static void onKeyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()
                && event.getTarget() instanceof TextArea area) {
            event.consume();
            // The text area's own binding for Ctrl+Tab (Ctrl+Shift+Tab) moves the focus on (back); this filter lets it
            // through, as it has Ctrl down.
            area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                    false, false));
        }
    }
}
