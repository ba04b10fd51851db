package dev.stepwise.ui.fx;

import static dev.stepwise.fixtures.FixturePath.BACKGROUND;
import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.PRACTICE;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_MONITORING;
import static dev.stepwise.fixtures.FixturePath.STEPS;
import static dev.stepwise.fixtures.FixturePath.WORK_EXPERIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.checklist.ChecklistRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing the checklist through the real UI — keys, buttons, right-click menus, drag and drop — with the order of the
 * rows on screen and on disk, the question before progress is lost, and the activity event each edit leaves.
 */
class ChecklistEditingScreenTest extends EditingTestBase {
    private static final String PATH = FixturePath.ID;

    @BeforeEach
    void openChecklist() {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#checklist"));
    }

    @Test
    void insertAddsAnItemBelowTheSelectedOneAndSelectsIt() {
        select(LEARN_SQL);
        // Cancelled: nothing is added (the count at the end would show it).
        key(KeyCode.INSERT);
        waitUntil(() -> shown("#prompt-title"));
        key(KeyCode.ESCAPE);
        waitUntil(() -> !shown("#prompt-title"));

        key(KeyCode.INSERT);
        answerTitle("Write a migration");

        String added = newItemId("Write a migration");
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, LEARN_SQL, added, BUILD_API, DEPLOY);
        eventually(this::selectedKey, "item:" + added);
        assertThat(rowKeys().subList(0, 6)).containsExactly("section:steps", "item:" + LEARN_LANGUAGE, "item:" + LEARN_SQL,
                "item:" + added, "item:" + BUILD_API, "item:" + DEPLOY);
        assertThat(this.<Label>inItemRow(added, ".item-title").getText()).isEqualTo("Write a migration");
        assertThat(this.<Label>node("#detail-title").getText()).isEqualTo("Write a migration");
        // A new item has no description and no skills: they take no room (they left a blank band above the note).
        assertThat(robot.lookup("#detail-description").query().isManaged()).isFalse();
        assertThat(robot.lookup("#detail-skills").query().isManaged()).isFalse();
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_ADDED " + added);
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", PATH)).containsExactly("9");

        // The list keeps the keyboard: the status keys act on the new item at once.
        key(KeyCode.D);
        eventually(() -> itemStatusOnDisk(added), "DONE");
        assertThat(itemStatusOnDisk(LEARN_SQL)).isEqualTo("NOT_STARTED");
        select(LEARN_SQL);
        eventually(() -> robot.lookup("#detail-description").query().isManaged(), true);
        assertThat(robot.lookup("#detail-skills").query().isManaged()).isTrue();
    }

    @Test
    void theAddButtonAddsBelowTheSelectedItem() {
        select(CS_DEGREE);
        robot.clickOn("#add-item-button");
        answerTitle("A coding bootcamp");

        String added = newItemId("A coding bootcamp");
        assertSectionOnDisk(BACKGROUND, CS_DEGREE, added, WORK_EXPERIENCE);
        assertSectionOnDisk(STEPS, FixturePath.STEP_IDS.toArray(String[]::new));
        eventually(this::selectedKey, "item:" + added);
        assertThat(rowsFrom("section:background", 4)).containsExactly("section:background", "item:" + CS_DEGREE,
                "item:" + added, "item:" + WORK_EXPERIENCE);
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_ADDED " + added);
    }

    /** The status button's own menu, made when it is asked for, offers the other statuses and sets the one chosen. */
    @Test
    void theStatusButtonsMenuSetsAnyOtherStatus() {
        openContextMenu(() -> inItemRow(BUILD_API, ".status-button"), "status-menu-skipped");
        assertThat(menuEntryDisabled("status-menu-not-started")).as("the status it has").isTrue();
        assertThat(menuEntryDisabled("status-menu-learning")).isFalse();
        robot.clickOn("#status-menu-skipped");
        assertOnDisk(BUILD_API, "SKIPPED");
        waitUntil(() -> shownInItemRow(BUILD_API, ".item-row.status-skipped"));

        openContextMenu(() -> inItemRow(BUILD_API, ".status-button"), "status-menu-done");
        assertThat(menuEntryDisabled("status-menu-skipped")).as("the menu made for the row as it is now")
                .isTrue();
        robot.clickOn("#status-menu-done");
        assertOnDisk(BUILD_API, "DONE");
    }

    /** A context menu's entry shows it is disabled by a pseudo-class; the node itself is not disabled. */
    private boolean menuEntryDisabled(String entryId) {
        return node("#" + entryId).getPseudoClassStates().contains(PseudoClass.getPseudoClass("disabled"));
    }

    @Test
    void f2RenamesTheSelectedItem() {
        select(BUILD_API);
        key(KeyCode.F2);
        waitUntil(() -> shown("#prompt-title"));
        assertThat(this.<TextField>node("#prompt-title").getText()).isEqualTo("Build a small API");
        answerTitle("Build a REST API");

        eventually(() -> column("SELECT title FROM item WHERE path_id = ? AND id = ?", PATH, BUILD_API), List.of("Build a REST API"));
        eventually(() -> this.<Label>inItemRow(BUILD_API, ".item-title").getText(), "Build a REST API");
        assertSectionOnDisk(STEPS, FixturePath.STEP_IDS.toArray(String[]::new));
        assertThat(selectedKey()).isEqualTo("item:" + BUILD_API);
        assertThat(this.<Label>node("#detail-title").getText()).isEqualTo("Build a REST API");
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_EDITED " + BUILD_API);

        // The same from a row's right-click menu.
        contextMenu(() -> inItemRow(DEPLOY, ".item-title"), "rename-item");
        waitUntil(() -> shown("#prompt-title"));
        assertThat(this.<TextField>node("#prompt-title").getText()).isEqualTo("Deploy a project to the cloud");
        answerTitle("Ship it");
        eventually(() -> column("SELECT title FROM item WHERE path_id = ? AND id = ?", PATH, DEPLOY), List.of("Ship it"));
        eventually(() -> this.<Label>inItemRow(DEPLOY, ".item-title").getText(), "Ship it");
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_EDITED " + DEPLOY);
        assertSectionOnDisk(STEPS, FixturePath.STEP_IDS.toArray(String[]::new));
    }

    @Test
    void shiftF10OpensTheSelectedRowsMenuSoItemsAreEditedWithoutAPointer() {
        select(BUILD_API);
        KeyStrokes.stroke(robot, KeyCode.SHIFT, KeyCode.F10);
        waitUntil(() -> robot.lookup("#rename-item").tryQuery().isPresent());

        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> shown("#prompt-title"));
        answerTitle("Build a REST API");

        eventually(() -> column("SELECT title FROM item WHERE path_id = ? AND id = ?", PATH, BUILD_API), List.of("Build a REST API"));
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_EDITED " + BUILD_API);
    }

    @Test
    void altArrowsMoveTheSelectedItemAlsoAcrossSectionBorders() {
        select(LEARN_LANGUAGE);
        altKey(KeyCode.DOWN);
        assertSectionOnDisk(STEPS, LEARN_SQL, LEARN_LANGUAGE, BUILD_API, DEPLOY);
        eventually(() -> rowKeys().subList(1, 3), List.of("item:" + LEARN_SQL, "item:" + LEARN_LANGUAGE));
        assertThat(selectedKey()).isEqualTo("item:" + LEARN_LANGUAGE);
        assertThat(moves(LEARN_LANGUAGE)).isEqualTo(1);

        altKey(KeyCode.UP);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, LEARN_SQL, BUILD_API, DEPLOY);
        assertThat(moves(LEARN_LANGUAGE)).isEqualTo(2);

        // The last step goes down over the border: first of the next section, and back up again.
        select(DEPLOY);
        altKey(KeyCode.DOWN);
        assertSectionOnDisk(BACKGROUND, DEPLOY, CS_DEGREE, WORK_EXPERIENCE);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, LEARN_SQL, BUILD_API);
        eventually(() -> rowKeys().subList(3, 7), List.of("item:" + BUILD_API, "section:background", "item:" + DEPLOY,
                "item:" + CS_DEGREE));
        assertThat(selectedKey()).isEqualTo("item:" + DEPLOY);
        assertThat(this.<Label>node("#detail-section").getText()).isEqualTo("Background");
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_MOVED " + DEPLOY);

        altKey(KeyCode.UP);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, LEARN_SQL, BUILD_API, DEPLOY);
        assertSectionOnDisk(BACKGROUND, CS_DEGREE, WORK_EXPERIENCE);
        eventually(() -> rowKeys().subList(4, 6), List.of("item:" + DEPLOY, "section:background"));
        assertThat(this.<Label>node("#detail-section").getText()).isEqualTo("Steps");
        assertThat(moves(DEPLOY)).isEqualTo(2);
    }

    @Test
    void dragAndDropPutsTheItemBeforeOrAfterTheRowOrFirstUnderAHeading() {
        // The same target row, its two halves: before it, then after it.
        dragOnto(DEPLOY, itemRow(BUILD_API), false);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, LEARN_SQL, DEPLOY, BUILD_API);
        eventually(() -> rowKeys().subList(1, 5), itemKeys(LEARN_LANGUAGE, LEARN_SQL, DEPLOY, BUILD_API));
        assertThat(moves(DEPLOY)).isEqualTo(1);

        dragOnto(DEPLOY, itemRow(BUILD_API), true);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, LEARN_SQL, BUILD_API, DEPLOY);
        eventually(() -> rowKeys().subList(1, 5), itemKeys(LEARN_LANGUAGE, LEARN_SQL, BUILD_API, DEPLOY));
        assertThat(moves(DEPLOY)).isEqualTo(2);

        // Upwards, onto the lower half of the first row.
        dragOnto(BUILD_API, itemRow(LEARN_LANGUAGE), true);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, BUILD_API, LEARN_SQL, DEPLOY);
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_MOVED " + BUILD_API);

        // Onto another section's heading: first of that section.
        dragOnto(LEARN_SQL, node("#section-header-" + PRACTICE), false);
        assertSectionOnDisk(PRACTICE, LEARN_SQL, PRACTICE_MONITORING, PRACTICE_DEBUGGING);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, BUILD_API, DEPLOY);
        eventually(() -> rowsFrom("section:practice", 2), List.of("section:practice", "item:" + LEARN_SQL));
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_MOVED " + LEARN_SQL);

        // Across a border onto an item: into that item's section.
        dragOnto(WORK_EXPERIENCE, itemRow(LEARN_LANGUAGE), false);
        assertSectionOnDisk(STEPS, WORK_EXPERIENCE, LEARN_LANGUAGE, BUILD_API, DEPLOY);
        assertSectionOnDisk(BACKGROUND, CS_DEGREE);
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_MOVED " + WORK_EXPERIENCE);
    }

    @Test
    void deleteRemovesAnItemWithoutProgressAtOnce() {
        select(LEARN_SQL);
        key(KeyCode.DELETE);

        // No question first: the item is gone from the file with nothing else clicked.
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, BUILD_API, DEPLOY);
        assertThat(column("SELECT COUNT(*) FROM sub_item WHERE path_id = ? AND item_id = ?", PATH, LEARN_SQL)).containsExactly("0");
        eventually(() -> itemRowShown(LEARN_SQL), false);
        assertThat(rowKeys()).doesNotContain("item:" + LEARN_SQL);
        assertThat(this.<Label>node("#section-counts-steps").getText()).isEqualTo("0 of 3 done");
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_DELETED " + LEARN_SQL);

        // The row that took its place is selected, as in a mail client: Delete again goes on down the list. The last
        // item of the list hands the selection to the one before it.
        eventually(this::selectedKey, "item:" + BUILD_API);
        key(KeyCode.DELETE);
        assertSectionOnDisk(STEPS, LEARN_LANGUAGE, DEPLOY);
        eventually(this::selectedKey, "item:" + DEPLOY);
        select(WORK_EXPERIENCE);
        key(KeyCode.DELETE);
        eventually(this::selectedKey, "item:" + PRACTICE_MONITORING);
        select(PRACTICE_DEBUGGING);
        key(KeyCode.DELETE);
        eventually(this::selectedKey, "item:" + PRACTICE_MONITORING);
    }

    /**
     * The detail pane's sub-steps follow an edit of the item and its undo: it kept the boxes it had (the count said 2,
     * three boxes showed), and ticking one the edit had removed was refused with its id. Found by trying it.
     */
    @Test
    void theDetailsShowTheSubStepsAnEditLeftAndAnUndoBroughtBack() {
        select(LEARN_LANGUAGE);
        waitUntil(() -> shown("#sub-item-" + FixturePath.LEARN_GIT));
        robot.clickOn("#edit-item-button");
        robot.clickOn("#substep-" + FixturePath.LEARN_GIT).clickOn("#substep-remove");
        robot.clickOn("#item-ok");

        eventually(() -> column("SELECT id FROM sub_item WHERE item_id = ? ORDER BY position", LEARN_LANGUAGE),
                List.of(FixturePath.CHOOSE_LANGUAGE, FixturePath.WRITE_FIRST_TESTS));
        waitUntil(() -> !shown("#sub-item-" + FixturePath.LEARN_GIT));
        assertThat(shown("#sub-item-" + FixturePath.CHOOSE_LANGUAGE)).isTrue();
        assertThat(shown("#sub-item-" + FixturePath.WRITE_FIRST_TESTS)).isTrue();

        shortcut(KeyCode.Z);
        eventually(() -> column("SELECT count(*) FROM sub_item WHERE item_id = ?", LEARN_LANGUAGE), List.of("3"));
        waitUntil(() -> shown("#sub-item-" + FixturePath.LEARN_GIT));
        // The box brought back is live: ticking it is saved.
        robot.clickOn("#sub-item-" + FixturePath.LEARN_GIT);
        eventually(() -> column("SELECT sub_item_id FROM sub_item_progress WHERE item_id = ?", LEARN_LANGUAGE),
                List.of(FixturePath.LEARN_GIT));
    }

    @Test
    void deletingAnItemWithProgressAsksFirst() {
        select(LEARN_LANGUAGE);
        key(KeyCode.D);
        assertOnDisk(LEARN_LANGUAGE, "DONE");
        robot.clickOn("#sub-item-" + FixturePath.CHOOSE_LANGUAGE);
        eventually(() -> column("SELECT sub_item_id FROM sub_item_progress WHERE item_id = ?", LEARN_LANGUAGE),
                List.of(FixturePath.CHOOSE_LANGUAGE));

        select(LEARN_LANGUAGE);
        key(KeyCode.DELETE);
        assertThat(questionText()).contains("Delete “Learn a programming language”?").contains("progress");
        cancelQuestion();
        assertThat(rowKeys()).contains("item:" + LEARN_LANGUAGE);
        assertSectionOnDisk(STEPS, FixturePath.STEP_IDS.toArray(String[]::new));
        assertThat(itemStatusOnDisk(LEARN_LANGUAGE)).isEqualTo("DONE");
        assertThat(activityKinds(PATH)).doesNotContain("ITEM_DELETED");

        // The list has the keyboard again after the question: Delete asks once more, and this time it is confirmed.
        assertThat(selectedKey()).isEqualTo("item:" + LEARN_LANGUAGE);
        key(KeyCode.DELETE);
        assertThat(questionText()).contains("Delete “Learn a programming language”?");
        confirmQuestion();

        assertSectionOnDisk(STEPS, LEARN_SQL, BUILD_API, DEPLOY);
        assertThat(column("SELECT COUNT(*) FROM item_progress WHERE item_id = ?", LEARN_LANGUAGE)).containsExactly("0");
        assertThat(column("SELECT COUNT(*) FROM sub_item_progress WHERE item_id = ?", LEARN_LANGUAGE)).containsExactly("0");
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_DELETED " + LEARN_LANGUAGE);
        eventually(() -> rowKeys().contains("item:" + LEARN_LANGUAGE), false);
        eventually(() -> this.<Label>node("#section-counts-steps").getText(), "0 of 3 done");
        assertThat(this.<Label>node("#nav-progress").getText()).isEqualTo("0 of 7 done");
    }

    /**
     * A click on a heading selects the first item under it, and on an empty section's heading makes Ctrl+N add to that
     * section: the selection went to the item above the heading, so the new item landed in the section before (found
     * by trying it with a section just added).
     */
    @Test
    void aClickedHeadingSelectsItsFirstItemAndAnEmptySectionsHeadingTakesTheNextItem() {
        select(LEARN_SQL);
        robot.clickOn("#section-header-" + BACKGROUND + " .section-title");
        eventually(this::selectedKey, "item:" + CS_DEGREE);

        sectionMenu(PRACTICE, "add-section");
        answerTitle("Capstone");
        String capstone = newSectionId("Capstone");
        eventually(() -> rowKeys().get(rowKeys().size() - 1), "section:" + capstone);
        select(PRACTICE_MONITORING);
        robot.clickOn("#section-header-" + capstone + " .section-title");
        eventually(this::selectedKey, "item:" + PRACTICE_MONITORING);

        shortcut(KeyCode.N);
        answerTitle("Ship a side project");
        String added = newItemId("Ship a side project");
        assertSectionOnDisk(capstone, added);
        assertSectionOnDisk(PRACTICE, PRACTICE_MONITORING, PRACTICE_DEBUGGING);
        eventually(this::selectedKey, "item:" + added);

        // Once another item is selected, an item is added below it again.
        select(PRACTICE_MONITORING);
        shortcut(KeyCode.N);
        answerTitle("Review a pull request");
        assertSectionOnDisk(PRACTICE, PRACTICE_MONITORING, newItemId("Review a pull request"), PRACTICE_DEBUGGING);
    }

    @Test
    void sectionsAreRenamedAddedMovedAndDeletedFromTheirHeading() {
        sectionMenu(STEPS, "rename-section");
        waitUntil(() -> shown("#prompt-title"));
        assertThat(this.<TextField>node("#prompt-title").getText()).isEqualTo("Steps");
        answerTitle("Core steps");
        eventually(() -> column("SELECT title FROM section WHERE path_id = ? AND id = ?", PATH, STEPS), List.of("Core steps"));
        eventually(() -> this.<Label>node("#section-header-steps .section-title").getText(), "Core steps");
        assertThat(lastActivity(PATH)).isEqualTo("SECTION_EDITED " + STEPS);

        sectionMenu(BACKGROUND, "add-section");
        answerTitle("Extras");
        String extras = newSectionId("Extras");
        assertSectionsOnDisk(STEPS, BACKGROUND, extras, PRACTICE);
        eventually(this::sectionKeys, List.of("section:steps", "section:background", "section:" + extras, "section:practice"));
        assertThat(lastActivity(PATH)).isEqualTo("SECTION_ADDED " + extras);

        sectionMenu(PRACTICE, "move-section-up");
        assertSectionsOnDisk(STEPS, BACKGROUND, PRACTICE, extras);
        eventually(this::sectionKeys, List.of("section:steps", "section:background", "section:practice", "section:" + extras));
        assertThat(lastActivity(PATH)).isEqualTo("SECTION_MOVED " + PRACTICE);
        // The items moved with their heading.
        assertSectionOnDisk(PRACTICE, PRACTICE_MONITORING, PRACTICE_DEBUGGING);
        assertThat(rowsFrom("section:practice", 3)).containsExactly("section:practice",
                "item:" + PRACTICE_MONITORING, "item:" + PRACTICE_DEBUGGING);

        sectionMenu(extras, "add-item-to-section");
        answerTitle("Ship a side project");
        String added = newItemId("Ship a side project");
        assertSectionOnDisk(extras, added);
        eventually(() -> rowKeys().subList(rowKeys().size() - 2, rowKeys().size()), List.of("section:" + extras, "item:" + added));
        assertThat(lastActivity(PATH)).isEqualTo("ITEM_ADDED " + added);

        // No progress in it: the question only says what goes.
        sectionMenu(extras, "delete-section");
        String question = questionText();
        assertThat(question).contains("Delete section “Extras”?").contains("Its 1 item goes with it.").doesNotContain("progress");
        confirmQuestion();
        assertSectionsOnDisk(STEPS, BACKGROUND, PRACTICE);
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ? AND id = ?", PATH, added)).containsExactly("0");
        eventually(this::sectionKeys, List.of("section:steps", "section:background", "section:practice"));
        assertThat(lastActivity(PATH)).isEqualTo("SECTION_DELETED " + extras);
    }

    @Test
    void deletingASectionWithProgressNamesTheLossAndCancelKeepsIt() {
        select(CS_DEGREE);
        key(KeyCode.D);
        assertOnDisk(CS_DEGREE, "DONE");

        sectionMenu(BACKGROUND, "delete-section");
        String question = questionText();
        assertThat(question).contains("Delete section “Background”?").contains("Its 2 items go with it")
                .contains("with the progress you have on them");
        cancelQuestion();
        assertSectionsOnDisk(STEPS, BACKGROUND, PRACTICE);
        assertSectionOnDisk(BACKGROUND, CS_DEGREE, WORK_EXPERIENCE);
        assertThat(itemStatusOnDisk(CS_DEGREE)).isEqualTo("DONE");
        assertThat(sectionKeys()).contains("section:background");
        assertThat(activityKinds(PATH)).doesNotContain("SECTION_DELETED");

        sectionMenu(BACKGROUND, "delete-section");
        confirmQuestion();
        assertSectionsOnDisk(STEPS, PRACTICE);
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ? AND section_id = ?", PATH, BACKGROUND)).containsExactly("0");
        assertThat(column("SELECT COUNT(*) FROM item_progress WHERE path_id = ? AND item_id = ?", PATH, CS_DEGREE))
                .containsExactly("0");
        assertThat(lastActivity(PATH)).isEqualTo("SECTION_DELETED " + BACKGROUND);
        eventually(this::sectionKeys, List.of("section:steps", "section:practice"));
        assertThat(rowKeys()).doesNotContain("item:" + CS_DEGREE, "item:" + WORK_EXPERIENCE);
        assertThat(this.<Label>node("#nav-progress").getText()).isEqualTo("0 of 6 done");
    }

    /** Selects an item by clicking its title, as the learner does. */
    private void select(String itemId) {
        clickInItemRow(itemId, ".item-title");
        eventually(this::selectedKey, "item:" + itemId);
    }

    private String selectedKey() {
        ListView<ChecklistRow> list = node("#checklist");
        ChecklistRow selected = list.getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.key();
    }

    private List<String> sectionKeys() {
        return rowKeys().stream().filter(key -> key.startsWith("section:")).toList();
    }

    /** The keys of {@code count} rows from the one with {@code key} on. */
    private List<String> rowsFrom(String key, int count) {
        List<String> keys = rowKeys();
        int start = keys.indexOf(key);
        return start < 0 ? List.of() : keys.subList(start, Math.min(keys.size(), start + count));
    }

    private static List<String> itemKeys(String... itemIds) {
        return List.of(itemIds).stream().map(id -> "item:" + id).toList();
    }

    private void altKey(KeyCode code) {
        KeyStrokes.stroke(robot, KeyCode.ALT, code);
    }

    /** Right-clicks a section's heading and chooses an entry of its menu. */
    private void sectionMenu(String sectionId, String entryId) {
        contextMenu("#section-header-" + sectionId + " .section-title", entryId);
    }

    /** Drags an item's row with the mouse and drops it on the upper or lower half of the target row. */
    private void dragOnto(String itemId, Node target, boolean lowerHalf) {
        Node cell = cellOf(target);
        Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
        double y = bounds.getMinY() + bounds.getHeight() * (lowerHalf ? 0.75 : 0.25);
        Node source = inItemRow(itemId, ".item-title");
        robot.drag(source, MouseButton.PRIMARY)
                .moveTo(new Point2D(bounds.getMinX() + bounds.getWidth() / 2, y))
                .drop();
    }

    private static Node cellOf(Node node) {
        Node cell = node;
        while (!(cell instanceof ListCell)) {
            cell = cell.getParent();
        }
        return cell;
    }

    private String newItemId(String title) {
        eventually(() -> column("SELECT COUNT(*) FROM item WHERE path_id = ? AND title = ?", PATH, title), List.of("1"));
        return column("SELECT id FROM item WHERE path_id = ? AND title = ?", PATH, title).get(0);
    }

    private String newSectionId(String title) {
        eventually(() -> column("SELECT COUNT(*) FROM section WHERE path_id = ? AND title = ?", PATH, title), List.of("1"));
        return column("SELECT id FROM section WHERE path_id = ? AND title = ?", PATH, title).get(0);
    }

    /** Waits until the section holds exactly these items, at positions 0, 1, 2, … in this order. */
    private void assertSectionOnDisk(String sectionId, String... itemIds) {
        eventually(() -> column("""
                SELECT id || '@' || position FROM item
                WHERE path_id = ? AND section_id = ? AND archived_at IS NULL ORDER BY position, id
                """, PATH, sectionId), numbered(itemIds));
    }

    private void assertSectionsOnDisk(String... sectionIds) {
        eventually(() -> column("SELECT id || '@' || position FROM section WHERE path_id = ? ORDER BY position, id", PATH),
                numbered(sectionIds));
    }

    private static List<String> numbered(String... ids) {
        List<String> numbered = new ArrayList<>();
        IntStream.range(0, ids.length).forEach(i -> numbered.add(ids[i] + "@" + i));
        return numbered;
    }

    private int moves(String itemId) {
        return Integer.parseInt(column("SELECT COUNT(*) FROM activity WHERE path_id = ? AND kind = 'ITEM_MOVED' AND subject_id = ?",
                PATH, itemId).get(0));
    }

    /** As on the timeline: a double-click on a row opens its editor; on the row's status button it only sets statuses. */
    @Test
    void aDoubleClickOnARowOpensItsEditorButNotOnItsStatusButton() {
        waitUntil(() -> itemRowShown(BUILD_API));
        robot.doubleClickOn(this.<Node>inItemRow(BUILD_API, ".item-title"));
        waitUntil(() -> shown("#item-title"));
        assertThat(this.<TextField>node("#item-title").getText()).isEqualTo("Build a small API");
        key(KeyCode.ESCAPE);
        waitUntil(() -> !shown("#item-title"));

        robot.doubleClickOn(this.<Node>inItemRow(LEARN_SQL, ".status-button"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown("#item-title")).as("no editor from the status button").isFalse();
    }
}
