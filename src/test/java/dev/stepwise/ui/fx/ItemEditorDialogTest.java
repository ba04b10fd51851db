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
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
     * A path of more than a dozen skills lists them under a filter by name, with a count of the links; a tick the
     * filter hides is kept, and a skill is ticked by the mouse or, from the filter, by ↓ and Space. The fixture's
     * seven skills are shown as boxes, with no filter.
     */
    @Test
    void manySkillsAreFoundThroughAFilterThatKeepsHiddenTicks() {
        openOn(learnLanguage());
        assertThat(robot.lookup("#skill-links-filter").tryQuery()).as("seven skills, no filter").isEmpty();
        robot.interact(dialog::close);

        dialog = open(() -> new ItemEditorDialog(owner, learnLanguage(), withExtraSkills(10), TODAY));
        ListView<Skill> list = robot.lookup("#skill-links").query();
        assertThat(list.getItems()).hasSize(17);
        assertThat(robot.lookup("#skill-links-count").<Label>query().getText())
                .isEqualTo("2 skills linked: Programming language, Problem solving");
        reveal("#skill-links-filter");
        robot.clickOn("#skill-links-filter").write("data");
        AppTestBase.waitUntil(() -> list.getItems().size() == 1);

        assertThat(list.getItems()).extracting(Skill::id).containsExactly(FixturePath.DATABASES.id());
        robot.clickOn("#skill-link-" + FixturePath.DATABASES.id());
        assertThat(robot.lookup("#skill-link-" + FixturePath.DATABASES.id()).<CheckBox>query().isSelected()).isTrue();
        reveal("#skill-links-filter");
        robot.clickOn("#skill-links-filter").eraseText(4).write("skill 7");
        AppTestBase.waitUntil(() -> list.getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        AppTestBase.waitUntil(() -> robot.lookup("#skill-links-count").<Label>query().getText()
                .equals("4 skills linked: Programming language, Databases, Problem solving, Extra skill 7"));

        // Both links from before were hidden by the filters: still linked, first; the new ones follow in path order.
        assertThat(ok().skillIds()).containsExactly(FixturePath.LANGUAGE.id(), FixturePath.PROBLEM_SOLVING.id(),
                FixturePath.DATABASES.id(), "extra-7");
    }

    /**
     * An instructor's path of a thousand skills: the editor makes check boxes for the rows on screen, not one per skill
     * (it took seconds to open), and the last skill is found and linked all the same.
     */
    @Test
    void aThousandSkillsMakeBoxesOnlyForTheRowsOnScreen() {
        dialog = open(() -> new ItemEditorDialog(owner, learnLanguage(), withExtraSkills(1000), TODAY));

        assertThat(robot.lookup(".check-box").queryAll()).as("check boxes made").hasSizeLessThan(60);
        reveal("#skill-links-filter");
        robot.clickOn("#skill-links-filter").write("skill 1000");
        AppTestBase.waitUntil(() -> robot.lookup("#skill-link-extra-1000").tryQuery().isPresent());
        robot.clickOn("#skill-link-extra-1000");

        assertThat(ok().skillIds()).containsExactly(FixturePath.LANGUAGE.id(), FixturePath.PROBLEM_SOLVING.id(),
                "extra-1000");
    }

    /**
     * The list sits at the foot of the editor's first column, below the fold when the other column is long: going to
     * its filter brings the filter and the whole list into view, not the filter alone at the bottom edge.
     */
    @Test
    void goingToTheFilterBringsTheWholeListIntoView() {
        List<SubItem> subItems = IntStream.range(0, 40).mapToObj(i -> new SubItem("sub-" + i, "Sub-step " + i)).toList();
        dialog = open(() -> new ItemEditorDialog(owner, learnLanguage().withSubItems(subItems), withExtraSkills(100), TODAY));
        ScrollPane scroll = node("#item-editor-scroll");
        ListView<Skill> list = robot.lookup("#skill-links").query();
        assertThat(bottomInView(scroll, list)).as("below the fold at first").isGreaterThan(viewHeight(scroll));

        reveal("#skill-links-filter");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bottomInView(scroll, list)).as("the list's foot, in the editor's view")
                .isLessThanOrEqualTo(viewHeight(scroll));
    }

    /** Where the node's foot is, measured from the top of the scroll pane's view. */
    private static double bottomInView(ScrollPane scroll, Node node) {
        Bounds inScene = node.localToScene(node.getBoundsInLocal());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        return inScene.getMaxY() - view.getMinY();
    }

    private static double viewHeight(ScrollPane scroll) {
        return scroll.getViewportBounds().getHeight();
    }

    /** Under a long list the links are named, since they lie far apart in it: six by name, then how many more. */
    @Test
    void theLinksOfALongListAreNamedUnderIt() {
        List<String> eight = IntStream.rangeClosed(1, 8).mapToObj(i -> "extra-" + (i * 100)).toList();
        dialog = open(() -> new ItemEditorDialog(owner, learnLanguage().withSkillIds(eight), withExtraSkills(1000), TODAY));

        assertThat(robot.lookup("#skill-links-count").<Label>query().getText()).isEqualTo("8 skills linked: Extra skill 100, "
                + "Extra skill 200, Extra skill 300, Extra skill 400, Extra skill 500, Extra skill 600 and 2 more");
        assertThat(ok().skillIds()).isEqualTo(eight);
    }

    /** The fixture's skills and then {@code count} more, "Extra skill 1" ({@code extra-1}) onwards. */
    private static List<Skill> withExtraSkills(int count) {
        List<Skill> many = new ArrayList<>(PATH.skills());
        for (int i = 1; i <= count; i++) {
            many.add(new Skill("extra-" + i, "Extra skill " + i, Skill.TECHNICAL, "", Level.GUIDED));
        }
        return many;
    }

    /** Tab leaves the multi-line detail for the next field, Shift+Tab for the one before; no tab is typed into it. */
    @Test
    void tabLeavesTheDetailInsteadOfTypingATab() {
        openOn(learnLanguage());
        robot.clickOn("#item-detail");

        robot.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("item-estimate");
        robot.clickOn("#item-detail");
        KeyStrokes.stroke(robot, KeyCode.SHIFT, KeyCode.TAB);
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
