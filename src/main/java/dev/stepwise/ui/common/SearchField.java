package dev.stepwise.ui.common;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
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

    /**
     * Never narrower than its prompt, which says what is searched: what sits beside the field (the checklist's detail)
     * gives way rather than cut it to "Search steps, sub-st". Measured in the field's font once its style is applied,
     * with its padding, magnifier and clear button around the text and a little room between them. Not for a field
     * that must give way itself (the matrix's, beside columns that never shrink).
     */
    public static void keepPromptWhole(CustomTextField search) {
        search.minWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Insets padding = search.getPadding();
            double around = padding.getLeft() + padding.getRight() + search.getFont().getSize()
                    + widthOf(search.getLeft()) + widthOf(search.getRight());
            return Math.ceil(TextWidths.of(search.getPromptText(), search.getFont()) + around);
        }, search.fontProperty(), search.promptTextProperty(), search.paddingProperty()));
    }

    private static double widthOf(Node node) {
        return node == null ? 0 : node.prefWidth(-1);
    }

    /** Focuses the field with its text selected, to be typed over (Edit ▸ Find). */
    public static void focus(CustomTextField search) {
        search.requestFocus();
        search.selectAll();
    }
}
