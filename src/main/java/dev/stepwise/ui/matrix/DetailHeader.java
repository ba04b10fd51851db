package dev.stepwise.ui.matrix;

import dev.stepwise.ui.common.TextWidths;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The skill detail's top line: the category, and Edit… and Delete at the right. Beside the grid on a 1280 px screen the
 * pane is narrow, and in German "Bearbeiten…" is wide: when the category would not fit whole beside the buttons, Edit…
 * shows its icon alone (its name stays its tooltip and what a screen reader says) rather than break the category
 * inside a word. A category too long even then wraps at its spaces.
 */
final class DetailHeader extends HBox {
    private static final double SPACING = 6;

    private final Label category;
    private final Button edit;
    private final Button delete;

    DetailHeader(Label category, Button edit, Button delete) {
        super(SPACING);
        this.category = category;
        this.edit = edit;
        this.delete = delete;
        category.setWrapText(true);
        category.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(category, gap, edit, delete);
        setAlignment(Pos.CENTER_LEFT);
        InvalidationListener fit = observable -> fit();
        widthProperty().addListener(fit);
        category.textProperty().addListener(fit);
        category.fontProperty().addListener(fit);
        edit.fontProperty().addListener(fit);
    }

    private void fit() {
        Insets insets = getInsets();
        double room = getWidth() - insets.getLeft() - insets.getRight() - SPACING * 3 - delete.prefWidth(-1);
        boolean whole = textWidth(category) + withText(edit) <= room;
        edit.setContentDisplay(whole ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY);
    }

    /** The button's width with its name beside its icon, whichever way it shows now. */
    private static double withText(Button button) {
        Insets insets = button.getInsets();
        Node graphic = button.getGraphic();
        double icon = graphic == null ? 0 : graphic.prefWidth(-1) + button.getGraphicTextGap();
        return insets.getLeft() + icon + textWidth(button) + insets.getRight();
    }

    private static double textWidth(Labeled labeled) {
        return TextWidths.of(labeled.getText(), labeled.getFont());
    }
}
