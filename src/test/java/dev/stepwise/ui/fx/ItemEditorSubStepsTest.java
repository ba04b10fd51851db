package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.SubItem;
import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The item editor's sub-steps: reorder by keys, buttons and drag; rename, add and remove. Ids are what the learner's
 * ticks hang on, so every test checks which id each sub-step comes back with.
 */
class ItemEditorSubStepsTest extends ItemEditorTestBase {
    private static final String CHOOSE = FixturePath.CHOOSE_LANGUAGE;
    private static final String GIT = FixturePath.LEARN_GIT;
    private static final String TESTS = FixturePath.WRITE_FIRST_TESTS;

    private static List<String> ids(Item item) {
        return item.subItems().stream().map(SubItem::id).toList();
    }

    private List<String> shownIds() {
        return this.<ListView<SubItem>>node("#substeps").getItems().stream().map(SubItem::id).toList();
    }

    private void altKey(KeyCode arrow) {
        KeyStrokes.stroke(robot, KeyCode.ALT, arrow);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Answers the sub-step title prompt that Add… and Rename… open. */
    private void answerPrompt(String title) {
        typeOver("#prompt-title", title);
        robot.clickOn("#prompt-ok");
    }

    @Test
    void altUpAndDownMoveTheSelectedSubStepAndKeepItSelected() {
        openOn(learnLanguage());
        robot.clickOn("#substep-" + CHOOSE);

        altKey(KeyCode.DOWN);
        assertThat(shownIds()).containsExactly(GIT, CHOOSE, TESTS);
        altKey(KeyCode.DOWN);
        assertThat(shownIds()).containsExactly(GIT, TESTS, CHOOSE);
        altKey(KeyCode.DOWN);
        assertThat(shownIds()).as("the last stays last").containsExactly(GIT, TESTS, CHOOSE);
        altKey(KeyCode.UP);
        assertThat(shownIds()).containsExactly(GIT, CHOOSE, TESTS);
        assertThat(this.<ListView<SubItem>>node("#substeps").getSelectionModel().getSelectedItem().id()).isEqualTo(CHOOSE);

        Item edited = ok();
        assertThat(ids(edited)).containsExactly(GIT, CHOOSE, TESTS);
        assertThat(edited.subItems()).containsExactlyInAnyOrderElementsOf(learnLanguage().subItems());
    }

    @Test
    void theMoveButtonsMoveTheSelectedSubStepAndDisableAtTheEnds() {
        openOn(learnLanguage());
        assertThat(this.<Button>node("#substep-up").isDisabled()).as("nothing selected").isTrue();

        robot.clickOn("#substep-" + TESTS);
        assertThat(this.<Button>node("#substep-down").isDisabled()).isTrue();
        robot.clickOn("#substep-up");
        robot.clickOn("#substep-up");
        assertThat(shownIds()).containsExactly(TESTS, CHOOSE, GIT);
        assertThat(this.<Button>node("#substep-up").isDisabled()).isTrue();
        robot.clickOn("#substep-down");

        assertThat(ids(ok())).containsExactly(CHOOSE, TESTS, GIT);
    }

    @Test
    void aSubStepIsDraggedToAnotherPlace() {
        openOn(learnLanguage());

        robot.drag("#substep-" + CHOOSE, MouseButton.PRIMARY).dropTo("#substep-" + TESTS);
        assertThat(shownIds()).containsExactly(GIT, TESTS, CHOOSE);

        robot.drag("#substep-" + TESTS, MouseButton.PRIMARY).dropTo("#substep-" + GIT);
        assertThat(shownIds()).containsExactly(TESTS, GIT, CHOOSE);

        assertThat(ids(ok())).containsExactly(TESTS, GIT, CHOOSE);
    }

    @Test
    void renamingKeepsTheIdByButtonF2OrDoubleClick() {
        openOn(learnLanguage());

        robot.clickOn("#substep-" + CHOOSE).clickOn("#substep-rename");
        assertThat(this.<TextField>node("#prompt-title").getText()).isEqualTo("Choose one language");
        answerPrompt("Pick a language");

        robot.clickOn("#substep-" + GIT).type(KeyCode.F2);
        answerPrompt("Git: commit, branch, merge");

        robot.doubleClickOn("#substep-" + TESTS);
        answerPrompt("Write tests first");

        assertThat(ok().subItems()).containsExactly(new SubItem(CHOOSE, "Pick a language"),
                new SubItem(GIT, "Git: commit, branch, merge"), new SubItem(TESTS, "Write tests first"));
    }

    @Test
    void aBlankRenameIsRefusedAndCancellingItChangesNothing() {
        openOn(learnLanguage());
        robot.clickOn("#substep-" + GIT).clickOn("#substep-rename");

        typeOver("#prompt-title", "   ");
        assertThat(okEnabled("#prompt-ok")).isFalse();
        assertThat(problem("#prompt-problem")).isEqualTo("The title cannot be empty.");
        robot.type(KeyCode.ESCAPE);

        assertThat(ok().subItems()).isEqualTo(learnLanguage().subItems());
    }

    @Test
    void addedSubStepsGetNewUniqueIdsBelowTheSelectionAndExistingIdsStay() {
        Item learnSql = FixturePath.path().item(FixturePath.LEARN_SQL).orElseThrow();
        openOn(learnSql);

        robot.clickOn("#substep-" + FixturePath.JOINS).clickOn("#substep-add");
        answerPrompt("Joins");
        robot.interact(() -> this.<ListView<SubItem>>node("#substeps").getSelectionModel().clearSelection());
        robot.clickOn("#substep-add");
        answerPrompt("Query plans");

        assertThat(ok().subItems()).containsExactly(new SubItem(FixturePath.JOINS, "Joins"), new SubItem("joins-2", "Joins"),
                new SubItem(FixturePath.INDEXES, "Indexes"), new SubItem("transactions", "Transactions"),
                new SubItem("query-plans", "Query plans"));
    }

    @Test
    void removedSubStepsAreGoneAndANewOneNeverTakesARemovedId() {
        openOn(learnLanguage());

        robot.clickOn("#substep-" + GIT).clickOn("#substep-remove");
        assertThat(shownIds()).containsExactly(CHOOSE, TESTS);
        assertThat(this.<ListView<SubItem>>node("#substeps").getSelectionModel().getSelectedItem().id())
                .as("the next one is selected").isEqualTo(TESTS);
        // The learner's tick on "learn-git" is kept by id: a new "Learn Git" must not inherit it.
        robot.clickOn("#substep-add");
        answerPrompt("Learn Git");

        assertThat(ok().subItems()).containsExactly(new SubItem(CHOOSE, "Choose one language"),
                new SubItem(TESTS, "Write your first tests"), new SubItem("learn-git-2", "Learn Git"));
    }
}
