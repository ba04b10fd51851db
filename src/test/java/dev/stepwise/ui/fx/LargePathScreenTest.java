package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.bench.SyntheticPath;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Skill;
import dev.stepwise.service.BundledPath;
import dev.stepwise.ui.checklist.ChecklistRow;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A path with more skills and items than fit on screen: the matrix and the checklist show only the rows in view,
 * the keyboard still reaches every row (scrolling it into view and focusing it), and a tick far down the list
 * changes that row.
 */
class LargePathScreenTest extends AppTestBase {
    private static final LearningPath LARGE = SyntheticPath.generate(7L, 400, 8, 120);

    {
        // Set before AppTestBase launches the app (instance initialisers run before @BeforeEach methods).
        bundled = List.of(BundledPath.of(LARGE));
    }

    /** Sixty times ↓ from the first skill; the matrix lists skills by category, so that is the 61st in that order. */
    private Skill downToTheSixtyFirstSkill() {
        for (int i = 0; i < 60; i++) {
            key(KeyCode.DOWN);
        }
        Skill sixtyFirst = LARGE.categories().stream()
                .flatMap(category -> LARGE.skills().stream().filter(skill -> skill.category().equals(category)))
                .toList().get(60);
        waitUntil(() -> robot.lookup("#skill-row-" + sixtyFirst.id()).match(AppTestBase::visible).tryQuery()
                .map(Node::isFocused).orElse(false));
        return sixtyFirst;
    }

    @Test
    void theMatrixShowsOnlyTheRowsInViewAndTheKeyboardReachesEveryOther() {
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown(".matrix-row"));
        int onScreen = robot.lookup(".matrix-row").queryAll().size();
        assertThat(onScreen).as("row views made, of 120 skills").isLessThan(40);

        Skill sixtyFirst = downToTheSixtyFirstSkill();

        key(KeyCode.DIGIT2);
        waitUntil(() -> column("SELECT level FROM skill_rating WHERE skill_id = ?", sixtyFirst.id()).equals(List.of("2")));
        assertThat(robot.lookup(".matrix-row").queryAll().size()).as("still only the rows in view").isLessThan(40);
    }

    @Test
    void aTickFarDownTheChecklistChangesThatRowAndItsSectionCounts() {
        shortcut(KeyCode.DIGIT2);
        String last = LARGE.sections().get(7).items().get(LARGE.sections().get(7).items().size() - 1).id();
        ListView<?> list = robot.lookup("#checklist").queryListView();
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        waitUntil(() -> itemRowShown(last));
        clickInItemRow(last, ".status-button");

        waitUntil(() -> column("SELECT status FROM item_progress WHERE item_id = ?", last).equals(List.of("DONE")));
        // The list holds the replaced rows: the item's, and its section heading's counts (scrolled out of view).
        String section = LARGE.sections().get(7).id();
        waitUntil(() -> list.getItems().stream().anyMatch(row -> row instanceof ChecklistRow.SectionRow heading
                && heading.section().id().equals(section) && heading.progress().done() == 1));
        assertThat(list.getItems().stream().filter(row -> row instanceof ChecklistRow.ItemRow item && item.item().id().equals(last))
                .map(row -> ((ChecklistRow.ItemRow) row).status()).toList()).containsExactly(ItemStatus.DONE);
        assertThat(robot.lookup(".item-row").queryAll().size()).as("rows made for the screen only, of 400 items").isLessThan(60);
    }

    /** A row the search hid is selected again, and scrolled into view, once the search is cleared. */
    @Test
    void aRowFarDownThatASearchHidIsSelectedAndInViewAgainOnceTheSearchIsCleared() {
        shortcut(KeyCode.DIGIT2);
        List<Item> lastSection = LARGE.sections().get(7).items();
        Item last = lastSection.get(lastSection.size() - 1);
        ListView<ChecklistRow> list = robot.lookup("#checklist").queryListView();
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        waitUntil(() -> itemRowShown(last.id()));
        robot.clickOn(itemRow(last.id()));
        waitUntil(() -> this.<Label>node("#detail-title").getText().equals(last.title()));

        shortcut(KeyCode.F);
        robot.write("no such words anywhere");
        waitUntil(() -> list.getItems().isEmpty());
        assertThat(list.getSelectionModel().isEmpty()).isTrue();
        key(KeyCode.ESCAPE);

        waitUntil(() -> list.getItems().size() > 400);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().key().equals(ChecklistRow.itemKey(last.id())));
        waitUntil(() -> itemRowShown(last.id()));
        assertThat(this.<Label>node("#detail-title").getText()).isEqualTo(last.title());
    }

    /** The same on the matrix: the skill the search hid is selected again, its row in view. */
    @Test
    void aSkillFarDownThatASearchHidIsSelectedAndInViewAgainOnceTheSearchIsCleared() {
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown(".matrix-row"));
        Skill sixtyFirst = downToTheSixtyFirstSkill();

        shortcut(KeyCode.F);
        robot.write("no such words anywhere");
        waitUntil(() -> shown("#matrix-empty"));
        key(KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#skill-row-" + sixtyFirst.id()).match(AppTestBase::visible).tryQuery()
                .map(row -> row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"))).orElse(false));
        assertThat(this.<Label>node("#detail-skill-name").getText()).isEqualTo(sixtyFirst.name());
    }
}
