package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.bench.SyntheticPath;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.service.BundledPath;
import dev.stepwise.ui.checklist.ChecklistRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Switching paths while the checklist and the matrix are built but not on screen: their lists, out of the scene, must
 * not lay out their new rows without CSS (each row then measured at no height, and a cell made for every row).
 */
class OffPagePathSwitchTest extends AppTestBase {
    private static final LearningPath LARGE = SyntheticPath.generate(7L, 400, 8, 120);
    private static final LearningPath SMALL = SyntheticPath.generate(8L, 20, 2, 10);

    {
        bundled = List.of(BundledPath.of(LARGE), BundledPath.of(SMALL));
    }

    @Test
    void aPathChosenFromTheOverviewMakesNoCellsForTheRowsOfThePagesNotShown() {
        choose(LARGE);
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown(".item-row"));
        robot.interact(() -> robot.lookup("#checklist").queryListView().getSelectionModel().select(3));
        Node checklist = robot.lookup("#checklist").query();
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> shown(".matrix-row"));
        Node matrix = robot.lookup(".matrix-list").query();
        shortcut(KeyCode.DIGIT1);

        choose(SMALL);
        choose(LARGE);

        assertThat(cellsIn(checklist)).as("cells the checklist holds, of 408 rows").isLessThan(80);
        assertThat(cellsIn(matrix)).as("cells the matrix holds, of 120 skills").isLessThan(80);
    }

    /**
     * The rows replaced while the checklist was away (a rename of the path): its selected row is revealed when it is
     * back, as it would have been on screen.
     */
    @Test
    void theSelectedRowFarDownIsInViewWhenTheChecklistComesBackAfterItsRowsWereReplacedAway() {
        choose(LARGE);
        shortcut(KeyCode.DIGIT2);
        ListView<ChecklistRow> list = robot.lookup("#checklist").queryListView();
        List<Item> lastSection = LARGE.sections().get(7).items();
        String last = lastSection.get(lastSection.size() - 1).id();
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        waitUntil(() -> itemRowShown(last));
        robot.clickOn(itemRow(last));
        // Scrolled away from it: only a reveal brings it back into view.
        robot.interact(() -> list.scrollTo(0));
        waitUntil(() -> !itemRowShown(last));
        shortcut(KeyCode.DIGIT1);

        robot.clickOn("#path-actions");
        waitUntil(() -> shown("#rename-path"));
        robot.clickOn("#rename-path");
        TextField title = node("#prompt-title");
        robot.interact(() -> title.setText("Renamed while the checklist was away"));
        robot.clickOn("#prompt-ok");
        waitUntil(() -> stage.getTitle().contains("Renamed while the checklist was away"));
        shortcut(KeyCode.DIGIT2);

        waitUntil(() -> itemRowShown(last));
        assertThat(list.getSelectionModel().getSelectedItem().key()).isEqualTo(ChecklistRow.itemKey(last));
        assertThat(cellsIn(list)).as("cells the checklist holds, of 408 rows").isLessThan(80);
    }

    private void choose(LearningPath path) {
        ComboBox<PathSummary> switcher = node("#path-switcher");
        robot.interact(() -> switcher.setValue(switcher.getItems().stream().filter(summary -> summary.id().equals(path.id()))
                .findFirst().orElseThrow()));
        waitUntil(() -> stage.getTitle().contains(path.title()));
    }

    /** The list cells a page's list holds, on screen or not (the page is out of the scene). */
    private int cellsIn(Node list) {
        int[] count = {0};
        robot.interact(() -> count[0] = list.lookupAll(".list-cell").size());
        return count[0];
    }
}
