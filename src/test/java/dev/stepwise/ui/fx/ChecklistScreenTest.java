package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.checklist.ChecklistRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The checklist, driven through the real UI: ticks, keys, notes, search — and what lands in the database. */
class ChecklistScreenTest extends AppTestBase {
    private static final String FIRST_STEP = FixturePath.LEARN_LANGUAGE;
    private static final String SECOND_STEP = FixturePath.LEARN_SQL;

    @Test
    void tickingAStepUpdatesCountsTheMatrixRowAndTheDatabase() {
        shortcut(KeyCode.DIGIT2);
        Label stepCounts = node("#section-counts-steps");
        assertThat(stepCounts.getText()).isEqualTo("0 of 4 done");

        clickInItemRow(FIRST_STEP, ".status-button");

        waitUntil(() -> this.<Label>node("#section-counts-steps").getText().equals("1 of 4 done"));
        assertThat(this.<Label>node("#nav-progress").getText()).isEqualTo("1 of 8 done");
        assertOnDisk(FIRST_STEP, "DONE");

        // The matrix reads the same model: the linked skill's row moved without a reload.
        shortcut(KeyCode.DIGIT3);
        assertThat(this.<Label>node("#linked-" + FixturePath.LANGUAGE.id()).getText()).isEqualTo("1 of 3");
        assertThat(this.<Label>node("#linked-" + FixturePath.PROBLEM_SOLVING.id()).getText()).startsWith("1 of ");
        assertThat(this.<Label>node("#linked-" + FixturePath.SECURITY.id()).getText()).startsWith("0 of ");
    }

    @Test
    void statusKeysChangeTheSelectedItem() {
        shortcut(KeyCode.DIGIT2);
        // The first step is selected and the list has focus when the checklist opens.
        key(KeyCode.L);
        assertOnDisk(FIRST_STEP, "LEARNING");
        waitUntil(() -> this.<ToggleButton>node("#detail-status-learning").isSelected());

        key(KeyCode.D);
        assertOnDisk(FIRST_STEP, "DONE");
        waitUntil(() -> this.<ToggleButton>node("#detail-status-done").isSelected());

        key(KeyCode.S);
        assertOnDisk(FIRST_STEP, "SKIPPED");
        waitUntil(() -> this.<Label>node("#section-counts-steps").getText().equals("0 of 3 done · 1 skipped"));

        key(KeyCode.R);
        assertOnDisk(FIRST_STEP, "NOT_STARTED");

        key(KeyCode.SPACE);
        assertOnDisk(FIRST_STEP, "DONE");
        key(KeyCode.SPACE);
        assertOnDisk(FIRST_STEP, "NOT_STARTED");

        // Keys act on the selection: move down and the next step changes, the first stays put.
        key(KeyCode.DOWN);
        key(KeyCode.D);
        assertOnDisk(SECOND_STEP, "DONE");
        assertThat(itemStatusOnDisk(FIRST_STEP)).isEqualTo("NOT_STARTED");
    }

    @Test
    void aNoteTypedIsThereAfterARestart() throws Exception {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#note").write("Read the MDN guide twice");
        // Closing right away, before the save pause ends: closing must save the note, not drop it.
        restart();

        shortcut(KeyCode.DIGIT2);
        assertThat(this.<TextArea>node("#note").getText()).isEqualTo("Read the MDN guide twice");
        assertThat(column("SELECT note FROM item_progress WHERE item_id = ?", FIRST_STEP))
                .containsExactly("Read the MDN guide twice");
    }

    @Test
    void aNoteIsSavedWhileTheAppKeepsRunning() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#note").write("Started with Python");

        waitUntil(() -> column("SELECT note FROM item_progress WHERE item_id = ?", FIRST_STEP).contains("Started with Python"));
        waitUntil(() -> shown("Saved"));
    }

    /** Tab leaves the note for the next control, as it leaves every other field; no tab is typed into the note. */
    @Test
    void tabLeavesTheNoteAndTypesNoTabIntoIt() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#note").write("Started");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getFocusOwner().getId()).isNotEqualTo("note");
        assertThat(this.<TextArea>node("#note").getText()).isEqualTo("Started");
        waitUntil(() -> column("SELECT note FROM item_progress WHERE item_id = ?", FIRST_STEP).equals(List.of("Started")));
    }

    /** Escape leaves the note for the list, on the same row, so the status keys work again at once; the note is kept. */
    @Test
    void escapeInTheNoteGoesBackToTheListOnTheSameRow() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn(itemRow(SECOND_STEP));
        waitUntil(() -> this.<Label>node("#detail-title").getText().equals("Learn SQL and design databases"));
        robot.clickOn("#note").write("Joins first");

        key(KeyCode.ESCAPE);

        ListView<ChecklistRow> list = node("#checklist");
        assertThat(stage.getScene().getFocusOwner()).isSameAs(list);
        assertThat(list.getSelectionModel().getSelectedItem().key()).isEqualTo(ChecklistRow.itemKey(SECOND_STEP));
        assertThat(this.<Label>node("#detail-title").getText()).isEqualTo("Learn SQL and design databases");
        assertThat(this.<TextArea>node("#note").getText()).isEqualTo("Joins first");
        waitUntil(() -> column("SELECT note FROM item_progress WHERE item_id = ?", SECOND_STEP).equals(List.of("Joins first")));
        // The keys act on the list's row again, not on the note.
        key(KeyCode.D);
        assertOnDisk(SECOND_STEP, "DONE");
        assertThat(this.<TextArea>node("#note").getText()).isEqualTo("Joins first");
    }

    @Test
    void searchAndFilterNarrowTheList() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#checklist-search").write("sql");
        waitUntil(() -> this.<Label>node("#checklist-summary").getText().startsWith("Showing "));
        assertThat(itemRowShown(FixturePath.LEARN_SQL)).isTrue();
        assertThat(itemRowShown(FIRST_STEP)).isFalse();

        robot.eraseText(3);
        clickInItemRow(FIRST_STEP, ".status-button");
        assertOnDisk(FIRST_STEP, "DONE");
        robot.clickOn("#filter-done");
        waitUntil(() -> this.<Label>node("#checklist-summary").getText().equals("Showing 1 of 8 items"));
        assertThat(itemRowShown(FIRST_STEP)).isTrue();
        assertThat(itemRowShown(SECOND_STEP)).isFalse();
    }

    /** The filters count what the search matches, so each says how many rows it would show, and they follow a tick. */
    @Test
    void theFiltersCountOnlyWhatTheSearchMatches() {
        shortcut(KeyCode.DIGIT2);
        assertThat(this.<ToggleButton>node("#filter-all").getText()).isEqualTo("All 8");

        robot.clickOn("#checklist-search").write("git"); // only a sub-step of the first step mentions Git
        waitUntil(() -> this.<ToggleButton>node("#filter-all").getText().equals("All 1"));
        assertThat(this.<ToggleButton>node("#filter-not_started").getText()).isEqualTo("Not started 1");

        clickInItemRow(FIRST_STEP, ".status-button");
        assertOnDisk(FIRST_STEP, "DONE");
        waitUntil(() -> this.<ToggleButton>node("#filter-done").getText().equals("Done 1"));
        assertThat(this.<ToggleButton>node("#filter-not_started").getText()).isEqualTo("Not started 0");

        robot.eraseText(3);
        waitUntil(() -> this.<ToggleButton>node("#filter-all").getText().equals("All 8"));
        assertThat(this.<ToggleButton>node("#filter-not_started").getText()).isEqualTo("Not started 7");
    }

    /**
     * A row found by its sub-step or detail says so under its title, and the hint follows the search as it is typed,
     * also when the same rows stay (only "Deploy…" has "docker" and "pipeline"); a title match needs no hint.
     */
    @Test
    void aRowFoundOutsideItsTitleSaysWhereTheSearchFoundIt() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#checklist-search").write("docker");
        waitUntil(() -> this.<Label>node("#checklist-summary").getText().equals("Showing 1 of 8 items"));
        waitUntil(() -> shown("#search-hint-" + FixturePath.DEPLOY));
        assertThat(this.<Label>node("#search-hint-" + FixturePath.DEPLOY).getText())
                .isEqualTo("In a sub-step: “Package your app in a Docker image”");

        // Pasted over the selected query: one change of the search, after which the list holds the same row.
        shortcut(KeyCode.A);
        KeyStrokes.paste(robot, "pipeline");
        waitUntil(() -> this.<Label>node("#search-hint-" + FixturePath.DEPLOY).getText()
                .equals("In a sub-step: “Run your tests in a CI pipeline”"));
        assertThat(this.<Label>node("#checklist-summary").getText()).isEqualTo("Showing 1 of 8 items");

        robot.eraseText(8).write("joins");
        waitUntil(() -> shown("#search-hint-" + FixturePath.LEARN_SQL));
        assertThat(this.<Label>node("#search-hint-" + FixturePath.LEARN_SQL).getText())
                .isEqualTo("In the detail: “Tables, joins, indexes.”");

        robot.eraseText(5).write("deploy");
        waitUntil(() -> itemRowShown(FixturePath.DEPLOY));
        waitUntil(() -> !shown("#search-hint-" + FixturePath.DEPLOY));
    }

    @Test
    void subStepsAreTickedInTheDetailPane() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#sub-item-" + FixturePath.CHOOSE_LANGUAGE);
        waitUntil(() -> column("SELECT sub_item_id FROM sub_item_progress WHERE item_id = ?", FIRST_STEP)
                .contains(FixturePath.CHOOSE_LANGUAGE));
        waitUntil(() -> shown("1/3 sub-steps"));
    }
}
