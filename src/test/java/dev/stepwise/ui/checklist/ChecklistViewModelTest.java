package dev.stepwise.ui.checklist;

import static dev.stepwise.fixtures.FixturePath.BACKGROUND;
import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.PRACTICE;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static dev.stepwise.fixtures.FixturePath.PROBLEM_SOLVING;
import static dev.stepwise.fixtures.FixturePath.STEPS;
import static dev.stepwise.fixtures.FixturePath.WRITE_FIRST_TESTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.Texts;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.FakeScheduler;
import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import dev.stepwise.ui.ViewModelFixture.Scheduled;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import dev.stepwise.ui.checklist.ChecklistRow.SectionRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist view model over the real services and a real SQLite file, without a JavaFX toolkit. */
class ChecklistViewModelTest {
    private static final String FIRST_STEP = FixturePath.LEARN_LANGUAGE;
    private static final String SECOND_STEP = FixturePath.LEARN_SQL;

    @TempDir
    Path tempDir;

    ViewModelFixture fixture;
    FakeScheduler scheduler;
    ChecklistViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        scheduler = new FakeScheduler();
        viewModel = new ChecklistViewModel(fixture.session, scheduler);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<ItemRow> itemRows() {
        return viewModel.rows().stream().filter(ItemRow.class::isInstance).map(ItemRow.class::cast).toList();
    }

    private List<String> itemIds() {
        return itemRows().stream().map(row -> row.item().id()).toList();
    }

    private ItemRow itemRow(String itemId) {
        return itemRows().stream().filter(row -> row.item().id().equals(itemId)).findFirst().orElseThrow();
    }

    private SectionRow sectionRow(String sectionId) {
        return viewModel.rows().stream().filter(SectionRow.class::isInstance).map(SectionRow.class::cast)
                .filter(row -> row.section().id().equals(sectionId)).findFirst().orElseThrow();
    }

    private List<String> sectionIds() {
        return viewModel.rows().stream().filter(SectionRow.class::isInstance).map(SectionRow.class::cast)
                .map(row -> row.section().id()).toList();
    }

    private String noteOnDisk(String itemId) {
        return fixture.reload().progressOf(itemId).note();
    }

    // Rows and their counts
    @Test
    void aTickReplacesOnlyItsRowAndItsSectionHeadingTheOtherRowsStayTheSameObjects() {
        List<ChecklistRow> before = List.copyOf(viewModel.rows());
        List<Integer> replaced = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<ChecklistRow>) change -> {
            while (change.next()) {
                assertThat(change.wasReplaced()).as("only replacements, no rebuild").isTrue();
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    replaced.add(i);
                }
            }
        });

        viewModel.setStatus(SECOND_STEP, ItemStatus.DONE);

        // Row 0 is the Steps heading, row 2 the second step.
        assertThat(replaced).containsExactlyInAnyOrder(0, 2);
        assertThat(viewModel.rows().get(0)).isInstanceOfSatisfying(SectionRow.class,
                row -> assertThat(row.progress().done()).isEqualTo(1));
        assertThat(viewModel.rows().get(2)).isInstanceOfSatisfying(ItemRow.class,
                row -> assertThat(row.status()).isEqualTo(ItemStatus.DONE));
        for (int i = 0; i < before.size(); i++) {
            if (i != 0 && i != 2) {
                assertThat(viewModel.rows().get(i)).isSameAs(before.get(i));
            }
        }
    }

    @Test
    void aTickThatHidesItsRowUnderTheFilterMakesTheListAgain() {
        viewModel.filterProperty().set(StatusFilter.NOT_STARTED);
        assertThat(itemIds()).contains(SECOND_STEP);

        viewModel.setStatus(SECOND_STEP, ItemStatus.DONE);

        assertThat(itemIds()).doesNotContain(SECOND_STEP).hasSize(7);
        assertThat(viewModel.indexOf("item:" + FIRST_STEP)).isEqualTo(1);
        assertThat(viewModel.indexOf("item:" + SECOND_STEP)).isEqualTo(-1);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("Showing 7 of 8 items");
    }

    @Test
    void eachSectionRowIsFollowedByItsItemsInPathOrder() {
        List<ChecklistRow> rows = viewModel.rows();

        assertThat(rows).hasSize(3 + 8);
        assertThat(rows.get(0)).isInstanceOfSatisfying(SectionRow.class,
                row -> assertThat(row.section().title()).isEqualTo("Steps"));
        assertThat(rows.subList(1, 5)).allMatch(ItemRow.class::isInstance);
        assertThat(rows.get(5)).isInstanceOfSatisfying(SectionRow.class,
                row -> assertThat(row.section().title()).isEqualTo("Background"));
        assertThat(rows.subList(6, 8)).allMatch(ItemRow.class::isInstance);
        assertThat(rows.get(8)).isInstanceOfSatisfying(SectionRow.class,
                row -> assertThat(row.section().title()).isEqualTo("Practice"));
        assertThat(rows.subList(9, 11)).allMatch(ItemRow.class::isInstance);

        assertThat(itemIds()).containsExactlyElementsOf(
                fixture.session.state().path().items().map(item -> item.id()).toList());
        assertThat(itemIds().subList(0, 2)).containsExactly(FIRST_STEP, SECOND_STEP);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("8 items");
    }

    @Test
    void rowsStartUntouched() {
        assertThat(sectionRow(STEPS).progress().summary()).isEqualTo("0 of 4 done");
        assertThat(sectionRow(BACKGROUND).progress().summary()).isEqualTo("0 of 2 done");
        assertThat(sectionRow(PRACTICE).progress().summary()).isEqualTo("0 of 2 done");
        assertThat(itemRows()).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(ItemStatus.NOT_STARTED);
            assertThat(row.hasNote()).isFalse();
        });
        ItemRow first = itemRow(FIRST_STEP);
        assertThat(first.subItems().summary()).isEqualTo("0 of 3 done");
        assertThat(first.skills()).containsExactly(LANGUAGE, PROBLEM_SOLVING);
        assertThat(first.key()).isEqualTo("item:" + FIRST_STEP);
        assertThat(sectionRow(STEPS).key()).isEqualTo("section:" + STEPS);
    }

    // Status commands
    @Test
    void setStatusUpdatesTheRowTheSectionSummaryAndTheDatabase() {
        viewModel.setStatus(FIRST_STEP, ItemStatus.DONE);

        assertThat(itemRow(FIRST_STEP).status()).isEqualTo(ItemStatus.DONE);
        assertThat(sectionRow(STEPS).progress().summary()).isEqualTo("1 of 4 done");
        assertThat(sectionRow(PRACTICE).progress().summary()).isEqualTo("0 of 2 done");
        assertThat(fixture.reload().statusOf(FIRST_STEP)).isEqualTo(ItemStatus.DONE);
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void skippingLeavesTheSectionDenominator() {
        viewModel.setStatus(CS_DEGREE, ItemStatus.SKIPPED);

        assertThat(itemRow(CS_DEGREE).status()).isEqualTo(ItemStatus.SKIPPED);
        assertThat(sectionRow(BACKGROUND).progress().summary()).isEqualTo("0 of 1 done · 1 skipped");
        assertThat(fixture.reload().statusOf(CS_DEGREE)).isEqualTo(ItemStatus.SKIPPED);
    }

    @Test
    void toggleDoneTwiceReturnsToNotStarted() {
        viewModel.toggleDone(SECOND_STEP);
        assertThat(itemRow(SECOND_STEP).status()).isEqualTo(ItemStatus.DONE);
        assertThat(fixture.reload().statusOf(SECOND_STEP)).isEqualTo(ItemStatus.DONE);

        viewModel.toggleDone(SECOND_STEP);
        assertThat(itemRow(SECOND_STEP).status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(sectionRow(STEPS).progress().summary()).isEqualTo("0 of 4 done");
        assertThat(fixture.reload().statusOf(SECOND_STEP)).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(fixture.activityCount(ActivityKind.ITEM_STATUS_CHANGED, SECOND_STEP)).isEqualTo(2);
    }

    @Test
    void toggleDoneFromLearningMarksDone() {
        viewModel.setStatus(SECOND_STEP, ItemStatus.LEARNING);
        viewModel.toggleDone(SECOND_STEP);

        assertThat(itemRow(SECOND_STEP).status()).isEqualTo(ItemStatus.DONE);
        assertThat(fixture.reload().statusOf(SECOND_STEP)).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void selectedCommandsActOnTheSelectedItem() {
        viewModel.selectedItemIdProperty().set(DEPLOY);

        viewModel.setSelectedStatus(ItemStatus.LEARNING);
        assertThat(fixture.reload().statusOf(DEPLOY)).isEqualTo(ItemStatus.LEARNING);

        viewModel.toggleSelectedDone();
        assertThat(fixture.reload().statusOf(DEPLOY)).isEqualTo(ItemStatus.DONE);
        assertThat(viewModel.detailProperty().get().progress().status()).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void selectedCommandsWithoutASelectionSaveNothing() {
        viewModel.setSelectedStatus(ItemStatus.DONE);
        viewModel.toggleSelectedDone();
        viewModel.setSubItemDone(WRITE_FIRST_TESTS, true);

        assertThat(fixture.jobsRun()).isZero();
        assertThat(itemRows()).allMatch(row -> row.status() == ItemStatus.NOT_STARTED);
    }

    // Filter and search
    @Test
    void filterDoneShowsOnlyDoneItemsAndHidesEmptySections() {
        viewModel.setStatus(SECOND_STEP, ItemStatus.DONE);
        viewModel.setStatus(PRACTICE_DEBUGGING, ItemStatus.DONE);
        viewModel.setStatus(DEPLOY, ItemStatus.LEARNING);

        viewModel.filterProperty().set(StatusFilter.DONE);

        assertThat(sectionIds()).containsExactly(STEPS, PRACTICE);
        assertThat(itemIds()).containsExactly(SECOND_STEP, PRACTICE_DEBUGGING);
        assertThat(viewModel.rows()).hasSize(4);
        assertThat(viewModel.rows().get(0)).isInstanceOf(SectionRow.class);
        // The heading still counts the whole section, not just the rows shown.
        assertThat(sectionRow(STEPS).progress().summary()).isEqualTo("1 of 4 done");
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("Showing 2 of 8 items");
    }

    @Test
    void aFilteredListFollowsStatusChanges() {
        viewModel.filterProperty().set(StatusFilter.LEARNING);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("Showing 0 of 8 items");

        viewModel.setStatus(CS_DEGREE, ItemStatus.LEARNING);

        assertThat(sectionIds()).containsExactly(BACKGROUND);
        assertThat(itemIds()).containsExactly(CS_DEGREE);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("Showing 1 of 8 items");
    }

    @Test
    void searchMatchesTheTitleCaseInsensitively() {
        viewModel.searchProperty().set("SMALL api");

        assertThat(itemIds()).containsExactly(BUILD_API);
        assertThat(sectionIds()).containsExactly(STEPS);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("Showing 1 of 8 items");
    }

    @Test
    void searchMatchesASubStepTitle() {
        // "Docker" appears only in a sub-step of the deploy step ("Package your app in a Docker image").
        viewModel.searchProperty().set("  dOCKER image ");

        assertThat(itemIds()).containsExactly(DEPLOY);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("Showing 1 of 8 items");
    }

    @Test
    void searchMatchesTheLearnersNote() {
        viewModel.searchProperty().set("zebra");
        assertThat(viewModel.rows()).isEmpty();

        fixture.session.saveNote(PRACTICE_DEBUGGING, "Ask about the Zebra incident");

        assertThat(itemIds()).containsExactly(PRACTICE_DEBUGGING);
        assertThat(sectionIds()).containsExactly(PRACTICE);
        viewModel.searchProperty().set("ZEBRA");
        assertThat(itemIds()).containsExactly(PRACTICE_DEBUGGING);
    }

    @Test
    void filterAndSearchCombineAndClearFiltersShowsEverythingAgain() {
        viewModel.setStatus(FIRST_STEP, ItemStatus.DONE);
        viewModel.searchProperty().set("git"); // only a sub-step of the first step mentions Git
        viewModel.filterProperty().set(StatusFilter.NOT_STARTED);
        assertThat(viewModel.rows()).isEmpty();

        viewModel.filterProperty().set(StatusFilter.DONE);
        assertThat(itemIds()).containsExactly(FIRST_STEP);

        viewModel.clearFilters();
        assertThat(viewModel.filterProperty().get()).isEqualTo(StatusFilter.ALL);
        assertThat(viewModel.searchProperty().get()).isEmpty();
        assertThat(itemRows()).hasSize(8);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("8 items");
    }

    @Test
    void aSelectionTheSearchHidComesBackWhenTheSearchIsCleared() {
        viewModel.selectedItemIdProperty().set(SECOND_STEP);

        viewModel.searchProperty().set("nothing like this");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.selectedItemIdProperty().get()).as("the keys act on nothing hidden").isNull();

        viewModel.searchProperty().set("");
        assertThat(viewModel.selectedItemIdProperty().get()).isEqualTo(SECOND_STEP);
        assertThat(viewModel.detailProperty().get().item().id()).isEqualTo(SECOND_STEP);
    }

    @Test
    void aSelectionTheFilterHidComesBackWithAnySearchOrFilterThatShowsIt() {
        viewModel.selectedItemIdProperty().set(SECOND_STEP);
        viewModel.filterProperty().set(StatusFilter.DONE);
        assertThat(viewModel.selectedItemIdProperty().get()).isNull();

        viewModel.filterProperty().set(StatusFilter.NOT_STARTED);

        assertThat(viewModel.selectedItemIdProperty().get()).isEqualTo(SECOND_STEP);
    }

    @Test
    void anItemChosenWhileTheSearchHidTheSelectedOneStaysChosen() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);
        viewModel.searchProperty().set("docker");
        assertThat(itemIds()).containsExactly(DEPLOY);
        viewModel.selectedItemIdProperty().set(DEPLOY);

        viewModel.searchProperty().set("");

        assertThat(viewModel.selectedItemIdProperty().get()).isEqualTo(DEPLOY);
    }

    @Test
    void aSelectionHiddenOnTheLastPathDoesNotComeBackOnTheNext() {
        viewModel.selectedItemIdProperty().set(SECOND_STEP);
        viewModel.searchProperty().set("nothing like this");

        // A copy without progress: the same item ids, on another path.
        fixture.workspace.forkCurrent("Fresh start", false);

        assertThat(viewModel.state().path().id()).isNotEqualTo(FixturePath.ID);
        assertThat(viewModel.selectedItemIdProperty().get()).as("as when the page opens: its first item").isEqualTo(FIRST_STEP);
    }

    // The selected item
    @Test
    void selectingAnItemFillsTheDetail() {
        assertThat(viewModel.detailProperty().get()).isNull();

        viewModel.selectedItemIdProperty().set(FIRST_STEP);

        ItemDetail detail = viewModel.detailProperty().get();
        assertThat(detail.section().id()).isEqualTo(STEPS);
        assertThat(detail.item().id()).isEqualTo(FIRST_STEP);
        assertThat(detail.skills()).extracting(Skill::name).containsExactly("Programming language", "Problem solving");
        assertThat(detail.progress().status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(detail.subItems().summary()).isEqualTo("0 of 3 done");
    }

    /**
     * The selected item leaves the path by a change not made here (an undone addition, another window): its neighbour is
     * selected, as after a delete. The list was left with nothing selected and no row for the keys to act on.
     */
    @Test
    void aSelectedItemThatLeavesThePathHandsTheSelectionToItsNeighbour() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);

        fixture.session.edit(new PathChange(ActivityKind.ITEM_DELETED, FIRST_STEP, "Item deleted",
                path -> PathEdits.removeItem(path, FIRST_STEP)));

        assertThat(itemIds()).doesNotContain(FIRST_STEP);
        assertThat(viewModel.selectedItemIdProperty().get()).isEqualTo(SECOND_STEP);
        assertThat(viewModel.detailProperty().get().item().id()).isEqualTo(SECOND_STEP);
    }

    @Test
    void theDetailFollowsTheSelectionAndTheState() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);
        viewModel.selectedItemIdProperty().set(CS_DEGREE);
        assertThat(viewModel.detailProperty().get().section().id()).isEqualTo(BACKGROUND);
        assertThat(viewModel.detailProperty().get().item().id()).isEqualTo(CS_DEGREE);

        viewModel.setSelectedStatus(ItemStatus.SKIPPED);
        assertThat(viewModel.detailProperty().get().progress().status()).isEqualTo(ItemStatus.SKIPPED);

        viewModel.selectedItemIdProperty().set(null);
        assertThat(viewModel.detailProperty().get()).isNull();
    }

    @Test
    void anUnknownItemHasNoDetail() {
        viewModel.selectedItemIdProperty().set("no-such-item");

        assertThat(viewModel.detailProperty().get()).isNull();
    }

    @Test
    void setSubItemDoneTicksASubStepOfTheSelectedItem() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);

        viewModel.setSubItemDone(WRITE_FIRST_TESTS, true);

        assertThat(viewModel.detailProperty().get().subItems().summary()).isEqualTo("1 of 3 done");
        assertThat(viewModel.detailProperty().get().progress().isSubItemDone(WRITE_FIRST_TESTS)).isTrue();
        assertThat(itemRow(FIRST_STEP).subItems().summary()).isEqualTo("1 of 3 done");
        assertThat(fixture.reload().progressOf(FIRST_STEP).doneSubItemIds()).containsExactly(WRITE_FIRST_TESTS);
        // The first tick starts the item; the row and the detail show it at once.
        assertThat(itemRow(FIRST_STEP).status()).isEqualTo(ItemStatus.LEARNING);
        assertThat(viewModel.detailProperty().get().progress().status()).isEqualTo(ItemStatus.LEARNING);

        viewModel.setSubItemDone(WRITE_FIRST_TESTS, false);

        assertThat(itemRow(FIRST_STEP).subItems().summary()).isEqualTo("0 of 3 done");
        assertThat(itemRow(FIRST_STEP).status()).isEqualTo(ItemStatus.LEARNING);
        assertThat(fixture.reload().progressOf(FIRST_STEP).doneSubItemIds()).isEmpty();
    }

    @Test
    void anUnknownSubStepIsReportedAndNotSaved() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);

        viewModel.setSubItemDone("no-such-sub-step", true);

        assertThat(fixture.errors).singleElement().isInstanceOf(IllegalArgumentException.class);
        assertThat(fixture.reload().progressOf(FIRST_STEP).doneSubItemIds()).isEmpty();
        assertThat(viewModel.detailProperty().get().subItems().summary()).isEqualTo("0 of 3 done");
    }

    // The note, saved after a pause
    @Test
    void typingSchedulesASaveAndSavesNothingBeforeItRuns() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);

        viewModel.noteProperty().set("Started with Java");

        assertThat(scheduler.pending()).singleElement()
                .satisfies(entry -> assertThat(entry.delay()).isEqualTo(ChecklistViewModel.NOTE_SAVE_DELAY));
        assertThat(viewModel.noteStatusProperty().get()).isEqualTo("Editing…");
        assertThat(fixture.jobsRun()).isZero();
        assertThat(noteOnDisk(FIRST_STEP)).isEmpty();
        assertThat(fixture.session.state().progressOf(FIRST_STEP).note()).isEmpty();
    }

    @Test
    void theScheduledActionSavesTheNote() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);
        viewModel.noteProperty().set("Started with Java");

        scheduler.runPending();

        assertThat(noteOnDisk(FIRST_STEP)).isEqualTo("Started with Java");
        assertThat(viewModel.noteStatusProperty().get()).isEqualTo("Saved");
        assertThat(viewModel.detailProperty().get().progress().note()).isEqualTo("Started with Java");
        assertThat(itemRow(FIRST_STEP).hasNote()).isTrue();
        assertThat(fixture.activityCount(ActivityKind.ITEM_NOTE_CHANGED, FIRST_STEP)).isEqualTo(1);
    }

    @Test
    void aNoteTooLongToKeepIsNotSavedAndTheEditorSaysWhy() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);
        viewModel.noteProperty().set("Started with Java");
        scheduler.runPending();

        viewModel.noteProperty().set("x".repeat(Texts.MAX_NOTE + 1));

        assertThat(viewModel.noteStatusProperty().get()).startsWith("A note can hold up to 100,000 characters");
        scheduler.runPending();
        viewModel.selectedItemIdProperty().set(null);
        assertThat(noteOnDisk(FIRST_STEP)).as("the saved note stays").isEqualTo("Started with Java");
    }

    @Test
    void typingAgainBeforeTheSaveCancelsTheFirstSoOnlyTheFinalTextIsSaved() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);
        viewModel.noteProperty().set("Sta");
        viewModel.noteProperty().set("Started");
        viewModel.noteProperty().set("Started with Go");

        List<Scheduled> all = scheduler.all();
        assertThat(all).hasSize(3);
        assertThat(all.subList(0, 2)).allMatch(Scheduled::isCancelled);
        assertThat(scheduler.pending()).containsExactly(all.get(2));
        assertThat(fixture.jobsRun()).isZero();

        scheduler.runPending();

        assertThat(noteOnDisk(FIRST_STEP)).isEqualTo("Started with Go");
        assertThat(fixture.activityCount(ActivityKind.ITEM_NOTE_CHANGED, FIRST_STEP)).isEqualTo(1);
        assertThat(fixture.jobsRun()).isEqualTo(1);
        assertThat(viewModel.noteStatusProperty().get()).isEqualTo("Saved");
        assertThat(scheduler.pending()).isEmpty();
    }

    @Test
    void changingTheSelectionFlushesThePendingNoteToThePreviousItem() {
        fixture.session.saveNote(SECOND_STEP, "Read MDN on HTTP");
        viewModel.selectedItemIdProperty().set(FIRST_STEP);
        viewModel.noteProperty().set("Picked Kotlin");
        Scheduled pending = scheduler.pending().get(0);

        viewModel.selectedItemIdProperty().set(SECOND_STEP);

        assertThat(pending.isCancelled()).isTrue();
        assertThat(scheduler.pending()).isEmpty();
        assertThat(noteOnDisk(FIRST_STEP)).isEqualTo("Picked Kotlin");
        assertThat(noteOnDisk(SECOND_STEP)).isEqualTo("Read MDN on HTTP");
        // The editor now shows the newly selected item's note, and loading it is not an edit.
        assertThat(viewModel.noteProperty().get()).isEqualTo("Read MDN on HTTP");
        assertThat(viewModel.noteStatusProperty().get()).isEmpty();
        assertThat(fixture.activityCount(ActivityKind.ITEM_NOTE_CHANGED, FIRST_STEP)).isEqualTo(1);
        assertThat(fixture.activityCount(ActivityKind.ITEM_NOTE_CHANGED, SECOND_STEP)).isEqualTo(1);
    }

    @Test
    void selectingAnItemLoadsItsNoteWithoutSchedulingASave() {
        fixture.session.saveNote(SECOND_STEP, "Read MDN on HTTP");
        int jobs = fixture.jobsRun();

        viewModel.selectedItemIdProperty().set(SECOND_STEP);

        assertThat(viewModel.noteProperty().get()).isEqualTo("Read MDN on HTTP");
        assertThat(scheduler.all()).isEmpty();
        assertThat(fixture.jobsRun()).isEqualTo(jobs);

        viewModel.selectedItemIdProperty().set(null);
        assertThat(viewModel.noteProperty().get()).isEmpty();
        assertThat(scheduler.all()).isEmpty();
    }

    @Test
    void typingWithoutASelectionSchedulesNothing() {
        viewModel.noteProperty().set("orphan text");

        assertThat(scheduler.all()).isEmpty();
        viewModel.flushNote();
        assertThat(fixture.jobsRun()).isZero();
    }

    @Test
    void flushNoteWithNothingPendingSavesNothing() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);

        viewModel.flushNote();

        assertThat(fixture.jobsRun()).isZero();
        assertThat(fixture.activityCount(ActivityKind.ITEM_NOTE_CHANGED, FIRST_STEP)).isZero();

        // Once the scheduled save has run, there is nothing left to flush either.
        viewModel.noteProperty().set("Started");
        scheduler.runPending();
        viewModel.flushNote();

        assertThat(fixture.jobsRun()).isEqualTo(1);
        assertThat(fixture.activityCount(ActivityKind.ITEM_NOTE_CHANGED, FIRST_STEP)).isEqualTo(1);
    }

    @Test
    void flushNoteSavesAPendingNoteAtOnceAndOnlyOnce() {
        viewModel.selectedItemIdProperty().set(FIRST_STEP);
        viewModel.noteProperty().set("Closing the window now");
        Scheduled pending = scheduler.pending().get(0);

        viewModel.flushNote();
        viewModel.flushNote();

        assertThat(pending.isCancelled()).isTrue();
        assertThat(noteOnDisk(FIRST_STEP)).isEqualTo("Closing the window now");
        assertThat(fixture.jobsRun()).isEqualTo(1);
        assertThat(viewModel.noteStatusProperty().get()).isEqualTo("Saved");
    }

    @Test
    void aNoteThatCannotBeSavedSaysSoAndReportsTheError() {
        viewModel.selectedItemIdProperty().set("no-such-item");
        viewModel.noteProperty().set("lost");

        scheduler.runPending();

        assertThat(viewModel.noteStatusProperty().get()).isEqualTo("Not saved");
        assertThat(fixture.errors).singleElement().isInstanceOf(IllegalArgumentException.class);
    }

    // Saves that are still on their way when the selection moves (production saves are asynchronous)

    /** A second checklist on the given fixture, whose saves wait until the test runs its store executor. */
    private ChecklistViewModel asyncViewModel(ViewModelFixture async) {
        return new ChecklistViewModel(async.session, scheduler);
    }

    @Test
    void aNoteFlushedOnSelectionChangeIsSavedOnceTheStoreRuns() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture async = ViewModelFixture.open(tempDir.resolve("async"), store)) {
            ChecklistViewModel checklist = asyncViewModel(async);
            checklist.selectedItemIdProperty().set(FIRST_STEP);
            checklist.noteProperty().set("Picked Kotlin");

            checklist.selectedItemIdProperty().set(SECOND_STEP);
            assertThat(store.queued()).isEqualTo(1);
            assertThat(async.reload().progressOf(FIRST_STEP).note()).isEmpty();

            store.runAll();

            assertThat(async.reload().progressOf(FIRST_STEP).note()).isEqualTo("Picked Kotlin");
            assertThat(async.session.state().progressOf(FIRST_STEP).note()).isEqualTo("Picked Kotlin");
            assertThat(checklist.noteProperty().get()).isEmpty();
        }
    }

    @Test
    void theStatusOfANoteSavedAfterTheSelectionMovedIsNotShownBesideTheNextItem() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture async = ViewModelFixture.open(tempDir.resolve("async"), store)) {
            ChecklistViewModel checklist = asyncViewModel(async);
            checklist.selectedItemIdProperty().set(FIRST_STEP);
            checklist.noteProperty().set("Picked Kotlin");
            checklist.selectedItemIdProperty().set(SECOND_STEP);
            assertThat(checklist.noteStatusProperty().get()).isEmpty();

            store.runAll();

            assertThat(async.reload().progressOf(FIRST_STEP).note()).isEqualTo("Picked Kotlin");
            assertThat(checklist.noteStatusProperty().get()).as("status beside the second item's untouched note")
                    .isEmpty();
        }
    }

    @Test
    void aNoteThatFailsAfterTheSelectionMovedDoesNotMarkTheNextItemNotSaved() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture async = ViewModelFixture.open(tempDir.resolve("async"), store)) {
            ChecklistViewModel checklist = asyncViewModel(async);
            checklist.selectedItemIdProperty().set("no-such-item");
            checklist.noteProperty().set("lost");
            checklist.selectedItemIdProperty().set(SECOND_STEP);

            store.runAll();

            assertThat(async.errors).hasSize(1);
            assertThat(checklist.noteStatusProperty().get()).as("status beside the second item's untouched note")
                    .isEmpty();
        }
    }

    @Test
    void reselectingAnItemWhoseNoteIsStillSavingEndsUpShowingTheSavedNote() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture async = ViewModelFixture.open(tempDir.resolve("async"), store)) {
            ChecklistViewModel checklist = asyncViewModel(async);
            checklist.selectedItemIdProperty().set(FIRST_STEP);
            checklist.noteProperty().set("Picked Kotlin");
            checklist.selectedItemIdProperty().set(SECOND_STEP);
            checklist.selectedItemIdProperty().set(FIRST_STEP);

            store.runAll();

            assertThat(async.reload().progressOf(FIRST_STEP).note()).isEqualTo("Picked Kotlin");
            assertThat(checklist.detailProperty().get().progress().note()).isEqualTo("Picked Kotlin");
            assertThat(checklist.noteProperty().get()).as("the note editor of the selected item")
                    .isEqualTo("Picked Kotlin");
        }
    }
}
