package dev.stepwise.ui.fx;

import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.ID;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_MONITORING;
import static dev.stepwise.fixtures.FixturePath.WORK_EXPERIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.common.UiScale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline, the checklist's due markers, the overview's due card and the start-up notice on a fixed day: the path
 * was installed on 1 April 2026 and it is now 10 April 2026, 09:00 in Berlin.
 *
 * <pre>
 * week-1  "Week 1"  due  6 April: learn-language (done)                         → done, nothing left
 * week-2  "Week 2"  due 12 April: learn-sql (done), build-api, deploy           → in 2 days, 1 of 3 done, behind
 * week-4  "Week 4"  due 30 April: work-experience                               → in 20 days, on track (span not begun)
 * practice-debugging: own date 8 April                                          → overdue
 * </pre>
 */
class TimelineScreenTest extends AppTestBase {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    {
        clock = Clock.fixed(Instant.parse("2026-04-01T07:00:00Z"), BERLIN);
    }

    @BeforeEach
    void seedTheCalendar() throws TimeoutException {
        stopApp();
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(FixturePath.path()), clock)) {
            seedEdit(stepwise, ActivityKind.MILESTONE_ADDED, path -> MilestoneEdits.addMilestone(path,
                    new Milestone("week-4", "Week 4", LocalDate.of(2026, 4, 30), List.of(WORK_EXPERIENCE))));
            seedEdit(stepwise, ActivityKind.MILESTONE_ADDED, path -> MilestoneEdits.addMilestone(path,
                    new Milestone("week-1", "Week 1", LocalDate.of(2026, 4, 6), List.of(LEARN_LANGUAGE))));
            seedEdit(stepwise, ActivityKind.MILESTONE_ADDED, path -> MilestoneEdits.addMilestone(path,
                    new Milestone("week-2", "Week 2", LocalDate.of(2026, 4, 12), List.of(LEARN_SQL, BUILD_API, DEPLOY))));
            seedEdit(stepwise, ActivityKind.MILESTONE_ADDED,
                    path -> MilestoneEdits.setItemDue(path, PRACTICE_DEBUGGING, LocalDate.of(2026, 4, 8)));
            stepwise.progress().setStatus(ID, LEARN_LANGUAGE, ItemStatus.DONE);
            stepwise.progress().setStatus(ID, LEARN_SQL, ItemStatus.DONE);
        }
        clock = Clock.fixed(Instant.parse("2026-04-10T07:00:00Z"), BERLIN);
        launch();
    }

    private String text(String query) {
        return this.<Label>node(query).getText();
    }

    /** The accessible text of the milestone's row on the timeline: everything the row says, in one line. */
    private String milestoneRow(String id) {
        return robot.lookup("#milestone-" + id).match(AppTestBase::visible).<ListCell<?>>query().getAccessibleText();
    }

    @Test
    void theTimelineListsMilestonesByDateWithProgressStandingAndWhatIsLeft() {
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2"));

        List<String> order = robot.lookup(".timeline-list .list-cell").match(AppTestBase::visible).queryAll().stream()
                .map(Node::getId).filter(id -> id != null && id.startsWith("milestone-")).toList();
        assertThat(order).containsExactly("milestone-week-1", "milestone-week-2", "milestone-week-4");
        assertThat(milestoneRow("week-1")).contains("Done", "1 of 1 done", "Nothing left");
        // Week 2's span runs 6 → 12 April: on the 10th two thirds have passed and one third is done.
        assertThat(milestoneRow("week-2")).contains("Behind", "in 2 days", "1 of 3 done", "Build a small API", "Deploy a project");
        assertThat(milestoneRow("week-4")).contains("On track", "in 20 days", "0 of 1 done");
        assertThat(text("#timeline-summary")).isEqualTo("3 milestones · 1 behind");
    }

    /**
     * In the smallest window the milestones keep the larger part of the height, with the burn-up still readable under
     * them, its legend included: a chart of fixed height left one milestone and a half in view at 1024×640.
     */
    @Test
    void aSmallWindowShowsTwoWholeMilestonesAboveAReadableBurnUp() {
        placeWindow(1024, 640);
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2"));
        WaitForAsyncUtils.waitForFxEvents(3);
        ListView<?> list = robot.lookup("#timeline-list").queryListView();
        Bounds view = list.localToScene(list.getLayoutBounds());

        long whole = robot.lookup(".timeline-list .list-cell").match(AppTestBase::visible).queryAll().stream()
                .filter(cell -> cell.getId() != null && cell.getId().startsWith("milestone-"))
                .map(cell -> cell.localToScene(cell.getLayoutBounds()))
                .filter(row -> row.getMinY() >= view.getMinY() && row.getMaxY() <= view.getMaxY() + 0.5)
                .count();
        Region chart = robot.lookup("#burn-up-chart").query();
        List<String> findings = new ArrayList<>();
        robot.interact(() -> findings.addAll(LayoutAudit.of(stage.getScene(), "1024×640 timeline")));

        assertThat(whole).as("milestone rows wholly in view").isGreaterThanOrEqualTo(2);
        assertThat(chart.getHeight()).as("burn-up height").isGreaterThanOrEqualTo(UiScale.em(8) - 1);
        assertThat(robot.lookup("#burn-up-chart .chart-legend").query().isVisible()).as("the burn-up's legend").isTrue();
        assertThat(findings).as("text cut, nodes outside the window, sideways scrolling").isEmpty();
    }

    /** A selected milestone keeps the colour of its due date: the selected row's text rule made it look like any other. */
    @Test
    void aSelectedMilestoneKeepsTheColourOfItsDueDate() {
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2"));
        ListCell<?> row = robot.lookup("#milestone-week-2").match(AppTestBase::visible).query();
        Label date = (Label) row.lookup(".milestone-date");
        Label plain = (Label) robot.lookup("#milestone-week-4").match(AppTestBase::visible).<ListCell<?>>query()
                .lookup(".milestone-date");
        robot.interact(() -> row.getListView().getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        Paint dueSoon = date.getTextFill();
        assertThat(date.getStyleClass()).contains("due-soon");
        assertThat(dueSoon).isNotEqualTo(plain.getTextFill());

        robot.interact(() -> row.getListView().getSelectionModel().select(row.getIndex()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(row.isSelected()).isTrue();
        assertThat(date.getTextFill()).isEqualTo(dueSoon);
    }

    @Test
    void finishingTheMilestonesItemsPutsItBackOnTrackAtOnce() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn(itemRow(BUILD_API));
        key(KeyCode.D);
        robot.clickOn(itemRow(DEPLOY));
        key(KeyCode.D);
        assertOnDisk(DEPLOY, "DONE");
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2") && milestoneRow("week-2").contains("3 of 3 done"));
        assertThat(milestoneRow("week-2")).contains("Done", "Nothing left").doesNotContain("Behind");
        assertThat(text("#timeline-summary")).isEqualTo("3 milestones · 2 done, the rest on track");
    }

    @Test
    void theChecklistMarksOverdueAndDueSoonRowsAndLeavesDoneAndLaterOnesAlone() {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> itemRowShown(BUILD_API));

        Label overdue = node("#due-" + PRACTICE_DEBUGGING);
        assertThat(overdue.getText()).isEqualTo("Overdue");
        assertThat(overdue.getStyleClass()).contains("due-overdue");
        assertThat(overdue.getAccessibleText()).contains("Apr 8, 2026", "2 days overdue");
        assertThat(text("#due-" + BUILD_API)).as("due with its milestone").isEqualTo("Due in 2 days");
        assertThat(shown("#due-" + LEARN_SQL)).as("done: never due").isFalse();
        assertThat(shown("#due-" + WORK_EXPERIENCE)).as("due in 20 days: later").isFalse();
    }

    @Test
    void theOverviewListsWhatIsDueSoonAndTheStartNoticeSaysSoOnce() throws TimeoutException {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> shown("#due-soon-card"));

        List<String> lines = robot.lookup("#due-soon-card .hyperlink").match(AppTestBase::visible).queryAll().stream()
                .map(Node::getId).toList();
        assertThat(lines).containsExactly("due-item-" + PRACTICE_DEBUGGING, "due-milestone-week-2");
        assertThat(robot.lookup("#due-soon-card .card-title").<Label>query().getText()).isEqualTo("Due soon · 1 overdue");
        assertThat(text("#due-banner-text")).contains("1 overdue and 1 due within 7 days", "Week 2");

        robot.clickOn("#due-banner-open");
        waitUntil(() -> shown("#milestone-week-2"));
        assertThat(shown("#due-banner")).as("told once").isFalse();
        restart();
        assertThat(shown("#due-banner")).as("and again at the next start").isTrue();
    }

    /**
     * The notice follows the work while it is shown: it said "1 overdue" until the next start, after the overdue item
     * was done and the overview already said so; once nothing is due it goes.
     */
    @Test
    void theStartNoticeFollowsWhatIsDoneAndGoesWhenNothingIsDue() {
        assertThat(text("#due-banner-text")).contains("1 overdue and 1 due within 7 days");
        shortcut(KeyCode.DIGIT2);
        robot.clickOn(itemRow(PRACTICE_DEBUGGING));
        key(KeyCode.D);
        assertOnDisk(PRACTICE_DEBUGGING, "DONE");

        waitUntil(() -> text("#due-banner-text").startsWith("Due soon: 1 due within 7 days"));
        assertThat(text("#due-banner-text")).contains("Week 2").doesNotContain("overdue");

        robot.clickOn(itemRow(BUILD_API));
        key(KeyCode.D);
        robot.clickOn(itemRow(DEPLOY));
        key(KeyCode.D);
        assertOnDisk(DEPLOY, "DONE");
        waitUntil(() -> !shown("#due-banner"));
    }

    /** The notice names one path's dates: it stayed up over a new path that had none, and "Show" led nowhere. */
    @Test
    void theStartNoticeGoesWhenAnotherPathIsShown() {
        assertThat(shown("#due-banner")).isTrue();

        robot.clickOn("#path-actions");
        waitUntil(() -> shown("#new-path"));
        robot.clickOn("#new-path");
        waitUntil(() -> shown("#prompt-title"));
        robot.clickOn("#prompt-title").write("Frontend Developer");
        key(KeyCode.ENTER);

        waitUntil(() -> stage.getTitle().contains("Frontend Developer"));
        waitUntil(() -> !shown("#due-banner"));
    }

    /**
     * A milestone edited (or its addition redone) stayed highlighted as focused but was no longer selected: Edit and
     * Delete were greyed out, Enter and Delete did nothing until Space selected it again.
     */
    @Test
    void anEditedMilestoneStaysSelectedForTheNextKey() {
        shortcut(KeyCode.DIGIT4);
        robot.clickOn("#milestone-week-2");
        key(KeyCode.ENTER);
        waitUntil(() -> shown("#milestone-editor"));
        robot.interact(() -> this.<TextField>node("#milestone-title-field").setText("Week 2 — renamed"));
        robot.clickOn("#milestone-ok");

        waitUntil(() -> column("SELECT title FROM milestone WHERE id = ?", "week-2").contains("Week 2 — renamed"));
        waitUntil(() -> milestoneRow("week-2").contains("renamed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(this.<ListCell<?>>node("#milestone-week-2").isSelected()).isTrue();
        assertThat(node("#milestone-edit").isDisabled()).as("Edit acts on it").isFalse();
    }

    /**
     * The editor by keyboard alone: the items list is one Tab stop (each row's box was a stop of its own), and Enter
     * there saves, as it does in the title (the list took Enter for itself and nothing happened).
     */
    @Test
    void aMilestoneIsMadeByKeyboardWithTheListOneStopAndEnterSaving() {
        newMilestone("Week 5 — keys");
        robot.clickOn("#milestone-items");
        key(KeyCode.HOME);
        key(KeyCode.SPACE);
        key(KeyCode.TAB);
        Node list = node("#milestone-items");
        assertThat(list.getScene().getFocusOwner()).as("Tab leaves the list for the next control")
                .isNotInstanceOf(CheckBox.class).isNotSameAs(list);
        robot.clickOn("#milestone-items");
        key(KeyCode.ENTER);

        waitUntil(() -> column("SELECT id FROM milestone WHERE path_id = ?", ID).contains("week-5-keys"));
        assertThat(column("SELECT item_id FROM milestone_item WHERE milestone_id = ?", "week-5-keys")).hasSize(1);
    }

    /** Opens the editor for a new milestone with its title, and types the filter until it shows that many items. */
    private ListView<?> newMilestoneFilteredTo(String title, String filter, int shown) {
        newMilestone(title);
        return filterItems(filter, shown);
    }

    /** Types into the editor's item filter and waits until the list shows that many items. */
    private ListView<?> filterItems(String filter, int shown) {
        ListView<?> items = node("#milestone-items");
        robot.clickOn("#milestone-items-filter").write(filter);
        waitUntil(() -> items.getItems().size() == shown);
        return items;
    }

    /** Saves the milestone being edited, and the items it was stored with, in order. */
    private List<String> savedItemsOf(String milestoneId) {
        robot.clickOn("#milestone-ok");
        waitUntil(() -> column("SELECT id FROM milestone", new String[0]).contains(milestoneId));
        return column("SELECT item_id FROM milestone_item WHERE milestone_id = ? ORDER BY position", milestoneId);
    }

    /** Opens the timeline's editor for a new milestone and types its title. */
    private void newMilestone(String title) {
        shortcut(KeyCode.DIGIT4);
        robot.clickOn("#milestone-new");
        waitUntil(() -> shown("#milestone-editor"));
        // It opens blank and waits for a title without scolding: it used to greet with "cannot be empty" in red.
        assertThat(shown("#milestone-title-problem")).isFalse();
        assertThat(node("#milestone-ok").isDisabled()).isTrue();
        robot.clickOn("#milestone-title-field").write(title);
    }

    /** A milestone saved without items says so: it read "Done" beside an empty bar (found by trying it). */
    @Test
    void aMilestoneWithoutItemsSaysSoInsteadOfDone() {
        newMilestone("Someday");
        robot.clickOn("#milestone-ok");
        waitUntil(() -> column("SELECT id FROM milestone", new String[0]).contains("someday"));
        waitUntil(() -> shown("#milestone-someday"));
        assertThat(milestoneRow("someday")).contains("No items", "0 of 0 done", "No items in this milestone yet.")
                .doesNotContain("Done");
        assertThat(robot.from(this.<Node>node("#milestone-someday")).lookup(".milestone-standing").query().getStyleClass())
                .contains("no-items").doesNotContain("complete");
    }

    @Test
    void aMilestoneMadeInTheEditorIsSavedShownAndDeletedAndTheDeleteUndone() {
        newMilestone("Week 3 — tested");
        DatePicker due = node("#milestone-due");
        robot.doubleClickOn("#milestone-due .text-field").eraseText(20).write(due.getConverter().toString(LocalDate.of(2026, 4, 20)));
        robot.clickOn("#milestone-items");
        // The first item is learn-language; Down then Space ticks the second, learn-sql.
        key(KeyCode.HOME);
        key(KeyCode.DOWN);
        key(KeyCode.SPACE);
        robot.clickOn("#milestone-ok");

        waitUntil(() -> column("SELECT id FROM milestone WHERE path_id = ? ORDER BY due", ID).contains("week-3-tested"));
        assertThat(column("SELECT due FROM milestone WHERE id = ?", "week-3-tested")).containsExactly("2026-04-20");
        assertThat(column("SELECT item_id FROM milestone_item WHERE milestone_id = ?", "week-3-tested")).containsExactly(LEARN_SQL);
        waitUntil(() -> shown("#milestone-week-3-tested"));
        assertThat(milestoneRow("week-3-tested")).contains("Done", "1 of 1 done");
        waitUntil(() -> this.<ListCell<?>>node("#milestone-week-3-tested").isSelected());

        key(KeyCode.DELETE);
        robot.clickOn("#confirm-action");
        waitUntil(() -> !column("SELECT id FROM milestone", new String[0]).contains("week-3-tested"));
        shortcut(KeyCode.Z);
        waitUntil(() -> column("SELECT id FROM milestone", new String[0]).contains("week-3-tested"));
        waitUntil(() -> shown("#milestone-week-3-tested"));
        // What the undo brought back is what is selected, as on the checklist and the matrix.
        waitUntil(() -> this.<ListCell<?>>node("#milestone-week-3-tested").isSelected());
    }

    /**
     * On a long path the items are found by typing, not scrolling: the filter narrows the list, ↓ goes from the filter
     * to it, Space ticks, and a tick the filter hides is kept and saved (in checklist order).
     */
    @Test
    void theEditorsFilterNarrowsTheItemsAndKeepsTheTicksItHides() {
        ListView<?> items = newMilestoneFilteredTo("Week 9 — filtered", "deploy", 1);
        key(KeyCode.DOWN);
        key(KeyCode.SPACE);
        waitUntil(() -> shown("1 item chosen"));

        robot.clickOn("#milestone-items-filter").eraseText(6).write("SQL");
        waitUntil(() -> items.getItems().size() == 1);
        key(KeyCode.DOWN);
        key(KeyCode.SPACE);
        waitUntil(() -> shown("2 items chosen"));

        robot.clickOn("#milestone-items-filter").eraseText(3).write("kubernetes");
        waitUntil(() -> items.getItems().isEmpty());
        assertThat(shown("No item’s title or section has this text.")).isTrue();
        robot.clickOn("#milestone-ok");

        waitUntil(() -> column("SELECT id FROM milestone", new String[0]).contains("week-9-filtered"));
        assertThat(column("SELECT item_id FROM milestone_item WHERE milestone_id = ? ORDER BY position", "week-9-filtered"))
                .containsExactly(LEARN_SQL, DEPLOY);
    }

    @Test
    void theBoxAboveTheItemsTicksEveryItemTheFilterShowsAndClearsThemAgain() {
        newMilestone("Week 10 — in production");
        ListView<?> items = node("#milestone-items");
        CheckBox all = node("#milestone-items-all");
        assertThat(all.getText()).isEqualTo("All shown (" + FixturePath.path().sections().stream()
                .mapToInt(section -> section.items().size()).sum() + ")");
        assertThat(all.isSelected() || all.isIndeterminate()).isFalse();

        filterItems("production", 2);
        assertThat(all.getText()).isEqualTo("All shown (2)");
        robot.clickOn("#milestone-items-all");
        assertThat(shown("2 items chosen")).isTrue();
        assertThat(all.isSelected()).isTrue();

        robot.clickOn("#milestone-items-all");
        assertThat(shown("No items chosen")).isTrue();
        robot.clickOn("#milestone-item-" + PRACTICE_DEBUGGING);
        assertThat(all.isIndeterminate()).as("one of the two ticked").isTrue();
        robot.clickOn("#milestone-items-all");
        assertThat(shown("2 items chosen")).as("from half ticked, every one shown").isTrue();

        // Without the filter, two of them all are ticked: half, and a click would tick the rest.
        robot.clickOn("#milestone-items-filter").eraseText("production".length());
        waitUntil(() -> items.getItems().size() > 2);
        assertThat(all.isIndeterminate()).isTrue();
        assertThat(savedItemsOf("week-10-in-production")).containsExactly(PRACTICE_MONITORING, PRACTICE_DEBUGGING);
    }

    @Test
    void aSectionsTitleInTheFilterShowsItsItemsSoAWholeSectionIsOneClick() {
        ListView<?> items = newMilestoneFilteredTo("Week 11 — background", "backgr", 2);
        robot.clickOn("#milestone-items-all");
        assertThat(shown("2 items chosen")).isTrue();
        // Where an item shown for its section's title comes from: its tooltip names the section.
        assertThat(this.<CheckBox>node("#milestone-item-" + WORK_EXPERIENCE).getParent())
                .isInstanceOfSatisfying(ListCell.class, row -> assertThat(row.getTooltip().getText())
                        .isEqualTo("In “Background”"));
        assertThat(savedItemsOf("week-11-background")).containsExactly(CS_DEGREE, WORK_EXPERIENCE);
    }

    @Test
    void aMilestonesItemLeftOpensFromItsMenuAndTheDetailSaysWhenItIsDueAndWithWhat() {
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2"));
        robot.clickOn("#milestone-week-2");
        // Monocle sends no context-menu request for a right-click: the test sends the one a desktop would.
        ListCell<?> row = node("#milestone-week-2");
        robot.interact(() -> {
            Point2D scene = row.localToScene(20, 10);
            Point2D screen = row.localToScreen(20, 10);
            Event.fireEvent(row, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, new PickResult(row, scene.getX(), scene.getY())));
        });
        waitUntil(() -> shown("#milestone-open-" + DEPLOY));
        robot.clickOn("Open “Build a small API” in the checklist");

        waitUntil(() -> shown("#detail-title") && text("#detail-title").equals("Build a small API"));
        assertThat(text("#detail-dates")).contains("Due Apr 12, 2026 with “Week 2”");
    }

    /** The row's menu from the keyboard, as on the checklist: Linux sends no request for Shift+F10, so the list hears it. */
    @Test
    void shiftF10OpensTheSelectedMilestonesMenu() {
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2"));
        robot.clickOn("#milestone-week-2");

        KeyStrokes.stroke(robot, KeyCode.SHIFT, KeyCode.F10);

        waitUntil(() -> shown("#milestone-open-" + DEPLOY));
        assertThat(shown("#milestone-open-" + LEARN_SQL)).as("done: not left").isFalse();
        key(KeyCode.ESCAPE);
    }

    @Test
    void aDoubleClickOnAMilestoneOpensItsEditor() {
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> shown("#milestone-week-2"));

        robot.doubleClickOn("#milestone-week-2");

        waitUntil(() -> shown("#milestone-editor"));
        assertThat(this.<TextField>node("#milestone-title-field").getText()).isEqualTo("Week 2");
        robot.clickOn("#milestone-cancel");
    }
}
