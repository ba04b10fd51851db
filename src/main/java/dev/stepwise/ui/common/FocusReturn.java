package dev.stepwise.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives the keyboard focus back to where it was when a strip that took it goes away. Closing a notice with its ✕ (or
 * using its action) leaves the focus on a hidden button; the scene then puts it on the window's first control (the
 * sidebar's ⋯), so the learner's next key would act there instead of in the list they were working in.
 */
public final class FocusReturn {
    private FocusReturn() {
    }

    /** From now on, when {@code strip} is hidden while it holds the focus, the focus goes back to where it came from. */
    public static void whenHidden(Node strip) {
        Node[] before = new Node[1];
        strip.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.focusOwnerProperty().subscribe(owner -> {
                    if (owner != null && !Nodes.isInside(owner, strip)) {
                        before[0] = owner;
                    }
                });
            }
        });
        strip.visibleProperty().subscribe(visible -> {
            Scene scene = strip.getScene();
            Node previous = before[0];
            if (!visible && scene != null && Nodes.isInside(scene.getFocusOwner(), strip) && canTakeFocus(previous, scene)) {
                previous.requestFocus();
            }
        });
    }

    /** Still in this window, shown all the way up and enabled: a node taken away meanwhile is left alone. */
    private static boolean canTakeFocus(Node node, Scene scene) {
        if (node == null || node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
