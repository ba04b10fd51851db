package dev.stepwise.ui.common;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * A page's search as you type, the same on every page: a magnifier, a clear button, a name and help for a screen
 * reader, the text two-way bound to its view model. Esc clears it (once empty, Esc goes on to the window); ↓ goes
 * on to the results.
 */
public final class SearchField {
    /** What each field's stem of keys needs: {@code <stem>.prompt}, {@code .name} and {@code .help}. */
    public static final List<String> KEYS = List.of("prompt", "name", "help");

    private SearchField() {
    }

    /**
     * @param messages the stem of its texts: {@code .prompt}, {@code .name} and {@code .help}
     * @param toResults what ↓ does: focus the first (or selected) result
     */
    public static CustomTextField create(String id, String messages, StringProperty text, Runnable toResults) {
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId(id);
        search.setPromptText(Messages.tr(messages + "." + KEYS.get(0)));
        search.setAccessibleText(Messages.tr(messages + "." + KEYS.get(1)));
        search.setAccessibleHelp(Messages.tr(messages + "." + KEYS.get(2)));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(text);
        search.setMaxWidth(Double.MAX_VALUE);
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !text.get().isEmpty()) {
                text.set("");
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !event.isShortcutDown() && !event.isAltDown()) {
                toResults.run();
                event.consume();
            }
        });
        return search;
    }

    /** Focuses the field with its text selected, to be typed over (Edit ▸ Find). */
    public static void focus(CustomTextField search) {
        search.requestFocus();
        search.selectAll();
    }
}
