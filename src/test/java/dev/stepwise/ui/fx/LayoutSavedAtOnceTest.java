package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's place and the pages' dividers are on disk once a move, a resize or a drag settles, like the theme and
 * the zoom: a window that is killed starts again laid out as the learner left it. Each check reads the data file
 * through a second connection while the app is still running, so nothing of {@code stop()} helps.
 */
class LayoutSavedAtOnceTest extends DividersTestBase {

    private List<String> stored(String key) {
        return column("SELECT value FROM preference WHERE key = ?", key);
    }

    /** The divider's share is on disk exactly as the page has it now. */
    private boolean dividerOnDisk(String key, String splitQuery) {
        return stored(key).equals(List.of(String.valueOf(divider(splitQuery))));
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void aMovedAndResizedWindowIsOnDiskOnceItSettlesAndKeepsTheLook() {
        shortcut(KeyCode.EQUALS);
        waitUntil(() -> stored("zoom").equals(List.of("110")));

        robot.interact(() -> {
            stage.setX(50);
            stage.setY(40);
            stage.setWidth(1100);
            stage.setHeight(720);
        });

        waitUntil(() -> stored("window.width").equals(List.of("1100.0")));
        assertThat(stored("window.x")).containsExactly("50.0");
        assertThat(stored("window.y")).containsExactly("40.0");
        assertThat(stored("window.height")).containsExactly("720.0");
        assertThat(stored("window.maximized")).containsExactly("false");
        assertThat(stored("zoom")).as("the look is left as it was").containsExactly("110");
    }

    /** Maximised, the bounds are the screen's: the size the learner gave the window is what is kept, flagged maximised. */
    @Test
    void aMaximisedWindowIsOnDiskWithTheSizeItHadBefore() {
        placeWindow(1000, 700);
        waitUntil(() -> stored("window.width").equals(List.of("1000.0")));

        robot.interact(() -> stage.setMaximized(true));

        waitUntil(() -> stored("window.maximized").equals(List.of("true")));
        assertThat(stage.getWidth()).as("maximised on the test's screen").isGreaterThan(1000);
        assertThat(stored("window.width")).containsExactly("1000.0");
        assertThat(stored("window.height")).containsExactly("700.0");
    }

    @Test
    void draggedChecklistAndTimelineDividersAreOnDiskOnceTheySettle() {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#checklist-split"));
        dragDivider("#checklist-split", -60, 0);
        waitUntil(() -> dividerOnDisk("divider.checklist", "#checklist-split"));
        List<String> checklist = stored("divider.checklist");

        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#timeline-split"));
        dragDivider("#timeline-split", 0, 90);
        waitUntil(() -> dividerOnDisk("divider.timeline", "#timeline-split"));

        assertThat(stored("divider.checklist")).as("the checklist's kept beside it").isEqualTo(checklist);
    }

    /** The matrix places its own line (stacked in a narrow window): it is heard through the page, not a split of ours. */
    @Test
    void theMatrixStackedLineIsOnDiskOnceItSettles() {
        double before = showStackedMatrix();

        dragDivider("#matrix-split", 0, 80);

        assertThat(divider("#matrix-split")).as("the drag moved the line").isGreaterThan(before + 0.05);
        waitUntil(() -> dividerOnDisk("divider.matrix", "#matrix-split"));
    }

    /**
     * A drag is many small moves; it is written once, as it ends. The writes are counted by the file itself: a trigger,
     * added through the test's own connection, counts each row of the checklist's divider written with a moved line.
     */
    @Test
    void aDragOfManySmallStepsIsWrittenOnce() throws Exception {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#checklist-split"));
        WaitForAsyncUtils.waitForFxEvents(3);
        String before = String.valueOf(divider("#checklist-split"));
        String moved = "NEW.key = 'divider.checklist' AND NEW.value <> '" + before + "'";
        execute("CREATE TABLE test_divider_write (at INTEGER)",
                "CREATE TRIGGER test_divider_inserted AFTER INSERT ON preference WHEN " + moved
                        + " BEGIN INSERT INTO test_divider_write VALUES (1); END",
                "CREATE TRIGGER test_divider_updated AFTER UPDATE ON preference WHEN " + moved
                        + " BEGIN INSERT INTO test_divider_write VALUES (1); END");
        AtomicInteger steps = new AtomicInteger();
        SplitPane split = robot.lookup("#checklist-split").query();
        robot.interact(() -> split.getDividers().get(0).positionProperty().addListener((obs, old, now) -> steps.incrementAndGet()));

        // Step by step as fast as a mouse sends them: a wait for the FX thread after each step is a pause in the drag.
        Node line = robot.lookup("#checklist-split > .split-pane-divider").query();
        robot.drag(line, MouseButton.PRIMARY);
        Point2D start = robot.point(line).query();
        for (int step = 1; step <= 30; step++) {
            robot.robotContext().getMouseRobot().moveNoWait(new Point2D(start.getX() - 3 * step, start.getY()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.release(MouseButton.PRIMARY);

        // Saves run in order on one thread: once the drag's end is on disk, any save of a step before it would be too.
        waitUntil(() -> dividerOnDisk("divider.checklist", "#checklist-split"));
        assertThat(steps.get()).as("the line moved in many small steps").isGreaterThanOrEqualTo(30);
        assertThat(column("SELECT count(*) FROM test_divider_write")).as("rows written").containsExactly("1");
    }

    /** Not the learner's work: said in the status line, without a dialog, as for the theme and the zoom. */
    @Test
    void aPlaceThatCannotBeSavedIsSaidInTheStatusLine() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("DELETE FROM preference WHERE key = 'no such key'");

            placeWindow(1000, 700);

            waitUntil(() -> statusBar().startsWith("The window’s size, place and dividers were not remembered for the next "
                    + "start: The data file "));
            assertThat(robot.lookup(".dialog-pane").match(AppTestBase::visible).tryQuery()).as("no dialog").isEmpty();
            statement.execute("ROLLBACK");
        }
    }
}
