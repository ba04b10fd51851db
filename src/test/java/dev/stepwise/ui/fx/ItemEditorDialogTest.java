package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.checklist.ItemEditorDialog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The item editor's texts, estimate, resources and skill links, driven by the robot; the result is the edited item.
 * Sub-steps have their own test ({@link ItemEditorSubStepsTest}).
 */
class ItemEditorDialogTest extends ItemEditorTestBase {

    @Test
    void okWithoutChangesReturnsTheItemAsItWas() {
        openOn(learnLanguage());

        assertThat(ok()).isEqualTo(learnLanguage());
    }

    @Test
    void editedTextsComeBackOnTheSameItemWithItsTargetDate() {
        openOn(learnLanguage());
        assertThat(this.<DialogPane>node("#item-editor").getHeaderText()).isEqualTo("Edit “Learn a programming language”");

        typeOver("#item-title", " Learn Java ");
        typeOver("#item-detail", "Write small programs every day.");
        typeOver("#item-estimate", "120");

        Item edited = ok();
        assertThat(edited.id()).isEqualTo(FixturePath.LEARN_LANGUAGE);
        assertThat(edited.title()).isEqualTo("Learn Java");
        assertThat(edited.detail()).isEqualTo("Write small programs every day.");
        assertThat(edited.estimateHours()).isEqualTo(120);
        assertThat(edited.targetDate()).isEqualTo(TARGET);
        assertThat(edited.subItems()).isEqualTo(learnLanguage().subItems());
        assertThat(edited.resources()).isEqualTo(learnLanguage().resources());
        assertThat(edited.skillIds()).isEqualTo(learnLanguage().skillIds());
    }

    @Test
    void aBlankTitleDisablesOkAndSaysWhyUntilItIsFixed() {
        openOn(learnLanguage());
        assertThat(okEnabled("#item-ok")).isTrue();

        typeOver("#item-title", "");
        assertThat(okEnabled("#item-ok")).isFalse();
        assertThat(problem("#item-title-problem")).isEqualTo("An item’s title cannot be empty.");

        typeOver("#item-title", "   ");
        assertThat(okEnabled("#item-ok")).isFalse();
        assertThat(problem("#item-title-problem")).isEqualTo("An item’s title cannot be empty.");

        typeOver("#item-title", "Learn Go");
        assertThat(okEnabled("#item-ok")).isTrue();
        assertThat(problem("#item-title-problem")).isEmpty();
        assertThat(ok().title()).isEqualTo("Learn Go");
    }

    @Test
    void theEstimateIsAWholeNumberOfHoursOrNothing() {
        openOn(learnLanguage());

        typeOver("#item-estimate", "-3");
        assertThat(okEnabled("#item-ok")).isFalse();
        assertThat(problem("#item-estimate-problem")).isEqualTo("An estimate is a number of hours from 0 to 10000.");

        typeOver("#item-estimate", "ten");
        assertThat(okEnabled("#item-ok")).isFalse();
        assertThat(problem("#item-estimate-problem")).isEqualTo("“ten” is not a whole number of hours.");

        typeOver("#item-estimate", "10001");
        assertThat(okEnabled("#item-ok")).isFalse();

        typeOver("#item-estimate", "10000");
        assertThat(okEnabled("#item-ok")).isTrue();
        assertThat(problem("#item-estimate-problem")).isEmpty();

        typeOver("#item-estimate", "");
        assertThat(okEnabled("#item-ok")).isTrue();
        assertThat(ok().estimateHours()).as("an empty estimate is none").isNull();
    }

    @Test
    void onlyWebLinksAreAcceptedAndTheProblemShowsOnItsRow() {
        openOn(learnLanguage());

        typeOver("#resource-url-1", "javascript:alert(1)");
        assertThat(okEnabled("#item-ok")).isFalse();
        assertThat(problem("#resource-problem-1")).isEqualTo("Only web links (http:// or https://) can be added.");
        assertThat(problem("#resource-problem-0")).isEmpty();

        typeOver("#resource-url-1", "ftp://x");
        assertThat(okEnabled("#item-ok")).isFalse();
        assertThat(problem("#resource-problem-1")).isEqualTo("Only web links (http:// or https://) can be added.");

        typeOver("#resource-url-1", "https://docs.python.org/3/");
        assertThat(okEnabled("#item-ok")).isTrue();
        assertThat(problem("#resource-problem-1")).isEmpty();
        assertThat(ok().resources()).containsExactly(new Resource("Learn Java", "https://dev.java/learn/"),
                new Resource("The Python tutorial", "https://docs.python.org/3/"));
    }

    @Test
    void aResourceRowsFieldsAndRemoveButtonHaveNamesAScreenReaderCanSay() {
        openOn(learnLanguage());

        assertThat(this.<TextField>node("#resource-title-0").getAccessibleText()).isEqualTo("Resource title");
        assertThat(this.<TextField>node("#resource-url-0").getAccessibleText()).isEqualTo("Resource link");
        assertThat(this.<Button>node("#resource-remove-0").getAccessibleText()).isEqualTo("Remove this resource");
    }

    @Test
    void resourcesAreAddedAndRemoved() {
        openOn(learnLanguage());

        robot.clickOn("#resource-remove-0");
        assertThat(this.<TextField>node("#resource-title-0").getText()).as("rows are renumbered").isEqualTo("The Python tutorial");
        assertThat(shown("#resource-title-1")).isFalse();

        robot.clickOn("#resource-add");
        // A row left wholly blank is no resource: it neither blocks Save (which gave no reason until the learner
        // happened to leave a field) nor is saved. No red before the learner types in it or leaves it.
        assertThat(okEnabled("#item-ok")).isTrue();
        assertThat(problem("#resource-problem-1")).isEmpty();
        robot.write("Baeldung");
        assertThat(okEnabled("#item-ok")).as("half filled").isFalse();
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem("#resource-problem-1")).as("the link was left blank").isEqualTo("A link cannot be empty.");
        typeOver("#resource-url-1", "https://www.baeldung.com/");
        assertThat(okEnabled("#item-ok")).isTrue();
        robot.clickOn("#resource-add");
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem("#resource-problem-2")).as("blank, and left: still nothing to fix").isEmpty();

        assertThat(ok().resources()).containsExactly(new Resource("The Python tutorial", "https://docs.python.org/3/tutorial/"),
                new Resource("Baeldung", "https://www.baeldung.com/"));
    }

    @Test
    void removingAnInvalidRowEnablesOkAgain() {
        openOn(learnLanguage());
        robot.clickOn("#resource-add");
        typeOver("#resource-url-2", "ftp://x");
        assertThat(okEnabled("#item-ok")).isFalse();

        robot.clickOn("#resource-remove-2");

        assertThat(okEnabled("#item-ok")).isTrue();
        assertThat(ok().resources()).isEqualTo(learnLanguage().resources());
    }

    @Test
    void skillsAreGroupedByCategoryInPathOrderWithTheCurrentLinksTicked() {
        openOn(learnLanguage());

        assertThat(this.<Label>node("#skill-group-0").getText()).isEqualTo("Technical");
        assertThat(this.<Label>node("#skill-group-1").getText()).isEqualTo("Soft");
        assertThat(boxesBeside("#skill-link-language"))
                .containsExactly("Programming language", "Databases", "API design", "Containers & deployment", "Security");
        assertThat(boxesBeside("#skill-link-communication")).containsExactly("Problem solving", "Communication");
        PATH.skills().forEach(skill -> assertThat(this.<CheckBox>node("#skill-link-" + skill.id()).isSelected())
                .as(skill.id()).isEqualTo(learnLanguage().buildsSkill(skill.id())));
    }

    /** The texts of the check boxes in the same group as the one found, in order. */
    private List<String> boxesBeside(String query) {
        return this.<CheckBox>node(query).getParent().getChildrenUnmodifiable().stream()
                .map(node -> ((CheckBox) node).getText()).toList();
    }

    @Test
    void tickingAndUntickingLinksAndUnlinksSkills() {
        openOn(learnLanguage());

        for (String skill : List.of(FixturePath.LANGUAGE.id(), FixturePath.COMMUNICATION.id(), FixturePath.SECURITY.id())) {
            reveal("#skill-link-" + skill);
            robot.clickOn("#skill-link-" + skill);
        }

        // Links kept keep their place; new ones follow in path order.
        assertThat(ok().skillIds()).containsExactly(FixturePath.PROBLEM_SOLVING.id(), FixturePath.SECURITY.id(),
                FixturePath.COMMUNICATION.id());
    }

    /**
     * A path of many skills: a filter by name above the boxes hides the others and the categories left empty, and a
     * tick it hides is kept. The fixture's seven skills need no filter.
     */
    @Test
    void manySkillsAreFoundThroughAFilterThatKeepsHiddenTicks() {
        openOn(learnLanguage());
        assertThat(robot.lookup("#skill-links-filter").tryQuery()).as("seven skills, no filter").isEmpty();
        robot.interact(dialog::close);

        List<Skill> many = new ArrayList<>(PATH.skills());
        for (int i = 1; i <= 10; i++) {
            many.add(new Skill("extra-" + i, "Extra skill " + i, Skill.TECHNICAL, "", Level.GUIDED));
        }
        dialog = open(() -> new ItemEditorDialog(owner, learnLanguage(), many, TODAY));
        reveal("#skill-links-filter");
        robot.clickOn("#skill-links-filter").write("data");
        AppTestBase.waitUntil(() -> !robot.lookup("#skill-link-extra-1").query().isVisible());

        assertThat(many.stream().filter(skill -> robot.lookup("#skill-link-" + skill.id()).query().isVisible())
                .map(Skill::id)).containsExactly(FixturePath.DATABASES.id());
        assertThat(robot.lookup("#skill-group-1").query().isVisible()).as("Soft has no skill with 'data'").isFalse();
        // The matches are brought into view as the filter is typed: clicked where they are, with no scrolling.
        robot.clickOn("#skill-link-" + FixturePath.DATABASES.id());
        assertThat(robot.lookup("#skill-link-" + FixturePath.DATABASES.id()).<CheckBox>query().isSelected()).isTrue();
        reveal("#skill-links-filter");
        robot.clickOn("#skill-links-filter").eraseText(4).write("skill 7");
        reveal("#skill-link-extra-7");
        robot.clickOn("#skill-link-extra-7");

        // Both links from before were hidden by the filters: still linked, first; the new ones follow in path order.
        assertThat(ok().skillIds()).containsExactly(FixturePath.LANGUAGE.id(), FixturePath.PROBLEM_SOLVING.id(),
                FixturePath.DATABASES.id(), "extra-7");
    }

    /** Tab leaves the multi-line detail for the next field, Shift+Tab for the one before; no tab is typed into it. */
    @Test
    void tabLeavesTheDetailInsteadOfTypingATab() {
        openOn(learnLanguage());
        robot.clickOn("#item-detail");

        robot.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("item-estimate");
        robot.clickOn("#item-detail");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(focusedId()).isEqualTo("item-title");

        assertThat(ok().detail()).isEqualTo(learnLanguage().detail());
    }

    private String focusedId() {
        WaitForAsyncUtils.waitForFxEvents();
        return dialog.getDialogPane().getScene().getFocusOwner().getId();
    }

    @Test
    void cancelReturnsNullEvenAfterEdits() {
        openOn(learnLanguage());
        typeOver("#item-title", "Something else");
        reveal("#skill-link-" + FixturePath.SECURITY.id());
        robot.clickOn("#skill-link-" + FixturePath.SECURITY.id());

        robot.clickOn("#item-cancel");

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    @Test
    void aLargeItemStillFitsA1024By640ScreenAndScrollsInside() {
        List<SubItem> subItems = IntStream.range(0, 40).mapToObj(i -> new SubItem("sub-" + i, "Sub-step " + i)).toList();
        List<Resource> resources = IntStream.range(0, 25)
                .mapToObj(i -> new Resource("Resource " + i, "https://example.org/" + i)).toList();
        openOn(learnLanguage().withSubItems(subItems).withResources(resources));

        Window window = dialog.getDialogPane().getScene().getWindow();
        assertThat(window.getWidth()).isLessThanOrEqualTo(1024);
        assertThat(window.getHeight()).isLessThanOrEqualTo(640);
        ScrollPane scroll = node("#item-editor-scroll");
        assertThat(scroll.getContent().getLayoutBounds().getHeight()).isGreaterThan(scroll.getViewportBounds().getHeight());

        reveal("#resource-remove-24");
        assertThat(scroll.getVvalue()).as("scrolled to the focused control").isGreaterThan(0.9);
        robot.clickOn("#resource-remove-24");
        assertThat(ok().resources()).hasSize(24).doesNotContain(resources.get(24));
    }
}
