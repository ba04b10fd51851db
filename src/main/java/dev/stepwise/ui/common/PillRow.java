package dev.stepwise.ui.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Toggle buttons joined into one pill (AtlantaFX's left, centre and right pill shapes) while they fit on a line, and
 * wrapped onto the next in a narrow place rather than pushing what is beside them past the window's edge: the
 * checklist's filters, whose counts grow with the path ("Alle 10.000"), and the item's status choice. Each line is
 * shaped as a pill of its own: shaped once for one line, a wrapped line ended on a centre piece with no right edge.
 */
public final class PillRow extends FlowPane {
    private static final List<String> SHAPES = List.of(Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL);

    /** The index of the first button of each line, as last shaped. */
    private List<Integer> lineStarts = List.of(0);

    private PillRow() {
        super(0, 4);
    }

    /** The buttons in order, shaped as one pill, in a row that wraps; each button keeps its whole text. */
    public static FlowPane of(String styleClass, List<ToggleButton> buttons) {
        PillRow row = new PillRow();
        row.getStyleClass().add(styleClass);
        shape(buttons);
        row.getChildren().addAll(buttons);
        return row;
    }

    /** Shapes the buttons, in order, as one pill (left, centre, right), each keeping its whole text. */
    public static void shape(List<? extends Node> buttons) {
        for (Node button : buttons) {
            if (button instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        shapeLine(buttons);
    }

    private static void shapeLine(List<? extends Node> line) {
        for (int i = 0; i < line.size(); i++) {
            List<String> classes = line.get(i).getStyleClass();
            classes.removeAll(SHAPES);
            // A button alone on its line keeps the plain button's rounded ends.
            if (line.size() > 1) {
                classes.add(i == 0 ? Styles.LEFT_PILL : i == line.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Node> buttons = getManagedChildren();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            // A line starts where a button is placed back at the left, whatever the heights in a line.
            if (i == 0 || buttons.get(i).getLayoutX() <= buttons.get(i - 1).getLayoutX()) {
                starts.add(i);
            }
        }
        // Only when the lines changed: a new style class makes the buttons be styled again.
        if (!starts.equals(lineStarts) && !buttons.isEmpty()) {
            lineStarts = starts;
            for (int line = 0; line < starts.size(); line++) {
                int end = line + 1 < starts.size() ? starts.get(line + 1) : buttons.size();
                shapeLine(buttons.subList(starts.get(line), end));
            }
        }
    }
}
