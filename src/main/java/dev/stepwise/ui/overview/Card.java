package dev.stepwise.ui.overview;

import dev.stepwise.ui.common.StyleClasses;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One card of the overview: a heading over a body. Each card is made once and told of every new summary with
 * {@link #update}, changing only the nodes whose text or value changed, so the page never loses the keyboard focus
 * and a tick costs a few label updates.
 */
abstract class Card extends VBox {
    private final Label heading = new Label();

    Card(String title) {
        heading.setText(title);
        heading.getStyleClass().add(StyleClasses.CARD_TITLE);
        getChildren().add(heading);
        getStyleClass().add(StyleClasses.CARD);
        setMaxWidth(Double.MAX_VALUE);
    }

    /** Shows the summary, touching only what differs from the one shown before. */
    abstract void update(OverviewSummary summary);

    /** The body under the heading, made once. */
    final void body(Node... nodes) {
        getChildren().addAll(nodes);
    }

    final void retitle(String title) {
        heading.setText(title);
    }
}
