package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/**
 * Edit holds the commands of the page shown (items and sections, skills, milestones), and Ctrl+N adds what that page
 * shows. Before, the menu offered only the checklist's commands: on the skills matrix Ctrl+N left it for the
 * checklist's new item, and a skill or a milestone could be edited or deleted only with the mouse on its page.
 */
class EditMenuScreenTest extends AppTestBase {
    private static final List<String> ITEM_COMMANDS = List.of("Add section…", "Edit item…", "Delete item…", "Delete section…");
    private static final List<String> SKILL_COMMANDS = List.of("Edit skill…", "Delete skill…");
    private static final List<String> MILESTONE_COMMANDS = List.of("Edit milestone…", "Delete milestone…");

    /** The entries the Edit menu shows once opened (it is arranged for the page as it opens), then closes it. */
    private List<String> shownTexts() {
        openMenu("Edit");
        List<String> shown = menu("Edit").getItems().stream().filter(MenuItem::isVisible).map(MenuItem::getText).toList();
        key(KeyCode.ESCAPE);
        return shown;
    }

    private MenuItem entry(String text) {
        return menu("Edit").getItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    private String pageTitle() {
        return stage.getTitle();
    }

    @Test
    void theMenuShowsTheCommandsOfThePageShownWithAddNamedForIt() {
        assertThat(shownTexts()).contains("Add item…").containsAll(ITEM_COMMANDS)
                .doesNotContainAnyElementsOf(SKILL_COMMANDS).doesNotContainAnyElementsOf(MILESTONE_COMMANDS);

        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#skill-row-" + FixturePath.DATABASES.id()));
        assertThat(shownTexts()).contains("Add skill…").containsAll(SKILL_COMMANDS)
                .doesNotContain("Add item…").doesNotContainAnyElementsOf(ITEM_COMMANDS).doesNotContainAnyElementsOf(MILESTONE_COMMANDS);
        assertThat(entry("Add skill…").getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));

        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-new"));
        assertThat(shownTexts()).contains("New milestone…").containsAll(MILESTONE_COMMANDS)
                .doesNotContainAnyElementsOf(ITEM_COMMANDS).doesNotContainAnyElementsOf(SKILL_COMMANDS);
        openMenu("Edit");
        assertThat(entry("Edit milestone…").isDisable()).as("no milestone to edit yet").isTrue();
        assertThat(entry("Delete milestone…").isDisable()).isTrue();
        assertThat(entry("New milestone…").isDisable()).isFalse();
        key(KeyCode.ESCAPE);
    }

    @Test
    void ctrlNAddsASkillOnTheMatrixAndItStaysThere() {
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown("#skill-row-" + FixturePath.DATABASES.id()));

        shortcut(KeyCode.N);
        waitUntil(() -> shown("#skill-name"));
        assertThat(this.<TextField>node("#skill-name").getText()).as("a new skill's editor, not an item's").isEmpty();
        robot.clickOn("#skill-name").write("Message queues");
        robot.interact(() -> this.<ComboBox<String>>node("#skill-category").setValue("Technical"));
        robot.clickOn("#skill-ok");

        waitUntil(() -> column("SELECT name FROM skill WHERE path_id = ?", FixturePath.ID).contains("Message queues"));
        waitUntil(() -> shown("#skill-row-message-queues"));
        assertThat(pageTitle()).startsWith("Skills matrix");
        assertThat(column("SELECT id FROM item WHERE path_id = ?", FixturePath.ID)).as("no item was added")
                .hasSize(FixturePath.path().items().toList().size());
    }

    @Test
    void ctrlNOpensANewMilestoneOnTheTimeline() {
        addWeekOneByCtrlN();

        assertThat(column("SELECT title FROM milestone", new String[0])).containsExactly("Week 1");
        assertThat(pageTitle()).startsWith("Timeline");
    }

    /** On the timeline, Ctrl+N and a title: the milestone "Week 1", saved. */
    private void addWeekOneByCtrlN() {
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-new"));
        shortcut(KeyCode.N);
        waitUntil(() -> shown("#milestone-editor"));
        assertThat(this.<TextField>node("#milestone-title-field").getText()).as("a new milestone's editor").isEmpty();
        robot.clickOn("#milestone-title-field").write("Week 1");
        robot.clickOn("#milestone-ok");
        waitUntil(() -> column("SELECT title FROM milestone", new String[0]).contains("Week 1"));
    }

    @Test
    void theSelectedSkillIsEditedFromTheMenuAndDeletedByItsKey() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-" + FixturePath.DATABASES.id() + " .skill-name");
        waitUntil(() -> "Databases".equals(this.<Label>node("#detail-skill-name").getText()));

        openMenu("Edit");
        robot.clickOn(menuEntry("Edit skill…"));
        waitUntil(() -> shown("#skill-name"));
        assertThat(this.<TextField>node("#skill-name").getText()).isEqualTo("Databases");
        robot.interact(() -> this.<TextField>node("#skill-name").setText("Databases and SQL"));
        robot.clickOn("#skill-ok");
        waitUntil(() -> column("SELECT name FROM skill WHERE id = ?", FixturePath.DATABASES.id()).contains("Databases and SQL"));

        robot.clickOn("#skill-row-" + FixturePath.DATABASES.id() + " .skill-name");
        key(KeyCode.DELETE);
        waitUntil(() -> shown("#confirm-action"));
        robot.clickOn("#confirm-action");

        waitUntil(() -> column("SELECT id FROM skill WHERE id = ?", FixturePath.DATABASES.id()).isEmpty());
        waitUntil(() -> !shown("#skill-row-" + FixturePath.DATABASES.id()));
    }

    @Test
    void insertOnTheGridOpensANewSkillAndF2TheSelectedOne() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-" + FixturePath.SECURITY.id() + " .skill-name");

        key(KeyCode.F2);
        waitUntil(() -> shown("#skill-name"));
        assertThat(this.<TextField>node("#skill-name").getText()).isEqualTo(FixturePath.SECURITY.name());
        robot.clickOn("#skill-cancel");
        waitUntil(() -> !shown("#skill-name"));

        key(KeyCode.INSERT);
        waitUntil(() -> shown("#skill-name"));
        assertThat(this.<TextField>node("#skill-name").getText()).isEmpty();
        robot.clickOn("#skill-cancel");
        waitUntil(() -> !shown("#skill-name"));
        assertThat(column("SELECT id FROM skill WHERE path_id = ?", FixturePath.ID)).hasSize(FixturePath.path().skills().size());
    }

    @Test
    void theSelectedMilestoneIsEditedAndDeletedFromTheMenu() {
        addWeekOneByCtrlN();
        waitUntil(() -> shown("#milestone-week-1"));
        robot.clickOn("#milestone-week-1");

        openMenu("Edit");
        robot.clickOn(menuEntry("Edit milestone…"));
        waitUntil(() -> shown("#milestone-editor"));
        assertThat(this.<TextField>node("#milestone-title-field").getText()).isEqualTo("Week 1");
        robot.clickOn("#milestone-cancel");
        waitUntil(() -> !shown("#milestone-editor"));

        openMenu("Edit");
        robot.clickOn(menuEntry("Delete milestone…"));
        waitUntil(() -> shown("#confirm-action"));
        robot.clickOn("#confirm-action");

        waitUntil(() -> column("SELECT id FROM milestone", new String[0]).isEmpty());
    }
}
