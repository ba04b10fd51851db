package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The theme and the zoom are on disk the moment the learner changes them, like the page and the path: a window that
 * is killed, or a session that ends without a clean exit, starts again in the look the learner chose. Each check reads
 * the data file through a second connection while the app is still running, so nothing of {@code stop()} helps.
 */
class LookSavedAtOnceTest extends AppTestBase {

    private List<String> stored(String key) {
        return column("SELECT value FROM preference WHERE key = ?", key);
    }

    @Test
    void aThemeChangedByItsShortcutIsOnDiskAtOnce() {
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("dark"));

        waitUntil(() -> stored("theme").equals(List.of("dark")));

        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);

        waitUntil(() -> stored("theme").equals(List.of("light")));
    }

    @Test
    void aThemeChosenInTheViewMenuIsOnDiskAtOnce() {
        robot.clickOn(robot.lookup(".menu-bar .menu").match(node -> "View".equals(((Labeled) node).getText().replace("_", "")))
                .<Node>query());
        waitUntil(() -> view().isShowing());
        robot.clickOn("Dark theme");

        waitUntil(() -> stored("theme").equals(List.of("dark")));
        assertThat(((CheckMenuItem) view().getItems().stream().filter(item -> "menu-dark-theme".equals(item.getId()))
                .findFirst().orElseThrow()).isSelected()).isTrue();
    }

    @Test
    void aZoomIsOnDiskAtOnceAndTheNormalSizeForgetsIt() {
        shortcut(KeyCode.EQUALS);
        waitUntil(() -> stored("zoom").equals(List.of("110")));

        shortcut(KeyCode.EQUALS);
        waitUntil(() -> stored("zoom").equals(List.of("125")));

        shortcut(KeyCode.MINUS);
        waitUntil(() -> stored("zoom").equals(List.of("110")));

        shortcut(KeyCode.DIGIT0);
        // The normal size is no value at all, as a clean exit saves it.
        waitUntil(() -> stored("zoom").isEmpty());
        assertThat(stored("theme")).as("the theme is kept beside it").containsExactly("light");
    }

    @Test
    void savingTheLookAtOnceKeepsTheWindowsPlaceFromTheLastExit() throws Exception {
        placeWindow(1000, 700);
        restart();
        List<String> width = stored("window.width");
        assertThat(width).containsExactly("1000.0");

        shortcut(KeyCode.EQUALS);
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitUntil(() -> stored("zoom").equals(List.of("110")) && stored("theme").equals(List.of("dark")));

        assertThat(stored("window.width")).isEqualTo(width);
    }

    private Menu view() {
        MenuBar bar = robot.lookup(".menu-bar").query();
        return bar.getMenus().stream().filter(menu -> menu.getText().replace("_", "").equals("View")).findFirst().orElseThrow();
    }
}
