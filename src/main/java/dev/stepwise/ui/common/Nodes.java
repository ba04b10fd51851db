package dev.stepwise.ui.common;

import javafx.scene.Node;

/** Questions about where a node sits in the scene graph, asked by more than one part of the window. */
final class Nodes {
    private Nodes() {
    }

    /** Whether {@code node} is {@code ancestor} or lies anywhere under it; false for a null node. */
    static boolean isInside(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
