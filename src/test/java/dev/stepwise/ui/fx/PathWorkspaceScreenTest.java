package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.PathSummary;
import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The workspace of several paths, driven through the real UI: creating, switching, duplicating, renaming and
 * deleting paths from the sidebar's path menu, the switcher and the File menu — and what each leaves in the file.
 */
class PathWorkspaceScreenTest extends EditingTestBase {
    private static final String FIXTURE = FixturePath.TITLE;

    @Test
    void aNewPathIsShownEverywhereAndSavedAsTheLearnersOwn() {
        pathMenu("new-path");
        waitUntil(() -> shown("#prompt-title"));
        // The button says what it does. Nothing typed yet: it is disabled, without scolding; then only spaces: the
        // prompt says why.
        assertThat(this.<Button>node("#prompt-ok").getText()).isEqualTo("Create");
        assertThat(node("#prompt-ok").isDisabled()).isTrue();
        assertThat(this.<Label>node("#prompt-problem").getText()).isEmpty();
        typeTitle("   ");
        assertThat(node("#prompt-ok").isDisabled()).isTrue();
        assertThat(this.<Label>node("#prompt-problem").getText()).isEqualTo("The title cannot be empty.");
        key(KeyCode.ENTER);
        assertThat(shown("#prompt-title")).as("Enter on a blank title closes nothing").isTrue();

        typeTitle("Frontend Developer");
        assertThat(node("#prompt-ok").isDisabled()).isFalse();
        assertThat(this.<Label>node("#prompt-problem").getText()).isEmpty();
        // The same Enter that did nothing above submits a valid title: it reached the prompt both times.
        key(KeyCode.ENTER);

        waitUntil(() -> stage.getTitle().equals("Overview — Frontend Developer — Stepwise"));
        assertThat(switcherTitle()).isEqualTo("Frontend Developer");
        assertThat(switcherTitles()).containsExactly(FIXTURE, "Frontend Developer");
        assertThat(this.<Label>node("#overview-title").getText()).isEqualTo("Frontend Developer");
        assertThat(this.<Label>node("#nav-progress").getText()).isEqualTo("0 of 0 done");
        assertThat(this.<Label>node("#status-path").getText()).isEqualTo("Frontend Developer · 0 of 0 done");

        shortcut(KeyCode.DIGIT2);
        assertThat(rowKeys()).containsExactly("section:steps");
        assertThat(this.<Label>node("#section-header-steps .section-title").getText()).isEqualTo("Steps");
        // Its only section cannot be deleted: there would be nowhere to add items.
        Node deleteSection = openContextMenu("#section-header-steps .section-title", "delete-section");
        assertThat(deleteSection.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("disabled"));
        key(KeyCode.ESCAPE);
        waitUntil(() -> !shown("#delete-section"));

        String id = pathIdOnDisk("Frontend Developer");
        assertThat(column("SELECT origin FROM path WHERE id = ?", id)).containsExactly("OWN");
        assertThat(column("SELECT id || ' ' || title FROM section WHERE path_id = ? ORDER BY position", id))
                .containsExactly("steps Steps");
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", id)).containsExactly("0");
        assertThat(activityKinds(id)).containsExactly("PATH_CREATED");
        assertThat(column("SELECT value FROM preference WHERE key = 'workspace.currentPath'")).containsExactly(id);
        // The bundled path is still there as it was.
        assertThat(column("SELECT origin FROM path WHERE id = ?", FixturePath.ID)).containsExactly("BUNDLED");
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", FixturePath.ID)).containsExactly("8");

        // Nothing to select yet: the first item goes into "Steps" of the new path, not of the one shown before.
        robot.clickOn("#add-item-button");
        answerTitle("Learn HTML");
        eventually(() -> column("SELECT section_id || ' ' || title FROM item WHERE path_id = ?", id), List.of("steps Learn HTML"));
        String item = column("SELECT id FROM item WHERE path_id = ?", id).get(0);
        eventually(this::rowKeys, List.of("section:steps", "item:" + item));
        assertThat(this.<Label>node("#status-path").getText()).isEqualTo("Frontend Developer · 0 of 1 done");
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", FixturePath.ID)).containsExactly("8");
        assertThat(lastActivity(id)).isEqualTo("ITEM_ADDED " + item);
    }

    @Test
    void everyViewFollowsTheSwitcherAndTheChoiceSurvivesARestart() throws Exception {
        createPath("Frontend Developer");
        createPath("Data Engineer");
        String frontend = pathIdOnDisk("Frontend Developer");

        choosePath(FIXTURE);
        assertThat(this.<Label>node("#overview-title").getText()).isEqualTo(FIXTURE);
        assertThat(this.<Label>node("#overall-counts").getText()).isEqualTo("0 of 8 done");
        assertThat(this.<Label>node("#status-path").getText()).isEqualTo(FIXTURE + " · 0 of 8 done");
        shortcut(KeyCode.DIGIT2);
        assertThat(rowKeys()).contains("section:background", "item:" + FixturePath.LEARN_LANGUAGE);
        assertThat(itemRowShown(FixturePath.LEARN_LANGUAGE)).isTrue();
        shortcut(KeyCode.DIGIT3);
        assertThat(shown("#skill-row-" + FixturePath.LANGUAGE.id())).isTrue();

        // Switched while the matrix is on screen: it empties at once, and the other pages follow too.
        choosePath("Frontend Developer");
        assertThat(stage.getTitle()).isEqualTo("Skills matrix — Frontend Developer — Stepwise");
        assertThat(shown("#skill-row-" + FixturePath.LANGUAGE.id())).isFalse();
        shortcut(KeyCode.DIGIT2);
        assertThat(rowKeys()).containsExactly("section:steps");
        assertThat(itemRowShown(FixturePath.LEARN_LANGUAGE)).isFalse();
        shortcut(KeyCode.DIGIT1);
        assertThat(this.<Label>node("#overview-title").getText()).isEqualTo("Frontend Developer");
        assertThat(this.<Label>node("#status-path").getText()).isEqualTo("Frontend Developer · 0 of 0 done");
        waitUntil(() -> column("SELECT value FROM preference WHERE key = 'workspace.currentPath'").equals(List.of(frontend)));

        // Neither the first path nor the newest one: only the remembered choice explains this after a restart.
        restart();
        assertThat(stage.getTitle()).contains(" — Frontend Developer — ");
        assertThat(switcherTitle()).isEqualTo("Frontend Developer");
        assertThat(switcherTitles()).containsExactly(FIXTURE, "Frontend Developer", "Data Engineer");
        assertThat(this.<Label>node("#overview-title").getText()).isEqualTo("Frontend Developer");
    }

    /**
     * A path switched to while the checklist or the matrix is on screen starts with its first row selected, as the page
     * does when it is opened: it showed "Select an item" (or a skill) until the learner clicked.
     */
    @Test
    void aPathSwitchedToOnAPageStartsWithItsFirstRowSelected() {
        createPath("Frontend Developer");
        shortcut(KeyCode.DIGIT2);
        choosePath(FIXTURE);
        waitUntil(() -> shown("#detail-title") && this.<Label>node("#detail-title").getText().equals("Learn a programming language"));

        shortcut(KeyCode.DIGIT3);
        key(KeyCode.DOWN);
        choosePath("Frontend Developer");
        choosePath(FIXTURE);
        waitUntil(() -> shown("#detail-skill-name")
                && this.<Label>node("#detail-skill-name").getText().equals(FixturePath.LANGUAGE.name()));
    }

    /**
     * Undo reaches a change on a path not shown (and shows that path): it was offered as "mark “learn-language” done",
     * the id, since the window holds the names of the path it shows only.
     */
    @Test
    void anUndoOfAChangeOnAnotherPathIsNamedByTheTitleItHasThere() {
        createPath("Frontend Developer");
        choosePath(FIXTURE);
        shortcut(KeyCode.DIGIT2);
        tick(FixturePath.LEARN_LANGUAGE);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        String title = "Learn a programming language";

        choosePath("Frontend Developer");
        waitUntil(() -> menuItem("menu-undo").getText().equals("Undo: mark “" + title + "” done"));
        shortcut(KeyCode.Z);

        assertOnDisk(FixturePath.LEARN_LANGUAGE, "NOT_STARTED");
        waitUntil(() -> statusBar().contains("Undone: mark “" + title + "” done"));
        waitUntil(() -> switcherTitle().equals(FIXTURE));
    }

    @Test
    void aCopyWithProgressKeepsTheTicksAndFromThenOnGoesItsOwnWay() {
        shortcut(KeyCode.DIGIT2);
        tick(FixturePath.LEARN_LANGUAGE);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");

        pathMenu("duplicate-path");
        waitUntil(() -> shown("#prompt-title"));
        assertThat(this.<TextField>node("#prompt-title").getText()).isEqualTo("Copy of " + FIXTURE);
        assertThat(this.<CheckBox>node("#prompt-check").isSelected()).isTrue();
        answerTitle("My own fixture");

        waitUntil(() -> stage.getTitle().equals("Checklist — My own fixture — Stepwise"));
        String copy = pathIdOnDisk("My own fixture");
        waitUntil(() -> sectionCounts("steps").equals("1 of 4 done"));
        assertThat(switcherTitle()).isEqualTo("My own fixture");
        assertThat(itemRow(FixturePath.LEARN_LANGUAGE).getStyleClass()).contains("status-done");
        assertThat(statusOnDisk(copy, FixturePath.LEARN_LANGUAGE)).isEqualTo("DONE");
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", copy)).containsExactly("8");
        assertThat(column("SELECT origin FROM path WHERE id = ?", copy)).containsExactly("OWN");
        assertThat(column("SELECT kind || ' ' || subject_id FROM activity WHERE path_id = ?", copy))
                .containsExactly("PATH_FORKED " + FixturePath.ID);

        // A tick in the copy is the copy's alone.
        tick(FixturePath.LEARN_SQL);
        waitUntil(() -> statusOnDisk(copy, FixturePath.LEARN_SQL).equals("DONE"));
        waitUntil(() -> sectionCounts("steps").equals("2 of 4 done"));
        assertThat(itemStatusOnDisk(FixturePath.LEARN_SQL)).isEqualTo("NOT_STARTED");

        choosePath(FIXTURE);
        waitUntil(() -> sectionCounts("steps").equals("1 of 4 done"));
        assertThat(itemRow(FixturePath.LEARN_SQL).getStyleClass()).contains("status-not-started");
        assertThat(itemRow(FixturePath.LEARN_LANGUAGE).getStyleClass()).contains("status-done");
        assertThat(itemStatusOnDisk(FixturePath.LEARN_LANGUAGE)).isEqualTo("DONE");
        assertThat(itemStatusOnDisk(FixturePath.LEARN_SQL)).isEqualTo("NOT_STARTED");
    }

    @Test
    void aCopyWithoutProgressStartsFresh() {
        shortcut(KeyCode.DIGIT2);
        tick(FixturePath.LEARN_LANGUAGE);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");

        pathMenu("duplicate-path");
        typeTitle("Fresh start");
        robot.clickOn("#prompt-check");
        assertThat(this.<CheckBox>node("#prompt-check").isSelected()).isFalse();
        assertThat(this.<Button>node("#prompt-ok").getText()).isEqualTo("Duplicate");
        robot.clickOn("#prompt-ok");

        waitUntil(() -> stage.getTitle().equals("Checklist — Fresh start — Stepwise"));
        String copy = pathIdOnDisk("Fresh start");
        waitUntil(() -> sectionCounts("steps").equals("0 of 4 done"));
        assertThat(itemRow(FixturePath.LEARN_LANGUAGE).getStyleClass()).contains("status-not-started");
        assertThat(this.<Label>node("#status-path").getText()).isEqualTo("Fresh start · 0 of 8 done");
        assertThat(column("SELECT COUNT(*) FROM item WHERE path_id = ?", copy)).containsExactly("8");
        assertThat(column("SELECT COUNT(*) FROM item_progress WHERE path_id = ?", copy)).containsExactly("0");
        // The original keeps its tick.
        assertThat(itemStatusOnDisk(FixturePath.LEARN_LANGUAGE)).isEqualTo("DONE");
    }

    @Test
    void renamingFromTheFileMenuRenamesEverywhereAndSticks() throws Exception {
        robot.clickOn(fileMenu());
        waitUntil(() -> shown("#rename-path"));
        robot.clickOn("#rename-path");
        waitUntil(() -> shown("#prompt-title"));
        assertThat(this.<TextField>node("#prompt-title").getText()).isEqualTo(FIXTURE);
        assertThat(this.<Button>node("#prompt-ok").getText()).isEqualTo("Rename");
        answerTitle("Backend Engineer");

        waitUntil(() -> stage.getTitle().equals("Overview — Backend Engineer — Stepwise"));
        assertThat(switcherTitle()).isEqualTo("Backend Engineer");
        assertThat(this.<ComboBox<?>>node("#path-switcher").getTooltip().getText())
                .as("the whole title, which the narrow switcher may cut").isEqualTo("Backend Engineer\nSwitch to another path");
        assertThat(this.<Label>node("#status-path").getText()).isEqualTo("Backend Engineer · 0 of 8 done");
        assertThat(this.<Label>node("#overview-title").getText()).isEqualTo("Backend Engineer");
        waitUntil(() -> column("SELECT title FROM path WHERE id = ?", FixturePath.ID).equals(List.of("Backend Engineer")));
        assertThat(lastActivity(FixturePath.ID)).isEqualTo("PATH_EDITED " + FixturePath.ID);

        // The bundled path is installed again at every start: the learner's title must survive that.
        restart();
        assertThat(switcherTitle()).isEqualTo("Backend Engineer");
        assertThat(stage.getTitle()).contains(" — Backend Engineer — ");
        assertThat(column("SELECT title FROM path WHERE id = ?", FixturePath.ID)).containsExactly("Backend Engineer");
    }

    @Test
    void deletingNamesTheLossCancelKeepsEverythingAndTheLastPathCannotGo() {
        assertThat(pathMenuItem("delete-path").isDisable()).as("with a single path").isTrue();
        assertThat(menuItem("delete-path").isDisable()).isTrue();

        shortcut(KeyCode.DIGIT2);
        tick(FixturePath.LEARN_LANGUAGE);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        pathMenu("duplicate-path");
        answerTitle("Doomed copy");
        waitUntil(() -> stage.getTitle().equals("Checklist — Doomed copy — Stepwise"));
        String doomed = pathIdOnDisk("Doomed copy");
        waitUntil(() -> statusOnDisk(doomed, FixturePath.LEARN_LANGUAGE).equals("DONE"));
        assertThat(pathMenuItem("delete-path").isDisable()).isFalse();

        pathMenu("delete-path");
        String question = questionText();
        assertThat(question).contains("Delete “Doomed copy”?").contains("1 item done");
        cancelQuestion();
        assertThat(switcherTitles()).containsExactly(FIXTURE, "Doomed copy");
        assertThat(switcherTitle()).isEqualTo("Doomed copy");
        assertThat(column("SELECT COUNT(*) FROM path WHERE id = ?", doomed)).containsExactly("1");
        assertThat(statusOnDisk(doomed, FixturePath.LEARN_LANGUAGE)).isEqualTo("DONE");

        pathMenu("delete-path");
        confirmQuestion();
        waitUntil(() -> stage.getTitle().equals("Checklist — " + FIXTURE + " — Stepwise"));
        assertThat(switcherTitles()).containsExactly(FIXTURE);
        assertThat(switcherTitle()).isEqualTo(FIXTURE);
        waitUntil(() -> sectionCounts("steps").equals("1 of 4 done"));
        for (String table : List.of("path WHERE id", "section WHERE path_id", "item WHERE path_id", "item_progress WHERE path_id")) {
            assertThat(column("SELECT COUNT(*) FROM " + table + " = ?", doomed)).as(table).containsExactly("0");
        }
        assertThat(activityKinds(doomed)).containsExactly("PATH_DELETED");
        assertThat(column("SELECT value FROM preference WHERE key = 'workspace.currentPath'")).containsExactly(FixturePath.ID);
        assertThat(itemStatusOnDisk(FixturePath.LEARN_LANGUAGE)).isEqualTo("DONE");

        assertThat(pathMenuItem("delete-path").isDisable()).as("the last path left").isTrue();
        assertThat(menuItem("delete-path").isDisable()).isTrue();
    }

    @Test
    void theDeleteQuestionAlsoNamesSkippedItemsAndTickedSubSteps() {
        createPath("Frontend Developer");
        choosePath(FIXTURE);
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_SQL, ".item-title");
        key(KeyCode.S);
        assertOnDisk(FixturePath.LEARN_SQL, "SKIPPED");
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".item-title");
        robot.clickOn("#sub-item-" + FixturePath.CHOOSE_LANGUAGE);
        robot.clickOn("#sub-item-" + FixturePath.LEARN_GIT);
        eventually(() -> column("SELECT COUNT(*) FROM sub_item_progress WHERE path_id = ?", FixturePath.ID), List.of("2"));

        pathMenu("delete-path");
        String question = questionText();
        assertThat(question).doesNotContain("no progress").contains("1 item skipped").contains("2 ticked sub-steps");
        cancelQuestion();
        assertThat(column("SELECT COUNT(*) FROM sub_item_progress WHERE path_id = ?", FixturePath.ID)).containsExactly("2");
        assertThat(itemStatusOnDisk(FixturePath.LEARN_SQL)).isEqualTo("SKIPPED");
    }

    @Test
    void aDeletedBundledPathStaysDeletedAfterARestart() throws Exception {
        createPath("Frontend Developer");
        String frontend = pathIdOnDisk("Frontend Developer");
        choosePath(FIXTURE);

        pathMenu("delete-path");
        assertThat(questionText()).contains("Delete “" + FIXTURE + "”?").contains("It has no progress yet.");
        confirmQuestion();
        waitUntil(() -> stage.getTitle().contains(" — Frontend Developer — "));
        assertThat(switcherTitles()).containsExactly("Frontend Developer");
        assertThat(column("SELECT COUNT(*) FROM path WHERE id = ?", FixturePath.ID)).containsExactly("0");
        assertThat(column("SELECT path_id FROM dismissed_path")).containsExactly(FixturePath.ID);

        // The app is still handed the bundled path at every start; the learner's delete wins.
        restart();
        assertThat(switcherTitles()).containsExactly("Frontend Developer");
        assertThat(switcherTitle()).isEqualTo("Frontend Developer");
        assertThat(column("SELECT id FROM path")).containsExactly(frontend);
    }

    @Test
    void deletingAPathBetweenOthersOpensThePathBeforeIt() {
        createPath("Frontend Developer");
        createPath("Data Engineer");
        choosePath("Frontend Developer");

        pathMenu("delete-path");
        confirmQuestion();
        waitUntil(() -> switcherTitles().equals(List.of(FIXTURE, "Data Engineer")));
        eventually(() -> stage.getTitle(), "Overview — " + FIXTURE + " — Stepwise");
        assertThat(switcherTitle()).isEqualTo(FIXTURE);
        assertThat(this.<Label>node("#overview-title").getText()).isEqualTo(FIXTURE);
        eventually(() -> column("SELECT value FROM preference WHERE key = 'workspace.currentPath'"), List.of(FixturePath.ID));
        assertThat(column("SELECT title FROM path ORDER BY installed_at")).containsExactly(FIXTURE, "Data Engineer");
    }

    @Test
    void aNoteStillBeingTypedWhenSwitchingIsSavedToItsOwnPath() {
        pathMenu("duplicate-path");
        answerTitle("Same items");
        waitUntil(() -> stage.getTitle().contains(" — Same items — "));
        String copy = pathIdOnDisk("Same items");
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".item-title");
        robot.clickOn("#note").write("Only in the copy");

        // The last keystroke and the choice of the other path in one step on the FX thread, so the note's save pause
        // cannot end in between: the note is still waiting to be saved when the path is left. Both paths have an item
        // with this id, so a save to the wrong path would not fail on its own.
        TextArea note = node("#note");
        ComboBox<PathSummary> switcher = node("#path-switcher");
        robot.interact(() -> {
            note.appendText(", and this");
            switcher.setValue(switcher.getItems().get(0));
        });
        waitUntil(() -> stage.getTitle().contains(" — " + FIXTURE + " — "));

        eventually(() -> column("SELECT note FROM item_progress WHERE path_id = ? AND item_id = ?", copy, FixturePath.LEARN_LANGUAGE),
                List.of("Only in the copy, and this"));
        assertThat(column("SELECT COUNT(*) FROM item_progress WHERE path_id = ?", FixturePath.ID)).containsExactly("0");
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".item-title");
        eventually(() -> this.<TextArea>node("#note").getText(), "");

        choosePath("Same items");
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".item-title");
        eventually(() -> this.<TextArea>node("#note").getText(), "Only in the copy, and this");
        assertThat(column("SELECT COUNT(*) FROM item_progress WHERE path_id = ?", FixturePath.ID)).containsExactly("0");
    }

    private void createPath(String title) {
        pathMenu("new-path");
        answerTitle(title);
        waitUntil(() -> stage.getTitle().contains(" — " + title + " — "));
    }

    private void tick(String itemId) {
        clickInItemRow(itemId, ".status-button");
    }

    private String sectionCounts(String sectionId) {
        return this.<Label>node("#section-counts-" + sectionId).getText();
    }

    private String statusOnDisk(String pathId, String itemId) {
        List<String> statuses = column("SELECT status FROM item_progress WHERE path_id = ? AND item_id = ?", pathId, itemId);
        return statuses.isEmpty() ? "NOT_STARTED" : statuses.get(0);
    }

    private MenuItem pathMenuItem(String id) {
        MenuButton menu = node("#path-actions");
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private Node fileMenu() {
        return robot.lookup(".menu-bar .menu").query();
    }
}
