package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.Skill;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.matrix.SkillEditorDialog;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The skill editor, new and existing: category from the list or typed, the target level, and what blocks OK. */
class SkillEditorDialogTest extends DialogTestBase {
    private static final List<String> CATEGORIES = FixturePath.path().categories();
    /** The other skills' names, which a skill may not take. */
    private static final List<String> TAKEN = List.of("Security reviews", "Pairing");
    private SkillEditorDialog dialog;

    private void openNew() {
        dialog = open(() -> new SkillEditorDialog(owner, null, CATEGORIES, TAKEN));
    }

    private void openExisting(Skill skill) {
        dialog = open(() -> new SkillEditorDialog(owner, skill, CATEGORIES, TAKEN));
    }

    private SkillEditorDialog.Fields ok() {
        robot.clickOn("#skill-ok");
        assertThat(dialog.isShowing()).isFalse();
        return dialog.getResult();
    }

    @Test
    void aNewSkillStartsEmptyAtIndependentAndNeedsANameAndACategory() {
        openNew();

        assertThat(this.<DialogPane>node("#skill-editor").getHeaderText()).isEqualTo("New skill");
        assertThat(this.<ChoiceBox<Level>>node("#skill-target").getValue()).isEqualTo(Level.INDEPENDENT);
        assertThat(this.<Label>node("#skill-target-anchor").getText()).isEqualTo(Messages.current().anchor(Level.INDEPENDENT));
        assertThat(this.<ComboBox<String>>node("#skill-category").getItems()).containsExactly(Skill.TECHNICAL, Skill.SOFT);
        // Nothing typed yet: OK waits, without scolding (as the title prompts do). A blank field says why once the
        // learner has left it or typed in it; a new milestone greeted them with "cannot be empty" in red.
        assertThat(okEnabled("#skill-ok")).isFalse();
        assertThat(problem("#skill-name-problem")).isEmpty();
        assertThat(problem("#skill-category-problem")).isEmpty();
        assertThat(node("#skill-name").getPseudoClassStates()).noneMatch(state -> state.getPseudoClassName().equals("danger"));

        robot.clickOn("#skill-name");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem("#skill-name-problem")).isEqualTo("A skill’s name cannot be empty.");
        assertThat(node("#skill-name").getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("danger"));
        assertThat(problem("#skill-category-problem")).as("not reached yet").isEmpty();

        typeOver("#skill-name", "Observability");
        assertThat(problem("#skill-name-problem")).isEmpty();
        assertThat(okEnabled("#skill-ok")).as("the category is still missing").isFalse();
        typeOver("#skill-category .text-field", "x");
        typeOver("#skill-category .text-field", "");
        assertThat(problem("#skill-category-problem")).isEqualTo("A category cannot be empty.");
    }

    @Test
    void aCategoryIsChosenFromThePathsCategories() {
        openNew();
        typeOver("#skill-name", "Mentoring");
        robot.clickOn("#skill-category .arrow-button");
        robot.clickOn(Skill.SOFT);
        typeOver("#skill-description", "Helping others grow.");

        assertThat(okEnabled("#skill-ok")).isTrue();
        assertThat(ok()).isEqualTo(new SkillEditorDialog.Fields("Mentoring", Skill.SOFT, "Helping others grow.", Level.INDEPENDENT));
    }

    @Test
    void aNewCategoryCanBeTypedAndOneDifferingOnlyInCaseJoinsTheExistingOne() {
        openNew();
        typeOver("#skill-name", "Kubernetes");
        typeOver("#skill-category .text-field", "  Cloud ");
        assertThat(okEnabled("#skill-ok")).isTrue();
        assertThat(ok().category()).isEqualTo("Cloud");

        openNew();
        typeOver("#skill-name", "Kubernetes");
        typeOver("#skill-category .text-field", "technical");
        assertThat(ok().category()).isEqualTo(Skill.TECHNICAL);
    }

    @Test
    void aBlankNameOrCategoryDisablesOkUntilFixed() {
        openExisting(FixturePath.DATABASES);
        assertThat(okEnabled("#skill-ok")).isTrue();

        typeOver("#skill-name", "   ");
        assertThat(okEnabled("#skill-ok")).isFalse();
        assertThat(problem("#skill-name-problem")).isEqualTo("A skill’s name cannot be empty.");
        typeOver("#skill-name", "Data stores");
        assertThat(okEnabled("#skill-ok")).isTrue();

        typeOver("#skill-category .text-field", " ");
        assertThat(okEnabled("#skill-ok")).isFalse();
        assertThat(problem("#skill-category-problem")).isEqualTo("A category cannot be empty.");
        typeOver("#skill-category .text-field", "Data");
        assertThat(okEnabled("#skill-ok")).isTrue();
        assertThat(problem("#skill-category-problem")).isEmpty();

        assertThat(ok()).isEqualTo(new SkillEditorDialog.Fields("Data stores", "Data", FixturePath.DATABASES.description(),
                FixturePath.DATABASES.targetLevel()));
    }

    @Test
    void anExistingSkillStartsFromItsFieldsAndReturnsTheChangedTarget() {
        openExisting(FixturePath.API_DESIGN);
        assertThat(this.<DialogPane>node("#skill-editor").getHeaderText()).isEqualTo("Edit “API design”");
        assertThat(this.<TextField>node("#skill-name").getText()).isEqualTo("API design");
        assertThat(this.<ComboBox<String>>node("#skill-category").getEditor().getText()).isEqualTo(Skill.TECHNICAL);
        assertThat(this.<TextArea>node("#skill-description").getText()).isEqualTo("Interfaces that other programs use.");
        assertThat(this.<ChoiceBox<Level>>node("#skill-target").getValue()).isEqualTo(Level.GUIDED);

        robot.clickOn("#skill-target");
        robot.clickOn(Level.TEACHES.toString());
        assertThat(this.<Label>node("#skill-target-anchor").getText()).isEqualTo(Messages.current().anchor(Level.TEACHES));

        assertThat(ok()).isEqualTo(new SkillEditorDialog.Fields("API design", Skill.TECHNICAL,
                "Interfaces that other programs use.", Level.TEACHES));
    }

    @Test
    void aSkillInACategoryTheListLacksStillShowsIt() {
        Skill own = new Skill("k8s", "Kubernetes", "Cloud", "", Level.AWARE);
        openExisting(own);

        assertThat(this.<ComboBox<String>>node("#skill-category").getItems()).containsExactly(Skill.TECHNICAL, Skill.SOFT, "Cloud");
        assertThat(ok()).isEqualTo(new SkillEditorDialog.Fields("Kubernetes", "Cloud", "", Level.AWARE));
    }

    @Test
    void cancelReturnsNull() {
        openExisting(FixturePath.DATABASES);
        typeOver("#skill-name", "Changed");

        robot.clickOn("#skill-cancel");

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    /**
     * A name another skill of the path has is refused, case and spaces aside: two skills of one name could not be told
     * apart in the matrix or in "Delete skill …?" (found by trying it: a rename to an existing name was saved).
     */
    @Test
    void aNameAnotherSkillHasIsRefused() {
        openNew();
        typeOver("#skill-name", "  security REVIEWS ");
        typeOver("#skill-category .text-field", "Technical");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem("#skill-name-problem")).isEqualTo("This path already has a skill named \"security REVIEWS\".");
        assertThat(okEnabled("#skill-ok")).isFalse();

        typeOver("#skill-name", "Security review");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem("#skill-name-problem")).isEmpty();
        assertThat(ok().name()).isEqualTo("Security review");
    }
}
