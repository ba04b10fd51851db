package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.common.DetailPane;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The checklist's keys act only on what the learner can see: the visible, selected row. Each test repeats a defect
 * seen by a new user (a key changing an item the list hid, a toggle that lost a date, a list that jumped).
 */
class ChecklistKeyboardTest extends EditingTestBase {
    private static final String FIRST_STEP = FixturePath.LEARN_LANGUAGE;

    @Test
    void aKeyNeverChangesAnItemTheSearchHid() {
        shortcut(KeyCode.DIGIT2);
        assertThat(this.<Label>node("#detail-title").getText()).isEqualTo("Learn a programming language");

        shortcut(KeyCode.F);
        robot.write("docker");
        waitUntil(() -> this.<Label>node("#checklist-summary").getText().equals("Showing 1 of 8 items"));
        // The selected item is hidden: nothing is selected, and the detail no longer shows it.
        assertThat(detailShown()).isFalse();

        tabIntoTheList();
        key(KeyCode.D);
        // ↓ selects the one row shown; D then marks that one.
        key(KeyCode.DOWN);
        assertThat(this.<Label>node("#detail-title").getText()).isEqualTo("Deploy a project to the cloud");
        key(KeyCode.D);

        assertOnDisk(FixturePath.DEPLOY, "DONE");
        assertThat(itemStatusOnDisk(FIRST_STEP)).isEqualTo("NOT_STARTED");
    }

    /**
     * The details of another item open at its title: they stayed scrolled to where the last item's notes were, its
     * title and status out of sight. The same item changed stays where the learner is.
     */
    @Test
    void anotherItemsDetailsOpenAtTheTop() {
        shortcut(KeyCode.DIGIT2);
        ScrollPane scroll = robot.lookup("." + DetailPane.SCROLL).match(Node::isVisible).query();
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        key(KeyCode.L);
        assertOnDisk(FIRST_STEP, "LEARNING");
        assertThat(scroll.getVvalue()).as("the same item, changed").isEqualTo(scroll.getVmax());

        key(KeyCode.DOWN);
        waitUntil(() -> !this.<Label>node("#detail-title").getText().equals("Learn a programming language"));
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmin());
    }

    @Test
    void aStatusKeyThatHidesTheItemUnderAFilterLeavesNothingSelected() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(FIRST_STEP, "DONE");
        robot.clickOn("#filter-done");
        waitUntil(() -> this.<Label>node("#checklist-summary").getText().equals("Showing 1 of 8 items"));
        robot.clickOn(itemRow(FIRST_STEP));

        key(KeyCode.R);
        assertOnDisk(FIRST_STEP, "NOT_STARTED");
        waitUntil(() -> !detailShown());
        key(KeyCode.D);
        key(KeyCode.L);

        // A visible change after the keys: the store works in order, so the keys' writes would be on disk by now.
        robot.clickOn("#filter-all");
        clickInItemRow(FixturePath.LEARN_SQL, ".status-button");
        assertOnDisk(FixturePath.LEARN_SQL, "DONE");
        assertThat(itemStatusOnDisk(FIRST_STEP)).isEqualTo("NOT_STARTED");
    }

    @Test
    void spaceTwiceFromLearningComesBackToLearningWithItsStartDate() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.L);
        assertOnDisk(FIRST_STEP, "LEARNING");
        String started = startedOn(FIRST_STEP);
        assertThat(started).isNotNull();

        key(KeyCode.SPACE);
        assertOnDisk(FIRST_STEP, "DONE");
        key(KeyCode.SPACE);
        assertOnDisk(FIRST_STEP, "LEARNING");
        assertThat(startedOn(FIRST_STEP)).isEqualTo(started);
    }

    @Test
    void spaceTwiceFromNotStartedComesBackToNotStarted() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.SPACE);
        assertOnDisk(FIRST_STEP, "DONE");
        key(KeyCode.SPACE);
        assertOnDisk(FIRST_STEP, "NOT_STARTED");
        assertThat(startedOn(FIRST_STEP)).isNull();
    }

    @Test
    void aStatusKeyNeverScrollsTheList() {
        robot.interact(() -> stage.setHeight(640));
        shortcut(KeyCode.DIGIT2);
        // The lowest step fully in view, with rows above it: re-selecting it after the change used to scroll it to
        // the fourth row from the top.
        String low = lowestItemFullyInView();
        robot.clickOn(itemRow(low));
        double before = screenY(itemRow(low));

        // (L, not D: a done item may pop up a skill suggestion, which is another window.)
        key(KeyCode.L);
        assertOnDisk(low, "LEARNING");
        assertThat(screenY(itemRow(low))).isEqualTo(before);

        // A change of content makes every row again; the selected row still stays where it is.
        key(KeyCode.F2);
        answerTitle("Renamed in place");
        waitUntil(() -> this.<Label>inItemRow(low, ".item-title").getText().equals("Renamed in place"));
        assertThat(screenY(itemRow(low))).isEqualTo(before);
    }

    @Test
    void escapeClearsTheSearchAndDownReachesTheResults() {
        shortcut(KeyCode.DIGIT2);
        shortcut(KeyCode.F);
        robot.write("sql");
        waitUntil(() -> this.<Label>node("#checklist-summary").getText().startsWith("Showing "));

        key(KeyCode.DOWN);
        assertThat(robot.lookup("#checklist").query().isFocused()).isTrue();
        assertThat(this.<Label>node("#detail-title").getText()).isEqualTo("Learn SQL and design databases");

        shortcut(KeyCode.F);
        key(KeyCode.ESCAPE);
        assertThat(this.<TextField>node("#checklist-search").getText()).isEmpty();
        assertThat(this.<Label>node("#checklist-summary").getText()).isEqualTo("8 items");
    }

    @Test
    void theFirstSubStepStartsTheItemAndTheLastOffersToFinishIt() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#sub-item-" + FixturePath.CHOOSE_LANGUAGE);
        assertOnDisk(FIRST_STEP, "LEARNING");
        assertThat(startedOn(FIRST_STEP)).isNotNull();
        assertThat(shown("#done-offer")).isFalse();

        robot.clickOn("#sub-item-" + FixturePath.LEARN_GIT);
        robot.clickOn("#sub-item-" + FixturePath.WRITE_FIRST_TESTS);
        waitUntil(() -> shown("#done-offer"));
        assertThat(itemStatusOnDisk(FIRST_STEP)).as("the last tick only offers").isEqualTo("LEARNING");

        robot.clickOn("#offer-done-button");
        assertOnDisk(FIRST_STEP, "DONE");
        waitUntil(() -> !shown("#done-offer"));
    }

    @Test
    void theFiltersSayHowManyItemsEachWouldShow() {
        shortcut(KeyCode.DIGIT2);
        assertThat(filterTexts()).containsExactly("All 8", "Not started 8", "Learning 0", "Done 0", "Skipped 0");

        key(KeyCode.D);
        key(KeyCode.DOWN);
        key(KeyCode.L);
        assertOnDisk(FixturePath.LEARN_SQL, "LEARNING");

        waitUntil(() -> filterTexts().equals(List.of("All 8", "Not started 6", "Learning 1", "Done 1", "Skipped 0")));
    }

    private List<String> filterTexts() {
        return Stream.of("all", "not_started", "learning", "done", "skipped")
                .map(name -> this.<ToggleButton>node("#filter-" + name).getText()).toList();
    }

    private void tabIntoTheList() {
        Node list = robot.lookup("#checklist").query();
        for (int i = 0; i < 12 && !list.isFocused(); i++) {
            key(KeyCode.TAB);
        }
        assertThat(list.isFocused()).as("Tab reaches the list").isTrue();
    }

    /** Whether the detail pane shows an item: its title and every parent up to the scene are visible. */
    private boolean detailShown() {
        for (Node node = robot.lookup("#detail-title").query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String lowestItemFullyInView() {
        Node list = robot.lookup("#checklist").query();
        Bounds view = list.localToScreen(list.getBoundsInLocal());
        String lowest = null;
        double lowestY = -1;
        for (String id : List.of(FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL, FixturePath.BUILD_API, FixturePath.DEPLOY,
                FixturePath.CS_DEGREE, FixturePath.WORK_EXPERIENCE, FixturePath.PRACTICE_MONITORING, FixturePath.PRACTICE_DEBUGGING)) {
            if (itemRowShown(id)) {
                Node row = itemRow(id);
                Bounds bounds = row.localToScreen(row.getBoundsInLocal());
                if (bounds.getMaxY() < view.getMaxY() - 4 && bounds.getMinY() > lowestY) {
                    lowest = id;
                    lowestY = bounds.getMinY();
                }
            }
        }
        assertThat(lowest).as("a step low in the list").isNotIn(null, FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_SQL);
        assertThat(itemRowShown(FixturePath.PRACTICE_DEBUGGING)).as("the list is longer than its view").isFalse();
        return lowest;
    }

    private double screenY(Node row) {
        return row.localToScreen(row.getBoundsInLocal()).getMinY();
    }

    private String startedOn(String itemId) {
        return column("SELECT started_on FROM item_progress WHERE item_id = ?", itemId).get(0);
    }
}
