package dev.stepwise.ui.fx;

import dev.stepwise.ui.Contrast;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Measures a focus indicator the way WCAG 2.2's "focus appearance" does: the pixels that change between the focused
 * and the unfocused state by a contrast of at least 3:1, counted in a band around the node's edge, compared with the
 * area of a 2 px thick line around the node's perimeter. A band, not the whole node, so a blinking caret or a prompt
 * text that hides on focus cannot pass for a ring.
 */
record FocusIndication(int changedPixels, int requiredPixels) {
    /** How far outside and inside the node's edge an indicator is looked for. */
    static final int BAND = 5;

    boolean visible() {
        return changedPixels >= requiredPixels;
    }

    /** Compares two snapshots of the whole scene, around the node's bounds in the scene. */
    static FocusIndication measure(Bounds node, WritableImage focused, WritableImage unfocused) {
        PixelReader a = focused.getPixelReader();
        PixelReader b = unfocused.getPixelReader();
        int width = (int) focused.getWidth();
        int height = (int) focused.getHeight();
        int minX = (int) Math.floor(node.getMinX());
        int minY = (int) Math.floor(node.getMinY());
        int maxX = (int) Math.ceil(node.getMaxX());
        int maxY = (int) Math.ceil(node.getMaxY());
        int changed = 0;
        for (int y = Math.max(0, minY - BAND); y < Math.min(height, maxY + BAND); y++) {
            for (int x = Math.max(0, minX - BAND); x < Math.min(width, maxX + BAND); x++) {
                boolean inner = x >= minX + BAND && x < maxX - BAND && y >= minY + BAND && y < maxY - BAND;
                if (!inner && Contrast.ratio(a.getColor(x, y), b.getColor(x, y)) >= 3.0) {
                    changed++;
                }
            }
        }
        // A 2 px line along the perimeter; 90 % of it, for the rounded corners a ring is drawn with.
        double perimeter = 2 * (node.getWidth() + node.getHeight());
        return new FocusIndication(changed, (int) (2 * perimeter * 0.9));
    }

    static WritableImage snapshot(Scene scene) {
        return scene.snapshot(null);
    }

    static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
