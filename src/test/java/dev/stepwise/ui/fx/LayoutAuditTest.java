package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Skill;
import dev.stepwise.ui.checklist.ChecklistRow;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.UiScale;
import dev.stepwise.ui.matrix.SkillsMatrixView;
import dev.stepwise.ui.overview.OverviewView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layouts ("A desktop app that never surprises"): at each window size every screen shows all of its text,
 * keeps every node inside the window and never scrolls sideways. Runs on the bundled path (its real skill names and
 * item titles are what the learner sees) with its longest item and longest skill selected, and walks the timeline too.
 *
 * <p>3840×2160 at 200 % is a 1920×1080 window (logical pixels, what layout works in) drawn at render scale 2: the
 * stage's own render scale, as a HiDPI screen would set it. Monocle's headless screen has no scale of its own, and
 * the app's zoom is not the same thing (200 % zoom doubles the text inside the same logical window).
 */
class LayoutAuditTest extends AppTestBase {
    private static final String LONGEST_ITEM = "practice-auth-validation";
    private static final String LONGEST_SKILL = "api-design";
    /** app.css, .overview-page: wider than this, lines would be too long to read. */
    private static final double OVERVIEW_MAX_WIDTH = 1600;

    {
        // The shipped content, not the fixture: set before AppTestBase launches the app.
        bundled = null;
    }

    @ParameterizedTest(name = "{0}×{1} scale {2} {3} {4} zoom {5}")
    @CsvSource({
        "1024, 640, 1, light, en, 100",
        "1280, 800, 1, light, en, 100",
        "1366, 768, 1, light, en, 100",
        "1920, 1080, 1, light, en, 100",
        "1920, 1080, 2, light, en, 100",
        "1024, 640, 1, dark, en, 100",
        // German words are longer ("Fähigkeitenmatrix", "Selbstständig"): the smallest window must still fit them.
        "1024, 640, 1, light, de, 100",
        // Zoomed text in the same window: columns, dialogs' widths and the status bar follow the text.
        "1366, 768, 1, light, en, 125",
        "1920, 1080, 1, light, en, 150",
        "1920, 1080, 1, dark, de, 150",
    })
    void everyScreenShowsAllItsTextInsideTheWindow(int width, int height, double scale, String theme, String language,
                                                   int zoom) throws TimeoutException {
        if (!language.equals("en")) {
            inLanguage(language);
        }
        String size = "%d×%d@%s %s %s %d%%".formatted(width, height, scale == 1 ? "1x" : "2x", theme, language, zoom);
        zoomTo(zoom);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setRenderScaleX(scale);
            stage.setRenderScaleY(scale);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        if (theme.equals("dark")) {
            KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
            waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("dark"));
        }
        List<String> findings = new ArrayList<>();

        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> shown("#overview-title"));
        findings.addAll(audit(size + " overview"));
        findings.addAll(overviewUsesTheWidth(size));

        shortcut(KeyCode.DIGIT2);
        ListView<ChecklistRow> list = robot.lookup("#checklist").queryListView();
        int index = indexOfItem(list);
        robot.interact(() -> list.scrollTo(index));
        waitUntil(() -> itemRowShown(LONGEST_ITEM));
        robot.clickOn(itemRow(LONGEST_ITEM));
        waitUntil(() -> shown("#detail-title"));
        findings.addAll(audit(size + " checklist"));

        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#skill-row-" + LONGEST_SKILL));
        SkillsMatrixView matrix = robot.lookup(node -> node instanceof SkillsMatrixView).query();
        robot.interact(() -> matrix.showSkill(LONGEST_SKILL));
        waitUntil(() -> shown("#skill-current"));
        findings.addAll(audit(size + " matrix"));

        // Current against target for every skill: names, scale and gaps whole beside the detail.
        robot.clickOn("#glance-chart");
        waitUntil(() -> shown("#glance-" + LONGEST_SKILL));
        findings.addAll(audit(size + " matrix chart"));
        robot.clickOn("#glance-grid");

        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#timeline-list"));
        findings.addAll(audit(size + " timeline"));

        assertThat(findings).as("layout problems at " + size).isEmpty();
    }

    /**
     * On a laptop screen the detail stays beside the grid (it went underneath, leaving six rows in view at 768 px), in
     * German too, whose columns are wider; and the category above the skill stays whole (in German, beside the wider
     * "Bearbeiten…", it broke inside its word: "Technica" / "l").
     */
    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1280, 800, en", "1366, 768, en", "1280, 800, de"})
    void theMatrixKeepsItsDetailBesideTheGridOnALaptopScreen(int width, int height, String language) throws TimeoutException {
        if (!language.equals("en")) {
            inLanguage(language);
        }
        placeWindow(width, height);
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#skill-row-" + LONGEST_SKILL));
        WaitForAsyncUtils.waitForFxEvents(3);
        SplitPane split = robot.lookup(node -> node instanceof SplitPane && node.getParent() instanceof SkillsMatrixView).query();
        Region detail = (Region) split.getItems().get(1);

        assertThat(split.getOrientation()).isEqualTo(Orientation.HORIZONTAL);
        // SkillsMatrixView's least detail width, 19.5 em, less the divider's own few pixels.
        assertThat(detail.getWidth()).as("detail width").isGreaterThanOrEqualTo(UiScale.em(19.5) - 4);
        Label category = node("#detail-skill-category");
        assertThat(category.getText()).isEqualTo(Skill.TECHNICAL);
        assertThat(category.getHeight()).as("the category is one line beside Edit… and Delete").isLessThan(UiScale.em(2));
        if (language.equals("en")) {
            assertThat(this.<Button>node("#edit-skill").getContentDisplay()).as("Edit… keeps its name where it fits")
                    .isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
        }
        assertThat(audit(width + "×" + height + " " + language + " matrix")).isEmpty();
    }

    /**
     * Opened on the matrix in a window wider than the grid needs, every column shows beside the detail. The divider
     * was placed for the window's first layout, wider than the window then shown, and hid the grid's last columns.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1440, 900", "1920, 1080"})
    void theMatrixOpensWithEveryColumnInView(int width, int height) throws TimeoutException {
        placeWindow(width, height);
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#skill-row-" + LONGEST_SKILL));

        restart();
        waitUntil(() -> shown("#skill-row-" + LONGEST_SKILL));
        WaitForAsyncUtils.waitForFxEvents(3);

        SplitPane split = robot.lookup(node -> node instanceof SplitPane && node.getParent() instanceof SkillsMatrixView).query();
        Region grid = (Region) split.getItems().get(0);
        Label lastColumn = node("#evidence-" + LONGEST_SKILL);
        double lastColumnEnd = grid.sceneToLocal(lastColumn.localToScene(lastColumn.getLayoutBounds())).getMaxX();
        assertThat(split.getOrientation()).isEqualTo(Orientation.HORIZONTAL);
        assertThat(lastColumnEnd).as("the evidence column's right edge in a grid %.0f px wide", grid.getWidth())
                .isLessThanOrEqualTo(grid.getWidth());
    }

    /**
     * Every editor over the shipped path, in the smallest window and zoomed in a large one: nothing cut, nothing
     * scrolling sideways (the milestone editor's item list did, at any zoom).
     */
    @ParameterizedTest(name = "{0}×{1} zoom {2}")
    @CsvSource({"1024, 640, 100", "1920, 1080, 150"})
    void everyEditorShowsAllItsTextInsideItsDialog(int width, int height, int zoom) throws TimeoutException {
        zoomTo(zoom);
        placeWindow(width, height);
        String size = width + "×" + height + " zoom " + zoom + "% ";
        List<String> findings = new ArrayList<>();

        shortcut(KeyCode.DIGIT1);
        robot.clickOn("#edit-path-details");
        findings.addAll(auditDialog("#path-details", "#path-cancel", size + "path details"));

        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#edit-item-button"));
        robot.clickOn("#edit-item-button");
        findings.addAll(auditDialog("#item-editor", "#item-cancel", size + "item editor"));

        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#edit-skill"));
        robot.clickOn("#edit-skill");
        findings.addAll(auditDialog("#skill-editor", "#skill-cancel", size + "skill editor"));

        shortcut(KeyCode.DIGIT4);
        robot.clickOn("#milestone-new");
        findings.addAll(auditDialog("#milestone-editor", "#milestone-cancel", size + "milestone editor"));

        assertThat(findings).isEmpty();
    }

    /**
     * A search in German in the smallest window: the count beside the search field ("1 von 17 Einträgen angezeigt") is
     * longer than without one, and made the list side wider than the window had room for; window, status bar and all.
     */
    @Test
    void theChecklistWithASearchFitsInGermanAt1024By640() throws TimeoutException {
        inLanguage("de");
        placeWindow(1024, 640);
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#checklist-search").write("docker");
        waitUntil(() -> this.<Label>node("#checklist-summary").getText().startsWith("1 von"));
        WaitForAsyncUtils.waitForFxEvents(3);

        assertThat(audit("1024×640 de checklist with a search")).isEmpty();
    }

    /** The longest title prompt, in German in the smallest window: its check box's label wraps instead of being cut. */
    @Test
    void theDuplicatePromptShowsAllItsTextInGermanAt1024By640() throws TimeoutException {
        inLanguage("de");
        placeWindow(1024, 640);
        robot.clickOn("#path-actions");
        waitUntil(() -> shown("#duplicate-path"));
        robot.clickOn("#duplicate-path");

        assertThat(auditDialog("#prompt-check", "#prompt-cancel", "1024×640 de duplicate prompt")).isEmpty();
    }

    private List<String> auditDialog(String paneQuery, String cancelQuery, String where) {
        waitUntil(() -> shown(paneQuery));
        WaitForAsyncUtils.waitForFxEvents(3);
        List<String> findings = new ArrayList<>();
        robot.interact(() -> findings.addAll(LayoutAudit.of(robot.lookup(paneQuery).query().getScene(), where)));
        robot.clickOn(cancelQuery);
        waitUntil(() -> !shown(paneQuery));
        return findings;
    }

    /** Zooms in with the keys a learner would press, up to the step. */
    private void zoomTo(int percent) throws TimeoutException {
        while (UiScale.fontSizeProperty().get() < UiScale.BASE_FONT_SIZE * percent / 100 - 0.01) {
            double before = UiScale.fontSizeProperty().get();
            shortcut(KeyCode.EQUALS);
            waitUntil(() -> UiScale.fontSizeProperty().get() > before);
        }
    }

    @AfterEach
    void englishAgain() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
        Locale.setDefault(Messages.systemLocale());
    }

    private static int indexOfItem(ListView<ChecklistRow> list) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof ChecklistRow.ItemRow row && row.item().id().equals(LONGEST_ITEM)) {
                return i;
            }
        }
        throw new AssertionError("no item " + LONGEST_ITEM + " in the bundled path");
    }

    /** The overview grows with the window up to its readable limit, instead of stopping at a fixed width. */
    private List<String> overviewUsesTheWidth(String size) {
        Region page = robot.lookup(".overview-page").query();
        ScrollPane scroll = robot.lookup(node -> node instanceof OverviewView).query();
        double expected = Math.min(scroll.getViewportBounds().getWidth(), OVERVIEW_MAX_WIDTH);
        return page.getWidth() >= expected - 1 ? List.of()
                : List.of("%s overview: page %.0f px wide in a %.0f px viewport".formatted(size, page.getWidth(),
                        scroll.getViewportBounds().getWidth()));
    }

    /** Two layout passes first: wrapped labels settle their heights on the pass after their widths. */
    private List<String> audit(String where) {
        WaitForAsyncUtils.waitForFxEvents(3);
        List<String> findings = new ArrayList<>();
        robot.interact(() -> findings.addAll(LayoutAudit.of(stage.getScene(), where)));
        return findings;
    }
}
