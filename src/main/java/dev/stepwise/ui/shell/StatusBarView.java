package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.UiScale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip at the bottom of the window: what happened (left, it may shorten with "…") and what is open (right).
 *
 * <p>Two labels in a row, styled by app.css ({@code .status-bar}). It replaced ControlsFX's StatusBar, whose own
 * stylesheet and classes cost about a tenth of the window's start-up for what two labels do.
 */
public final class StatusBarView extends HBox {
    private final Label text = new Label();

    StatusBarView(Node... rightItems) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("status-text");
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        // Half an em between the right-hand parts, none before them: the growing text already leaves its room, and at
        // 1024 px in German all three parts fit with no more than that (LayoutAuditTest).
        for (int i = 0; i < rightItems.length; i++) {
            if (i > 0 && rightItems[i] instanceof Region region) {
                region.setPadding(new Insets(0, 0, 0, UiScale.em(0.5)));
            }
            getChildren().add(rightItems[i]);
        }
    }

    StringProperty textProperty() {
        return text.textProperty();
    }

    /** What the left-hand side says now. */
    public String getText() {
        return text.getText();
    }
}
