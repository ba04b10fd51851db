package dev.stepwise.ui.common;

import javafx.scene.Node;

/** Showing optional parts of a page, or hiding them so that they take no room either, as every page does. */
public final class Visibility {
    private Visibility() {
    }

    /** Shows the nodes, or hides them and lets the layout close the gap (not managed). */
    public static void show(boolean shown, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }
}
