package dev.stepwise.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Toggle buttons joined into one pill (AtlantaFX's left, centre and right pill shapes) while they fit on a line, and
 * wrapped onto the next in a narrow place rather than pushing what is beside them past the window's edge: the
 * checklist's filters, whose counts grow with the path ("Alle 10.000"), and the item's status choice.
 */
public final class PillRow {
    private PillRow() {
    }

    /** The buttons in order, shaped as one pill, in a row that wraps; each button keeps its whole text. */
    public static FlowPane of(String styleClass, List<ToggleButton> buttons) {
        FlowPane row = new FlowPane(0, 4);
        row.getStyleClass().add(styleClass);
        shape(buttons);
        row.getChildren().addAll(buttons);
        return row;
    }

    /** Shapes the buttons, in order, as one pill (left, centre, right), each keeping its whole text. */
    public static void shape(List<ToggleButton> buttons) {
        for (int i = 0; i < buttons.size(); i++) {
            ToggleButton button = buttons.get(i);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == buttons.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        }
    }
}
