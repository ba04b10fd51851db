package dev.stepwise.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a learner would call a broken layout, found by walking the scene's visible nodes: a label, button or cell
 * whose skin shows less than its text ("3 Indepen…"), a text field whose prompt does not fit, a node that lies
 * outside the window or past the right edge of the scroll pane or list it sits in, and a horizontal scroll bar.
 * Each finding names the node (id, else its class and text) so the failure message is a to-do list.
 */
final class LayoutAudit {
    /** Sub-pixel overlaps come from snapping and text metrics, not from layout: a pixel of slack. */
    private static final double SLACK = 1.0;

    private final List<String> findings = new ArrayList<>();
    private final String where;

    private LayoutAudit(String where) {
        this.where = where;
    }

    /** Everything wrong with the scene as it is on screen now, each line prefixed with {@code where}. */
    static List<String> of(Scene scene, String where) {
        return of(scene.getRoot(), where);
    }

    /**
     * Everything wrong with one part of the scene (a page), as it is on screen now. Laid out first: a text set since the
     * last pulse (the status bar's "Saving…" turning into "All changes are saved" as a save ends) is not yet in its
     * skin, and would read as cut.
     */
    static List<String> of(Node part, String where) {
        if (part.getScene() != null) {
            part.getScene().getRoot().applyCss();
            part.getScene().getRoot().layout();
        }
        LayoutAudit audit = new LayoutAudit(where);
        audit.walk(part, null, part.getScene(), false);
        return audit.findings;
    }

    /** @param overflowReported an ancestor already lies outside: its descendants' bounds would only repeat it */
    private void walk(Node node, Node viewport, Scene scene, boolean overflowReported) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        boolean overflows = check(node, viewport, scene, overflowReported);
        // A split pane clips each side to its share: what is wider than its side is cut at the divider.
        boolean splitPaneSide = node.getParent() instanceof SplitPane && node.getClip() != null;
        if (node instanceof ScrollPane || node instanceof VirtualFlow || splitPaneSide) {
            viewport = node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, viewport, scene, overflowReported || overflows);
            }
        }
    }

    /** @return whether the node lies outside its window or viewport */
    private boolean check(Node node, Node viewport, Scene scene, boolean overflowReported) {
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        if (node instanceof TextField field) {
            checkPrompt(field);
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
            findings.add("scrolls sideways: " + describe(ancestorNamed(bar)));
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0 || node instanceof Text) {
            return false;
        }
        if (viewport == null) {
            if (bounds.getMinX() < -SLACK || bounds.getMinY() < -SLACK
                    || bounds.getMaxX() > scene.getWidth() + SLACK || bounds.getMaxY() > scene.getHeight() + SLACK) {
                report(overflowReported, "outside the window (%.0f×%.0f): %s at x %.0f–%.0f, y %.0f–%.0f".formatted(scene.getWidth(),
                        scene.getHeight(), describe(node), bounds.getMinX(), bounds.getMaxX(), bounds.getMinY(), bounds.getMaxY()));
                return true;
            }
        } else {
            Bounds port = viewport.localToScene(viewport.getLayoutBounds());
            if (bounds.getMaxX() > port.getMaxX() + SLACK) {
                report(overflowReported, "past the right edge of %s (%.0f > %.0f): %s".formatted(describe(ancestorNamed(viewport)),
                        bounds.getMaxX(), port.getMaxX(), describe(node)));
                return true;
            }
        }
        return false;
    }

    private void report(boolean overflowReported, String finding) {
        if (!overflowReported) {
            findings.add(finding);
        }
    }

    /** The skin's text node shows the text as laid out: shorter than {@code getText()} means it was cut. */
    private void checkText(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        String shown = labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText()).findFirst().orElse(null);
        if (shown == null) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        if (!shown.replace("_", "").equals(expected.replace("_", ""))) {
            findings.add("truncated: %s shows \"%s\"".formatted(describe(labeled), shown.replace("\n", "⏎")));
        }
    }

    /** The prompt sits in the field's clipped text group: wider than the clip means the learner reads half of it. */
    private void checkPrompt(TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty() || !field.getText().isEmpty()) {
            return;
        }
        for (Node child : field.lookupAll(".text")) {
            if (child instanceof Text promptNode && prompt.equals(promptNode.getText()) && promptNode.isVisible()
                    && promptNode.getParent() != null && promptNode.getParent().getClip() != null) {
                double clip = promptNode.getParent().getClip().getLayoutBounds().getWidth();
                double width = promptNode.getLayoutBounds().getWidth();
                if (width > clip + SLACK) {
                    findings.add("prompt cut: %s needs %.0f px, has %.0f".formatted(describe(field), width, clip));
                }
            }
        }
    }

    /** The nearest node with an id, for a message a developer can search for. */
    private static Node ancestorNamed(Node node) {
        Node named = node;
        while (named.getId() == null && named.getParent() != null) {
            named = named.getParent();
        }
        return named.getId() != null ? named : node;
    }

    private String describe(Node node) {
        StringBuilder name = new StringBuilder(where).append(' ');
        name.append(node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName());
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            name.append(" \"").append(labeled.getText().replace("\n", "⏎")).append('"');
        } else if (node instanceof TextField field) {
            name.append(" prompt \"").append(field.getPromptText()).append('"');
        }
        if (node.getId() == null) {
            name.append(" in ").append(describeShort(ancestorNamed(node)));
        }
        return name.toString();
    }

    private static String describeShort(Node node) {
        return node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
    }
}
