package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Skill;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;

/**
 * A checklist cell keeps the nodes it made and fills them again for each row it is given, as a search or a scroll gives
 * it another: none are made anew, and nothing of the row it showed before is left behind (status, sub-steps, chips,
 * due date, ids).
 */
class ChecklistCellReuseTest extends AppTestBase {
    @Test
    void aSearchAndItsClearingHandTheCellsOtherRowsWithoutNewNodesOrLeftovers() {
        // Rows told apart by status: done, learning, skipped, then untouched ones.
        giveTheFirstStepsEachAStatus();
        waitUntil(() -> shownInItemRow(FixturePath.BUILD_API, ".item-row.status-skipped"));
        int rowsAtFirst = rowNodes().size();
        Set<Node> made = new HashSet<>(rowNodes());
        assertEveryRowShowsItsOwnItem();

        robot.clickOn("#checklist-search").write("deploy");
        waitUntil(() -> rowNodes().size() == 1 && itemRowShown(FixturePath.DEPLOY));
        assertEveryRowShowsItsOwnItem();
        robot.interact(() -> robot.lookup("#checklist-search").queryTextInputControl().clear());
        waitUntil(() -> rowNodes().size() == rowsAtFirst);
        assertEveryRowShowsItsOwnItem();

        assertThat(rowNodes()).as("the rows' nodes, after other rows were shown in their cells").isSubsetOf(made);
    }

    private List<Node> rowNodes() {
        return robot.lookup(".item-row").match(AppTestBase::visible).queryAll().stream().toList();
    }

    /** Every visible cell's nodes say what its row says, and nothing else. */
    private void assertEveryRowShowsItsOwnItem() {
        List<ListCell<?>> cells = robot.lookup("#checklist .list-cell").match(AppTestBase::visible).queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node).filter(cell -> cell.getItem() instanceof ItemRow).toList();
        assertThat(cells).isNotEmpty();
        for (ListCell<?> cell : cells) {
            ItemRow row = (ItemRow) cell.getItem();
            String id = row.item().id();
            Node graphic = cell.getGraphic();
            assertThat(graphic.getStyleClass().stream().filter(name -> name.startsWith("status-")).toList())
                    .as("the status classes of %s", id).containsExactly(statusClass(row.status()));
            assertThat(((Label) graphic.lookup(".item-title")).getText()).isEqualTo(row.item().title());
            Button status = (Button) graphic.lookup(".status-button");
            assertThat(status.getAccessibleText()).isEqualTo("Status: " + row.status().label());
            assertThat(status.getTooltip().getText()).startsWith(row.status().label());
            List<String> meta = graphic.lookupAll(".item-meta .label").stream().map(node -> ((Label) node).getText()).toList();
            if (row.subItems().total() > 0) {
                assertThat(meta).contains(row.subItems().done() + "/" + row.subItems().total() + " sub-steps");
            }
            boolean namedInWords = row.status() == ItemStatus.LEARNING || row.status() == ItemStatus.SKIPPED;
            assertThat(graphic.lookupAll(".item-meta .label").stream()
                    .filter(label -> label.getStyleClass().stream().anyMatch(name -> name.startsWith("status-"))).toList())
                    .as("the status named in words, for %s", id).hasSize(namedInWords ? 1 : 0)
                    .allMatch(label -> label.getStyleClass().contains(statusClass(row.status())));
            List<String> chips = new ArrayList<>(row.skills().stream().limit(3).map(Skill::name).toList());
            if (row.skills().size() > 3) {
                chips.add("+" + (row.skills().size() - 3));
            }
            assertThat(graphic.lookupAll(".chip").stream().map(node -> ((Label) node).getText()).toList())
                    .as("the chips of %s", id).containsExactlyElementsOf(chips);
            graphic.lookupAll(".due-marker").forEach(due -> assertThat(due.getId()).isEqualTo("due-" + id));
        }
    }

    private static String statusClass(ItemStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
