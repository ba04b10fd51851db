package dev.stepwise.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app, with what the tests of the pages' dividers read and do: a line's share, a drag, the stacked matrix. */
abstract class DividersTestBase extends AppTestBase {
    /** The share of the page left of (or above) the split's divider, on the FX thread. */
    double divider(String splitQuery) {
        SplitPane split = robot.lookup(splitQuery).query();
        double[] share = new double[1];
        robot.interact(() -> share[0] = split.getDividerPositions()[0]);
        return share[0];
    }

    /** The learner drags the line between the split's two parts by this many pixels (right or down). */
    void dragDivider(String splitQuery, double dx, double dy) {
        Node line = robot.lookup(splitQuery + " > .split-pane-divider").query();
        robot.drag(line, MouseButton.PRIMARY).moveBy(dx, dy).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A small laptop's window on the matrix, laid out: the detail under the grid. Returns the line's share. */
    double showStackedMatrix() {
        placeWindow(1024, 640);
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#matrix-split"));
        WaitForAsyncUtils.waitForFxEvents(3);
        return divider("#matrix-split");
    }
}
