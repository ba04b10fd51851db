package dev.stepwise.ui.checklist;

import static dev.stepwise.fixtures.FixturePath.BACKGROUND;
import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.STEPS;
import static dev.stepwise.fixtures.FixturePath.WORK_EXPERIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.Section;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.FakeScheduler;
import dev.stepwise.ui.checklist.ChecklistRow.ArchiveRow;
import dev.stepwise.ui.checklist.ChecklistRow.ItemRow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist's editing commands, through the real services and file: what the list shows and what is on disk. */
class ChecklistEditorTest {
    @TempDir
    Path tempDir;
    ViewModelFixture fixture;
    ChecklistViewModel viewModel;
    ChecklistEditor editor;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        viewModel = new ChecklistViewModel(fixture.session, new FakeScheduler());
        editor = viewModel.editor();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> itemsOf(String sectionId) {
        return fixture.reload().path().section(sectionId).orElseThrow().items().stream().map(Item::id).toList();
    }

    private List<String> rowKeys() {
        return viewModel.rows().stream().map(ChecklistRow::key).toList();
    }

    @Test
    void anItemAddedGoesRightBelowTheSelectedOneAndIsSelected() {
        viewModel.selectedItemIdProperty().set(LEARN_SQL);

        editor.addItem("Learn Docker");

        assertThat(itemsOf(STEPS)).containsExactly(LEARN_LANGUAGE, LEARN_SQL, "learn-docker", BUILD_API, DEPLOY);
        assertThat(viewModel.selectedItemIdProperty().get()).isEqualTo("learn-docker");
        assertThat(viewModel.detailProperty().get().item().title()).isEqualTo("Learn Docker");
        assertThat(rowKeys()).containsSubsequence("item:" + LEARN_SQL, "item:learn-docker", "item:" + BUILD_API);
        assertThat(fixture.activityCount(ActivityKind.ITEM_ADDED, "learn-docker")).isEqualTo(1);
    }

    @Test
    void withNothingSelectedAnItemGoesAtTheEndOfTheFirstSection() {
        editor.addItem("Read the docs");

        assertThat(itemsOf(STEPS)).endsWith("read-the-docs");
    }

    @Test
    void renamingChangesTheRowAndTheDetail() {
        viewModel.selectedItemIdProperty().set(LEARN_SQL);

        editor.renameItem(LEARN_SQL, "Learn SQL properly");

        assertThat(viewModel.rows()).filteredOn(ItemRow.class::isInstance).map(row -> ((ItemRow) row).item())
                .filteredOn(item -> item.id().equals(LEARN_SQL)).singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Learn SQL properly"));
        assertThat(viewModel.detailProperty().get().item().title()).isEqualTo("Learn SQL properly");
        assertThat(fixture.reload().path().item(LEARN_SQL).orElseThrow().title()).isEqualTo("Learn SQL properly");
    }

    @Test
    void aBlankTitleIsRefusedAndNothingChanges() {
        int before = fixture.activityCount();

        assertThatThrownBy(() -> editor.renameItem(LEARN_SQL, " \u00A0 "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be empty");

        assertThat(fixture.activityCount()).isEqualTo(before);
    }

    @Test
    void nudgingMovesOnePlaceAndCrossesIntoTheNextSectionAtTheEdge() {
        editor.nudgeItem(LEARN_LANGUAGE, 1);
        assertThat(itemsOf(STEPS)).containsExactly(LEARN_SQL, LEARN_LANGUAGE, BUILD_API, DEPLOY);

        editor.nudgeItem(DEPLOY, 1);
        assertThat(itemsOf(STEPS)).containsExactly(LEARN_SQL, LEARN_LANGUAGE, BUILD_API);
        assertThat(itemsOf(BACKGROUND)).containsExactly(DEPLOY, CS_DEGREE, WORK_EXPERIENCE);
        assertThat(fixture.activityCount(ActivityKind.ITEM_MOVED, DEPLOY)).isEqualTo(1);
    }

    @Test
    void droppingOnTheUpperOrLowerHalfOfARowPutsTheItemBeforeOrAfterIt() {
        editor.moveNextTo(LEARN_LANGUAGE, BUILD_API, false);
        assertThat(itemsOf(STEPS)).containsExactly(LEARN_SQL, LEARN_LANGUAGE, BUILD_API, DEPLOY);

        editor.moveNextTo(LEARN_LANGUAGE, BUILD_API, true);
        assertThat(itemsOf(STEPS)).containsExactly(LEARN_SQL, BUILD_API, LEARN_LANGUAGE, DEPLOY);

        editor.moveNextTo(DEPLOY, CS_DEGREE, false);
        assertThat(itemsOf(BACKGROUND)).containsExactly(DEPLOY, CS_DEGREE, WORK_EXPERIENCE);

        editor.moveToSectionStart(WORK_EXPERIENCE, STEPS);
        assertThat(itemsOf(STEPS)).startsWith(WORK_EXPERIENCE);
    }

    @Test
    void onlyAnItemWithProgressNeedsAQuestionBeforeItIsDeleted() {
        assertThat(editor.deletingLosesProgress(LEARN_SQL)).isFalse();
        viewModel.setStatus(LEARN_SQL, ItemStatus.LEARNING);
        assertThat(editor.deletingLosesProgress(LEARN_SQL)).isTrue();
        viewModel.selectedItemIdProperty().set(LEARN_SQL);

        editor.deleteItem(LEARN_SQL);

        assertThat(itemsOf(STEPS)).doesNotContain(LEARN_SQL);
        // The selection moves to the row that took its place; the detail never shows the deleted item.
        assertThat(viewModel.selectedItemIdProperty().get()).isEqualTo(BUILD_API);
        assertThat(viewModel.detailProperty().get().item().id()).isEqualTo(BUILD_API);
        assertThat(fixture.reload().items()).doesNotContainKey(LEARN_SQL);
    }

    @Test
    void sectionsCanBeAddedRenamedMovedAndDeleted() {
        editor.addSection("Projects", STEPS);
        assertThat(fixture.reload().path().sections()).extracting(Section::id)
                .containsExactly(STEPS, "projects", BACKGROUND, "practice");
        assertThat(rowKeys()).as("an empty section still shows its heading").contains("section:projects");

        editor.renameSection("projects", "Portfolio projects");
        editor.moveSection("projects", 1);
        assertThat(fixture.reload().path().sections()).extracting(Section::title)
                .containsExactly("Steps", "Background", "Portfolio projects", "Practice");

        assertThat(editor.deletingSectionLosesProgress(BACKGROUND)).isFalse();
        viewModel.setStatus(CS_DEGREE, ItemStatus.DONE);
        assertThat(editor.deletingSectionLosesProgress(BACKGROUND)).isTrue();
        editor.deleteSection(BACKGROUND);

        assertThat(fixture.reload().path().section(BACKGROUND)).isEmpty();
        assertThat(fixture.reload().items()).doesNotContainKey(CS_DEGREE);
        assertThat(fixture.activityCount(ActivityKind.SECTION_DELETED, BACKGROUND)).isEqualTo(1);
    }

    @Test
    void archivedItemsAreListedAfterTheSectionsAndCanBeRestored() {
        viewModel.setStatus(CS_DEGREE, ItemStatus.DONE);
        fixture.session.edit(new PathChange(ActivityKind.ITEM_ARCHIVED, CS_DEGREE, "archived",
                path -> PathEdits.archiveItem(path, CS_DEGREE, Instant.parse("2026-01-01T00:00:00Z"))));

        assertThat(rowKeys()).endsWith("archive", "item:" + CS_DEGREE);
        assertThat(viewModel.rows()).filteredOn(ArchiveRow.class::isInstance).singleElement()
                .satisfies(row -> assertThat(((ArchiveRow) row).count()).isEqualTo(1));
        viewModel.selectedItemIdProperty().set(CS_DEGREE);
        assertThat(viewModel.detailProperty().get().archived()).isTrue();
        assertThat(viewModel.shownSummaryProperty().get()).as("archived items leave the counts").isEqualTo("7 items");

        editor.restoreItem(CS_DEGREE);

        assertThat(rowKeys()).doesNotContain("archive");
        assertThat(itemsOf(BACKGROUND)).endsWith(CS_DEGREE);
        assertThat(viewModel.detailProperty().get().archived()).isFalse();
        assertThat(fixture.session.state().statusOf(CS_DEGREE)).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void aSectionDraggedOntoAnotherGoesBeforeItAndTheSelectedItemsSectionMovesByKey() {
        editor.moveSectionBefore("practice", STEPS);
        assertThat(fixture.reload().path().sections()).extracting(Section::id).containsExactly("practice", STEPS, BACKGROUND);

        viewModel.selectedItemIdProperty().set(CS_DEGREE);
        editor.moveSelectedSection(-1);
        assertThat(fixture.reload().path().sections()).extracting(Section::id).containsExactly("practice", BACKGROUND, STEPS);

        editor.moveSelectedSection(-1);
        editor.moveSelectedSection(-1);
        assertThat(fixture.reload().path().sections()).extracting(Section::id)
                .as("at the top it stays").containsExactly(BACKGROUND, "practice", STEPS);
        assertThat(fixture.activityCount(ActivityKind.SECTION_MOVED, BACKGROUND)).isEqualTo(2);
    }
}
