package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Level;
import dev.stepwise.fixtures.FixturePath;
import java.net.URI;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/** The skills matrix, driven through the real UI: rating by click and by keyboard, targets, suggestions. */
class SkillsMatrixScreenTest extends AppTestBase {
    /** Target 3, and first in the matrix. */
    private static final String LANGUAGE = FixturePath.LANGUAGE.id();
    /** Target 3, second in the matrix. */
    private static final String DATABASES = FixturePath.DATABASES.id();
    private static final String API_DESIGN = FixturePath.API_DESIGN.id();
    /** Target 3. */
    private static final String SECURITY = FixturePath.SECURITY.id();
    /** Target 2; built by exactly two items, one of them the deploy step. */
    private static final String DEPLOYMENT = FixturePath.DEPLOYMENT.id();

    private java.util.List<String> ratingsOnDisk(String skillId) {
        return column("SELECT level FROM skill_rating WHERE path_id = ? AND skill_id = ? ORDER BY id", FixturePath.ID, skillId);
    }

    @Test
    void clickingACellRatesTheSkill() {
        shortcut(KeyCode.DIGIT3);
        assertThat(this.<Label>node("#gap-" + DATABASES).getText()).isEqualTo("−3");

        robot.clickOn("#cell-" + DATABASES + "-2");

        waitUntil(() -> ratingsOnDisk(DATABASES).equals(java.util.List.of("2")));
        waitUntil(() -> this.<Label>node("#gap-" + DATABASES).getText().equals("−1"));
        assertThat(this.<Label>node("#skill-current").getText()).startsWith("Now: 2 Guided");
        assertThat(node("#cell-" + DATABASES + "-2").getPseudoClassStates().toString()).contains("current");
    }

    @Test
    void aRatingWithEvidenceIsCountedInItsRowAtOnceAndOneWithoutIsNot() {
        shortcut(KeyCode.DIGIT3);
        assertThat(this.<Label>node("#evidence-" + DATABASES).getText()).as("none yet").isEqualTo("—");
        assertThat(robot.lookup(".matrix-header .label").queryAllAs(Label.class)).extracting(Label::getText)
                .endsWith("Linked done", "Evidence");

        robot.clickOn("#cell-" + LANGUAGE + "-1");
        waitUntil(() -> ratingsOnDisk(LANGUAGE).equals(java.util.List.of("1")));
        robot.clickOn("#cell-" + DATABASES + "-1");
        robot.clickOn("#rating-evidence");
        robot.write("Designed my service's schema");
        robot.clickOn("#cell-" + DATABASES + "-2");

        waitUntil(() -> ratingsOnDisk(DATABASES).equals(java.util.List.of("2")));
        waitUntil(() -> this.<Label>node("#evidence-" + DATABASES).getText().equals("1"));
        Label evidence = node("#evidence-" + DATABASES);
        assertThat(evidence.getTooltip().getText()).startsWith("1 rating carries evidence");
        assertThat(node("#skill-row-" + DATABASES).getAccessibleText()).endsWith(", 1 rating with evidence");
        assertThat(this.<Label>node("#evidence-" + LANGUAGE).getText()).as("rated without evidence").isEqualTo("—");
    }

    /** Evidence is often a link to the work: it opens in the browser, through the app's one link opener. */
    @Test
    void aWebLinkInEvidenceOpensAndOtherAddressesStayText() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#cell-" + DATABASES + "-1");
        robot.clickOn("#rating-evidence");
        KeyStrokes.paste(robot, "Schema and migrations: https://github.com/learner/todo-service/tree/main/db, notes in"
                + " file:///home/learner/notes.txt");
        robot.clickOn("#cell-" + DATABASES + "-2");
        waitUntil(() -> ratingsOnDisk(DATABASES).equals(java.util.List.of("2")));
        waitUntil(() -> robot.lookup("#rating-history .hyperlink").tryQuery().isPresent());

        Set<Hyperlink> links = robot.lookup("#rating-history .hyperlink").queryAllAs(Hyperlink.class);
        assertThat(links).as("only the web link is a link").hasSize(1);
        Hyperlink link = links.iterator().next();
        assertThat(link.getTooltip().getText()).isEqualTo("https://github.com/learner/todo-service/tree/main/db");
        assertThat(link.getText()).startsWith("github.com/learner/");
        // The history is below the rating controls: scrolled to, as the learner would.
        robot.interact(() -> {
            Node up = link;
            while (!(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            ((ScrollPane) up).setVvalue(1);
        });
        robot.clickOn(link);

        waitUntil(() -> !openedLinks.isEmpty());
        assertThat(openedLinks).containsExactly(URI.create("https://github.com/learner/todo-service/tree/main/db"));
        assertThat(robot.lookup("#rating-history .linked-text-words").queryAllAs(Text.class))
                .extracting(Text::getText).anyMatch(words -> words.contains("file:///home/learner/notes.txt"));
    }

    @Test
    void theLegendNamesEveryWayACellIsDrawnAndDrawsItSo() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#cell-" + DATABASES + "-2");
        waitUntil(() -> node("#cell-" + DATABASES + "-1").getPseudoClassStates().toString().contains("reached"));

        assertThat(robot.lookup(".legend-line .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsSubsequence("Your level", "Reached", "Target");
        Region reachedCell = node("#cell-" + DATABASES + "-1");
        Region reachedSwatch = node(".legend-swatch.reached");
        assertThat(reachedSwatch.getBackground().getFills()).extracting(BackgroundFill::getFill)
                .isEqualTo(reachedCell.getBackground().getFills().stream().map(BackgroundFill::getFill).toList());
    }

    @Test
    void keysRateTheSelectedSkill() {
        shortcut(KeyCode.DIGIT3);
        // The first skill is selected and focused when the matrix opens.
        key(KeyCode.DIGIT3);
        waitUntil(() -> ratingsOnDisk(LANGUAGE).equals(java.util.List.of("3")));
        waitUntil(() -> this.<Label>node("#gap-" + LANGUAGE).getText().equals("met"));

        // Stepping on is the same rating session: the history keeps the level settled on, once.
        key(KeyCode.RIGHT);
        waitUntil(() -> ratingsOnDisk(LANGUAGE).equals(java.util.List.of("4")));
        key(KeyCode.RIGHT); // already at the top of the scale: nothing to save
        key(KeyCode.LEFT);
        waitUntil(() -> ratingsOnDisk(LANGUAGE).equals(java.util.List.of("3")));

        key(KeyCode.DOWN);
        key(KeyCode.DIGIT1);
        waitUntil(() -> ratingsOnDisk(DATABASES).equals(java.util.List.of("1")));
        assertThat(ratingsOnDisk(LANGUAGE)).containsExactly("3");
        assertThat(column("SELECT count(*) FROM activity WHERE kind = 'SKILL_RATED' AND subject_id = ?", LANGUAGE))
                .containsExactly("1");
    }

    @Test
    void theTargetIsEditedInTheDetailPane() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-" + API_DESIGN + " .skill-name");
        ComboBox<Level> target = node("#skill-target");
        robot.interact(() -> target.setValue(Level.TEACHES));

        waitUntil(() -> column("SELECT target_level FROM skill_target WHERE skill_id = ?", API_DESIGN).equals(java.util.List.of("4")));
        waitUntil(() -> this.<Label>node("#gap-" + API_DESIGN).getText().equals("−4"));
    }

    @Test
    void aTickInTheChecklistOffersASuggestionThatIsOnlyAppliedWhenConfirmed() {
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".status-button");
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");

        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-" + LANGUAGE + " .skill-name");
        waitUntil(() -> shown("#accept-suggestion"));
        assertThat(ratingsOnDisk(LANGUAGE)).isEmpty();

        robot.clickOn("#accept-suggestion");
        waitUntil(() -> ratingsOnDisk(LANGUAGE).equals(java.util.List.of("1")));
    }

    @Test
    void ratingsSurviveARestart() throws Exception {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#cell-" + SECURITY + "-2");
        waitUntil(() -> ratingsOnDisk(SECURITY).equals(java.util.List.of("2")));

        restart();
        shortcut(KeyCode.DIGIT3);
        assertThat(this.<Label>node("#gap-" + SECURITY).getText()).isEqualTo("−1");
    }

    @Test
    void aTickThatEarnsAHigherSuggestionSaysSoAndLeadsToTheSkill() {
        shortcut(KeyCode.DIGIT2);
        // Containers & deployment is built by two items: one done is half, which suggests 2 Guided.
        clickInItemRow(FixturePath.DEPLOY, ".status-button");
        assertOnDisk(FixturePath.DEPLOY, "DONE");

        waitUntil(() -> shown("#suggestion-banner"));
        assertThat(this.<Label>node("#suggestion-text").getText()).contains("Containers & deployment").contains("2 Guided");
        assertThat(ratingsOnDisk(DEPLOYMENT)).isEmpty();

        robot.clickOn("#suggestion-review");
        waitUntil(() -> stage.getTitle().startsWith("Skills matrix"));
        waitUntil(() -> shown("#accept-suggestion"));
        assertThat(this.<Label>node("#skill-current").getText()).startsWith("Now: 0 Not yet");
    }

    /**
     * A skill row has a menu, as the checklist's and the timeline's rows have: a right-click selects the row it is on
     * and offers the skill's linked items still to do (not done, not skipped), then Edit and Delete.
     */
    @Test
    void aRightClickSelectsTheRowAndItsMenuOpensALinkedItemStillToDo() {
        giveTheFirstStepsEachAStatus();
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#skill-row-" + SECURITY));
        Node name = node("#skill-row-" + SECURITY + " .skill-name");
        // Monocle sends no context-menu request for a right-click: the test sends the one a desktop would.
        robot.interact(() -> {
            Point2D scene = name.localToScene(5, 5);
            Point2D screen = name.localToScreen(5, 5);
            Event.fireEvent(name, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, new PickResult(name, scene.getX(), scene.getY())));
        });

        waitUntil(() -> shown("#skill-menu-edit"));
        assertThat(this.<Label>node("#detail-skill-name").getText()).as("the row right-clicked is selected").isEqualTo("Security");
        assertThat(shown("#skill-menu-open-" + FixturePath.DEPLOY)).isTrue();
        assertThat(shown("#skill-menu-open-" + FixturePath.PRACTICE_MONITORING)).isTrue();
        assertThat(shown("#skill-menu-open-" + FixturePath.BUILD_API)).as("skipped: nothing left to do").isFalse();
        assertThat(shown("#skill-menu-delete")).isTrue();
        robot.clickOn("#skill-menu-open-" + FixturePath.DEPLOY);

        waitUntil(() -> shown("#detail-title") && "Deploy a project to the cloud".equals(this.<Label>node("#detail-title").getText()));
        assertThat(stage.getTitle()).startsWith("Checklist");
    }

    @Test
    void shiftF10OpensTheSelectedRowsMenuAndItsEditOpensTheSkillsEditor() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-" + DATABASES + " .skill-name");
        KeyStrokes.stroke(robot, KeyCode.SHIFT, KeyCode.F10);
        waitUntil(() -> shown("#skill-menu-edit"));

        robot.clickOn("#skill-menu-edit");

        waitUntil(() -> shown("#skill-name"));
        assertThat(this.<TextField>node("#skill-name").getText()).isEqualTo("Databases");
        robot.clickOn("#skill-cancel");
    }

    /** As on the timeline: a double-click on a skill's row opens its editor; on a rating cell it only rates. */
    @Test
    void aDoubleClickOnASkillsRowOpensItsEditorButNotOnARatingCell() {
        shortcut(KeyCode.DIGIT3);
        robot.doubleClickOn("#skill-row-" + DATABASES + " .skill-name");
        waitUntil(() -> shown("#skill-name"));
        assertThat(this.<TextField>node("#skill-name").getText()).isEqualTo("Databases");
        robot.clickOn("#skill-cancel");
        waitUntil(() -> !shown("#skill-name"));

        robot.doubleClickOn("#cell-" + SECURITY + "-2");
        waitUntil(() -> ratingsOnDisk(SECURITY).contains("2"));
        assertThat(shown("#skill-name")).as("no editor from a rating cell").isFalse();
    }
}
