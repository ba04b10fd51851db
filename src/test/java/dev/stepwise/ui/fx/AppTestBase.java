package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.App;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathChange;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.BundledPath;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.checklist.ChecklistRow;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.overview.OverviewView;
import dev.stepwise.ui.shell.StatusBarView;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application (real SQLite file in a temp folder, real store thread, real views) headless on the
 * {@link FixturePath} instead of the bundled paths, and gives tests a robot, a way to restart on the same data
 * folder, and direct read access to the database file.
 */
abstract class AppTestBase {
    @TempDir
    Path dataDir;

    final FxRobot robot = new OneWaitRobot();
    final AtomicInteger exitRequests = new AtomicInteger();
    Stage stage;
    /** What the app ships as its bundled paths at the next launch; a test may put a newer version here. */
    List<BundledPath> bundled = List.of(FixturePath.bundled());
    /** Where the app's file dialogs would ask, the files a test queued. */
    final GivenFiles files = new GivenFiles();
    /** The links the app handed to the (fake) browser; none ever reaches a real one. */
    final List<URI> openedLinks = new ArrayList<>();
    /** When set, the fake browser refuses every link with this. */
    Exception linkFailure;
    /** The app's clock: what changes are stamped with and study time and reviews are counted by; a test may move it. */
    Clock clock = Clock.systemDefaultZone();
    private Application app;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startApp() throws TimeoutException {
        launch();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** Starts the app and waits for its window, with the overview's cards below the fold if it opens on the overview. */
    void launch() throws TimeoutException {
        launchWithoutWaiting();
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent() && stage.isShowing()
                && robot.lookup(node -> node instanceof OverviewView).<OverviewView>tryQuery()
                        .map(OverviewView::lowerCardsAttached).orElse(true));
    }

    /** Starts the app; the window appears only once the store thread has opened the data. */
    void launchWithoutWaiting() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(List.of("--data-dir", dataDir.toString()), Map.of(),
                exitRequests::incrementAndGet, bundled).withFilePicker(files).withClock(clock).withLinkOpener(link -> {
                    if (linkFailure != null) {
                        throw linkFailure;
                    }
                    openedLinks.add(link);
                }));
    }

    /** Closes the app as the learner would (stop() flushes and saves) and starts it again on the same data. */
    void restart() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        app = null;
        FxToolkit.cleanupStages();
        launch();
    }

    /** Edits the fixture path in a store opened before the app starts: a test's seed ({@code kind} only labels the log). */
    static void seedEdit(Stepwise stepwise, ActivityKind kind, UnaryOperator<LearningPath> change) {
        stepwise.content().edit(FixturePath.ID, new PathChange(kind, "seed", "seed", change));
    }

    MenuBar menuBar() {
        return robot.lookup(".menu-bar").query();
    }

    /** A menu of the bar by its text (without its mnemonic's underscore). */
    Menu menu(String text) {
        return menuBar().getMenus().stream().filter(menu -> menu.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
    }

    /** Opens a menu of the bar with the mouse, as the learner does. */
    void openMenu(String text) {
        robot.clickOn(robot.lookup(".menu-bar .menu").match(node -> text.equals(((Labeled) node).getText().replace("_", "")))
                .<Node>query());
        waitUntil(() -> menu(text).isShowing());
    }

    /** The entry of the open menu that shows this text. */
    Node menuEntry(String text) {
        return robot.lookup(".menu-item").match(node -> node instanceof Parent parent
                && parent.lookupAll(".label").stream().anyMatch(label -> text.equals(((Labeled) label).getText()))).query();
    }

    /** An item of the window's menu bar, by id, from any of its menus (without opening them). */
    MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup(".menu-bar").query();
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    /** Exports the current path's progress through its own menu (⋯) to {@code progress.json} in the data folder. */
    Path exportProgressFromThePathMenu() {
        Path progress = dataDir.resolve("progress.json");
        files.next(progress);
        robot.clickOn("#path-actions");
        waitUntil(() -> shown("#path-export-progress"));
        robot.clickOn("#path-export-progress");
        waitUntil(() -> Files.exists(progress));
        return progress;
    }

    /** The header of the message dialog on screen. */
    String dialogHeader() {
        return robot.lookup(".dialog-pane").match(AppTestBase::visible).<DialogPane>query().getHeaderText();
    }

    /** The text of the message dialog on screen (its content is one label). */
    String dialogText() {
        DialogPane pane = robot.lookup(".dialog-pane").match(AppTestBase::visible).query();
        return ((Label) pane.getContent()).getText();
    }

    /** What the status bar says now. */
    String statusBar() {
        return this.<StatusBarView>node("#status-bar").getText();
    }

    /** Starts the app again in the language; the next test starts in the build's pinned language again. */
    void inLanguage(String language) throws TimeoutException {
        String pinned = System.getProperty(Messages.LOCALE_PROPERTY);
        System.setProperty(Messages.LOCALE_PROPERTY, language);
        try {
            restart();
        } finally {
            if (pinned == null) {
                System.clearProperty(Messages.LOCALE_PROPERTY);
            } else {
                System.setProperty(Messages.LOCALE_PROPERTY, pinned);
            }
        }
    }

    /** The window as a learner's on a screen of this size: not maximised, in the top left corner, this large. */
    void placeWindow(int width, int height) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    void shortcut(KeyCode code) {
        KeyStrokes.stroke(robot, KeyCode.CONTROL, code);
    }

    void key(KeyCode code) {
        KeyStrokes.stroke(robot, code);
    }

    /**
     * On the checklist, through its keys: the fixture's first step done, the second learning, the third skipped (saved
     * before this returns), the fourth left untouched.
     */
    void giveTheFirstStepsEachAStatus() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        key(KeyCode.DOWN);
        key(KeyCode.L);
        key(KeyCode.DOWN);
        key(KeyCode.S);
        assertOnDisk(FixturePath.BUILD_API, "SKIPPED");
    }

    /** The visible node for the query: list cells keep hidden spare copies of their content around. */
    <T extends Node> T node(String query) {
        return robot.lookup(query).match(AppTestBase::visible).query();
    }

    /** Brings a node below the fold into view the way a keyboard user does: the page follows the focus to it. */
    void reveal(String query) {
        Node target = robot.lookup(query).query();
        robot.interact(target::requestFocus);
        waitUntil(() -> visible(target));
    }

    boolean shown(String query) {
        return robot.lookup(query).match(AppTestBase::visible).tryQuery().isPresent();
    }

    /**
     * The checklist's row of an item, in view. Rows carry no id to look them up by: a cell fills the same nodes for
     * one row after another, and giving the row's root a new id would make JavaFX style the whole row again at every
     * scroll (ItemRowGraphic). A row is found by the item its cell shows.
     *
     * @throws NoSuchElementException when no row of the item is in view
     */
    Node itemRow(String itemId) {
        return robot.lookup("#checklist .list-cell").match(AppTestBase::visible).queryAll().stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getItem() instanceof ChecklistRow.ItemRow row && row.item().id().equals(itemId))
                .map(ListCell::getGraphic)
                .filter(graphic -> graphic != null && visible(graphic))
                .findFirst().orElseThrow(() -> new NoSuchElementException("no row of item " + itemId + " in view"));
    }

    /** The visible node for the query in the item's row ({@link #itemRow}), the row itself included. */
    <T extends Node> T inItemRow(String itemId, String query) {
        return robot.from(itemRow(itemId)).lookup(query).match(AppTestBase::visible).query();
    }

    void clickInItemRow(String itemId, String query) {
        robot.clickOn((Node) inItemRow(itemId, query));
    }

    boolean itemRowShown(String itemId) {
        try {
            itemRow(itemId);
            return true;
        } catch (NoSuchElementException notInView) {
            return false;
        }
    }

    boolean shownInItemRow(String itemId, String query) {
        return itemRowShown(itemId) && robot.from(itemRow(itemId)).lookup(query).match(AppTestBase::visible).tryQuery().isPresent();
    }

    /**
     * TestFX's own visibility check reads the node's scene twice, and a closing dialog's node can lose its scene in
     * between (a NullPointerException in the check): the scene is read once here.
     */
    static boolean visible(Node node) {
        Scene scene = node.getScene();
        if (scene == null || !node.isVisible()) {
            return false;
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.intersects(0, 0, scene.getWidth(), scene.getHeight());
    }

    /**
     * Waits for the store thread and the FX thread to catch up with the condition. Never a timing assertion. A condition
     * that throws (a lookup's node not there yet, while a page redraws its rows) is "not yet": TestFX's wait would give
     * up at the first exception, and such a test then passed or failed on how busy the machine was. The last exception
     * is reported if the time runs out.
     */
    static void waitUntil(BooleanSupplier condition) {
        RuntimeException[] last = {null};
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException notYet) {
                    last[0] = notYet;
                    return false;
                }
            });
        } catch (TimeoutException e) {
            AssertionError error = new AssertionError("condition not met within 10 s", e);
            if (last[0] != null) {
                error.addSuppressed(last[0]);
            }
            throw error;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    Path databaseFile() {
        return dataDir.resolve("stepwise.db");
    }

    /** Reads straight from the file through a second connection: what is really on disk. */
    List<String> column(String sql, String... params) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError("could not read " + databaseFile(), e);
        }
    }

    String itemStatusOnDisk(String itemId) {
        List<String> statuses = column("SELECT status FROM item_progress WHERE path_id = ? AND item_id = ?", FixturePath.ID, itemId);
        return statuses.isEmpty() ? "NOT_STARTED" : statuses.get(0);
    }

    void assertOnDisk(String itemId, String status) {
        waitUntil(() -> itemStatusOnDisk(itemId).equals(status));
        assertThat(itemStatusOnDisk(itemId)).isEqualTo(status);
    }
}
