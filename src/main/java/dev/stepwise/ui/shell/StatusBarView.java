package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.UiScale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The strip at the bottom of the window: what happened (left, it may shorten with "…") and what is open (right).
 *
 * <p>Two labels in a row, styled by app.css ({@code .status-bar}). It replaced ControlsFX's StatusBar, whose own
 * stylesheet and classes cost about a tenth of the window's start-up for what two labels do.
 */
public final class StatusBarView extends HBox {
    private final Label text = new Label();

    StatusBarView(Node... rightItems) {
        super(UiScale.em(1));
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("status-text");
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        getChildren().addAll(rightItems);
    }

    StringProperty textProperty() {
        return text.textProperty();
    }

    /** What the left-hand side says now. */
    public String getText() {
        return text.getText();
    }
}
