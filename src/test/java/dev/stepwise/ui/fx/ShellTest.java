package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.common.UiScale;
import dev.stepwise.ui.shell.AppVersion;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.util.WaitForAsyncUtils;

/** The main window: navigation, theme, and the window's size and place kept across restarts. */
class ShellTest extends AppTestBase {

    @Test
    void navigationShowsEachPage() {
        assertThat(stage.getTitle()).startsWith("Overview");
        assertThat(this.<Label>node("#overall-counts").getText()).isEqualTo("0 of 8 done");

        shortcut(KeyCode.DIGIT2);
        assertThat(stage.getTitle()).startsWith("Checklist");
        assertThat(shown("#checklist")).isTrue();

        robot.clickOn("#nav-skills");
        assertThat(stage.getTitle()).startsWith("Skills matrix");
        assertThat(shown("#skill-row-" + FixturePath.DATABASES.id())).isTrue();

        robot.clickOn("#nav-overview");
        robot.clickOn("#continue-button");
        assertThat(stage.getTitle()).startsWith("Checklist");
    }

    @Test
    void darkThemeAndWindowBoundsAreRemembered() throws Exception {
        shortcut(KeyCode.DIGIT1);
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("dark"));
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });

        restart();

        assertThat(Application.getUserAgentStylesheet()).contains("dark");
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        CheckMenuItem dark = (CheckMenuItem) ((javafx.scene.control.MenuBar) robot.lookup(".menu-bar").query())
                .getMenus().get(2).getItems().stream().filter(item -> "Dark theme".equals(item.getText())).findFirst().orElseThrow();
        assertThat(dark.isSelected()).isTrue();

        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("light"));
    }

    @Test
    void selfCheckAnswersAreSavedFromTheOverview() throws Exception {
        String check = column("SELECT id FROM self_check WHERE position = 0").get(0);
        reveal("#self-check-" + check + "-agree");
        robot.clickOn("#self-check-" + check + "-agree");

        waitUntil(() -> column("SELECT answer FROM self_check_answer WHERE check_id = ?", check).equals(List.of("AGREE")));
        waitUntil(() -> this.<Label>node("#self-check-summary").getText().equals("You agree with 1 of 3 statements."));

        restart();
        reveal("#self-check-" + check + "-agree");
        assertThat(this.<javafx.scene.control.ToggleButton>node("#self-check-" + check + "-agree").isSelected()).isTrue();
    }

    @Test
    void aSelfCheckAnswerIsClearedByPressingItAgain() throws Exception {
        String check = column("SELECT id FROM self_check WHERE position = 0").get(0);
        reveal("#self-check-" + check + "-agree");
        robot.clickOn("#self-check-" + check + "-agree");
        waitUntil(() -> column("SELECT answer FROM self_check_answer WHERE check_id = ?", check).equals(List.of("AGREE")));

        robot.clickOn("#self-check-" + check + "-agree");

        waitUntil(() -> column("SELECT answer FROM self_check_answer WHERE check_id = ?", check).isEmpty());
        waitUntil(() -> !this.<ToggleButton>node("#self-check-" + check + "-agree").isSelected());
        assertThat(this.<Label>node("#self-check-summary").getText()).startsWith("Answer for yourself");
        restart();
        reveal("#self-check-" + check + "-agree");
        assertThat(this.<ToggleButton>node("#self-check-" + check + "-agree").isSelected()).isFalse();
    }

    private static List<String> texts(Menu menu) {
        return menu.getItems().stream().map(MenuItem::getText).toList();
    }

    @Test
    void everyCommandInTheMenusHasItsIconAsInTheChecklistAndTheSidebar() {
        // Switches (a check or a choice of language) show their state instead; a submenu's arrow is its mark.
        List<String> bare = menuBar().getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> !(item instanceof SeparatorMenuItem || item instanceof CheckMenuItem || item instanceof Menu))
                .filter(item -> !(item.getGraphic() instanceof FontIcon))
                .map(MenuItem::getText).toList();
        assertThat(bare).isEmpty();

        assertThat(iconOf(menu("Edit"), "Edit item…")).isEqualTo("mdi2p-pencil-outline");
        assertThat(iconOf(menu("Edit"), "Delete item…")).isEqualTo("mdi2d-delete-outline");
        ToggleButton sidebarChecklist = robot.lookup("#nav-checklist").queryAs(ToggleButton.class);
        assertThat(iconOf(menu("View"), "Checklist")).isEqualTo(((FontIcon) sidebarChecklist.getGraphic()).getIconLiteral());
    }

    private static String iconOf(Menu menu, String text) {
        MenuItem item = menu.getItems().stream().filter(candidate -> text.equals(candidate.getText())).findFirst().orElseThrow();
        return ((FontIcon) item.getGraphic()).getIconLiteral();
    }

    /**
     * From the overview, Edit ▸ Delete item deleted the checklist's first item at once (it had no progress to ask about):
     * an item the learner had not chosen, on a page they were not looking at. The commands on the selection are offered
     * only while the checklist shows it; adding and finding still bring the checklist up.
     */
    @Test
    void theEditMenuActsOnTheSelectedItemOnlyWhileTheChecklistShowsIt() {
        List<String> onSelection = List.of("Edit item…", "Rename item…", "Move item up", "Move item down", "Delete item…",
                "Rename section…", "Move section up", "Move section down", "Delete section…");
        assertThat(stage.getTitle()).startsWith("Overview");

        openMenu("Edit");

        assertThat(disabled(menu("Edit"), onSelection)).containsExactlyElementsOf(onSelection);
        assertThat(disabled(menu("Edit"), List.of("Add item…", "Add section…", "Find"))).isEmpty();
        robot.clickOn(menuEntry("Delete item…"));
        assertThat(stage.getTitle()).as("a disabled entry does nothing").startsWith("Overview");
        key(KeyCode.ESCAPE);

        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#detail-status-learning"));
        openMenu("Edit");

        assertThat(disabled(menu("Edit"), onSelection)).isEmpty();
        key(KeyCode.ESCAPE);
    }

    private static List<String> disabled(Menu menu, List<String> texts) {
        return menu.getItems().stream().filter(item -> item.getText() != null && texts.contains(item.getText()) && item.isDisable())
                .map(MenuItem::getText).toList();
    }

    @Test
    void aboutIsInTheHelpMenuAndShowsTheVersion() {
        assertThat(texts(menu("File"))).doesNotContain("About Stepwise");
        assertThat(texts(menu("Help"))).contains("About Stepwise");
        MenuItem about = menu("Help").getItems().stream().filter(item -> "About Stepwise".equals(item.getText())).findFirst()
                .orElseThrow();

        robot.interact(about::fire);

        waitUntil(() -> robot.lookup("#about-version").tryQuery().isPresent());
        String version = robot.lookup("#about-version").<Label>query().getText();
        assertThat(version).isEqualTo("Version " + AppVersion.current());
        // The tests run from target/classes, where the build filtered the pom's version into a resource.
        assertThat(version).matches("Version \\d+\\.\\d+\\.\\d+.*");
    }

    /** The data file's path, which a learner backing up by hand needs, can be selected, copied, and its folder opened. */
    @Test
    void aboutLetsTheDataFilesPathBeCopiedAndItsFolderOpened() throws Exception {
        MenuItem about = menu("Help").getItems().stream().filter(item -> "About Stepwise".equals(item.getText())).findFirst()
                .orElseThrow();
        robot.interact(about::fire);
        waitUntil(() -> robot.lookup("#about-data-file").tryQuery().isPresent());
        TextField path = robot.lookup("#about-data-file").query();
        Path dataFile = dataDir.resolve("stepwise.db").toAbsolutePath();

        assertThat(path.getText()).isEqualTo(dataFile.toString());
        assertThat(path.isEditable()).isFalse();

        robot.clickOn("#about-copy");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(dataFile.toString());
        assertThat(robot.lookup("#about-outcome").<Label>query().getText()).isEqualTo("Copied to the clipboard.");

        robot.clickOn("#about-folder");
        assertThat(openedLinks).containsExactly(dataFile.getParent().toUri());

        linkFailure = new IllegalStateException("no file manager");
        robot.clickOn("#about-folder");
        assertThat(robot.lookup("#about-outcome").<Label>query().getText())
                .isEqualTo("The folder could not be opened: " + dataFile.getParent());
    }

    /**
     * F1's table is longer than a 1024×640 screen: it used to run off the bottom with its OK button, open half off
     * the left edge, and leave out the timeline's Ctrl+4 and undo.
     */
    @Test
    void theShortcutListFitsASmallScreenScrollsAndNamesEveryPage() {
        placeWindow(1024, 640);

        key(KeyCode.F1);

        waitUntil(() -> robot.lookup("#help-scroll").tryQuery().isPresent());
        ScrollPane scroll = robot.lookup("#help-scroll").query();
        Window dialog = scroll.getScene().getWindow();
        waitUntil(dialog::isShowing);
        assertThat(dialog.getX()).as("left edge").isGreaterThanOrEqualTo(0);
        assertThat(dialog.getY()).as("top edge").isGreaterThanOrEqualTo(0);
        assertThat(dialog.getX() + dialog.getWidth()).as("right edge").isLessThanOrEqualTo(1024);
        assertThat(dialog.getY() + dialog.getHeight()).as("bottom edge, with the OK button").isLessThanOrEqualTo(640);
        assertThat(scroll.getContent().getLayoutBounds().getHeight()).as("the rest scrolls")
                .isGreaterThan(scroll.getViewportBounds().getHeight());
        List<String> keys = scroll.getContent().lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList();
        assertThat(keys).contains("Ctrl+1 / 2 / 3 / 4", "Overview / Checklist / Skills matrix / Timeline", "Ctrl+Z · Ctrl+Y", "F1");
        robot.interact(dialog::hide);
    }

    /** A dialog is a scene of its own: it used to miss app.css and stay at 100 % whatever the zoom. */
    @Test
    void aDialogFollowsTheZoomAndHasTheAppsStyles() throws Exception {
        for (double size : new double[] {15.4, 17.5, 21}) {
            shortcut(KeyCode.EQUALS);
            waitUntil(() -> Math.abs(UiScale.fontSizeProperty().get() - size) < 0.01);
        }
        MenuItem about = menu("Help").getItems().stream().filter(item -> "About Stepwise".equals(item.getText())).findFirst()
                .orElseThrow();

        robot.interact(about::fire);

        waitUntil(() -> robot.lookup("#about-version").tryQuery().isPresent());
        Label version = robot.lookup("#about-version").query();
        assertThat(version.getFont().getSize()).isEqualTo(21);
        assertThat(version.getScene().getRoot().getStylesheets()).anyMatch(sheet -> sheet.endsWith("/dev/stepwise/ui/app.css"));
    }

    @Test
    void theLastPageIsReopened() throws Exception {
        robot.clickOn("#nav-skills");
        assertThat(stage.getTitle()).startsWith("Skills matrix");
        // On disk the moment it changes, not only at a clean exit: a crash reopens the same page.
        waitUntil(() -> column("SELECT value FROM preference WHERE key = 'workspace.currentPage'").equals(List.of("SKILLS")));

        restart();

        assertThat(stage.getTitle()).startsWith("Skills matrix");
        assertThat(shown("#skill-row-" + FixturePath.DATABASES.id())).isTrue();
        shortcut(KeyCode.DIGIT2);

        restart();

        assertThat(stage.getTitle()).startsWith("Checklist");
    }

    private double textSize() {
        return this.<Label>node("#nav-progress").getFont().getSize();
    }

    @Test
    void zoomScalesTheTextIsRememberedAndResets() throws Exception {
        double normal = textSize();
        List<String> view = texts(menu("View"));
        assertThat(view).contains("Zoom in", "Zoom out", "Actual size");
        assertThat(menu("View").getItems().stream().filter(item -> "Zoom in".equals(item.getText())).findFirst().orElseThrow()
                .getAccelerator().getDisplayText()).contains("=");

        shortcut(KeyCode.EQUALS);
        waitUntil(() -> textSize() > normal);
        double larger = textSize();
        // One press, one step (110 %): a second shortcut matching the same key once made it two.
        assertThat(larger / normal).isCloseTo(1.1, within(0.01));
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.ADD);
        waitUntil(() -> textSize() > larger);
        double largest = textSize();

        restart();

        assertThat(textSize()).isEqualTo(largest);
        shortcut(KeyCode.MINUS);
        assertThat(textSize()).isEqualTo(larger);
        shortcut(KeyCode.DIGIT0);
        assertThat(textSize()).isEqualTo(normal);

        restart();
        assertThat(textSize()).isEqualTo(normal);
    }
}
