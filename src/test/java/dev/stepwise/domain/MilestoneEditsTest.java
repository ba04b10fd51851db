package dev.stepwise.domain;

import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.SQL_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MilestoneEditsTest {
    private static final LocalDate DUE = LocalDate.of(2026, 5, 1);
    private final LearningPath path = TestPaths.backendPath();

    @Test
    void aNewMilestoneGetsAnIdFromItsTitleAndKeepsItsItemsInOrderOnce() {
        Milestone first = MilestoneEdits.newMilestone(path, "  Week 4 — first API deployed ", DUE, List.of(SQL_STEP, LANG, SQL_STEP));
        LearningPath added = MilestoneEdits.addMilestone(path, first);
        Milestone second = MilestoneEdits.newMilestone(added, "Week 4 — first API deployed", DUE, List.of());

        assertThat(added.milestones()).singleElement().satisfies(milestone -> {
            assertThat(milestone.id()).isEqualTo("week-4-first-api-deployed");
            assertThat(milestone.title()).isEqualTo("Week 4 — first API deployed");
            assertThat(milestone.itemIds()).containsExactly(SQL_STEP, LANG);
        });
        assertThat(second.id()).isEqualTo("week-4-first-api-deployed-2");
        assertThat(added.sections()).isSameAs(path.sections());
    }

    @Test
    void editingChangesTitleDateAndItemsAndKeepsTheId() {
        LearningPath added = MilestoneEdits.addMilestone(path, new Milestone("m", "Week 1", DUE, List.of(LANG)));
        LearningPath edited = MilestoneEdits.editMilestone(added, "m", "Week 2", DUE.plusDays(7), List.of(SQL_STEP));

        assertThat(edited.milestone("m")).contains(new Milestone("m", "Week 2", DUE.plusDays(7), List.of(SQL_STEP)));
        assertThat(MilestoneEdits.editMilestone(edited, "m", "Week 2", DUE.plusDays(7), List.of(SQL_STEP))).isSameAs(edited);
        assertThat(MilestoneEdits.removeMilestone(edited, "m").milestones()).isEmpty();
    }

    @Test
    void impossibleMilestonesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> MilestoneEdits.addMilestone(path, new Milestone("m", " \u200B ", DUE, List.of())))
                .isInstanceOf(InvalidEditException.class)
                .satisfies(e -> assertThat(((InvalidEditException) e).explanation().key()).isEqualTo("text.empty"));
        assertThatThrownBy(() -> MilestoneEdits.addMilestone(path, new Milestone("m", "x".repeat(301), DUE, List.of())))
                .satisfies(e -> assertThat(((InvalidEditException) e).explanation().key()).isEqualTo("text.tooLong"));
        assertThatThrownBy(() -> MilestoneEdits.addMilestone(path, new Milestone("m", "Week", DUE, List.of("no-such-item"))))
                .satisfies(e -> assertThat(((InvalidEditException) e).explanation().key()).isEqualTo("edit.noItem"));
        assertThatThrownBy(() -> MilestoneEdits.addMilestone(path, new Milestone("m", "Week", LocalDate.of(3000, 1, 1), List.of())))
                .satisfies(e -> assertThat(((InvalidEditException) e).explanation().key()).isEqualTo("date.outOfRange"));
        assertThatThrownBy(() -> MilestoneEdits.newMilestone(path, "Week", null, List.of()))
                .satisfies(e -> assertThat(((InvalidEditException) e).explanation().key()).isEqualTo("edit.milestoneNeedsDate"));
        assertThatThrownBy(() -> MilestoneEdits.editMilestone(path, "gone", "Week", DUE, List.of()))
                .satisfies(e -> assertThat(((InvalidEditException) e).explanation().key()).isEqualTo("edit.noMilestone"));
        LearningPath added = MilestoneEdits.addMilestone(path, new Milestone("m", "Week", DUE, List.of()));
        assertThatThrownBy(() -> MilestoneEdits.addMilestone(added, new Milestone("m", "Again", DUE, List.of())))
                .satisfies(e -> assertThat(((InvalidEditException) e).explanation().key()).isEqualTo("edit.milestoneIdTaken"));
    }

    @Test
    void anItemsOwnDateIsSetAndClearedAndAnImpossibleOneRefused() {
        LearningPath dated = MilestoneEdits.setItemDue(path, LANG, DUE);
        assertThat(dated.item(LANG).orElseThrow().targetDate()).isEqualTo(DUE);
        assertThat(MilestoneEdits.setItemDue(dated, LANG, null).item(LANG).orElseThrow().targetDate()).isNull();
        assertThatThrownBy(() -> MilestoneEdits.setItemDue(path, LANG, LocalDate.of(1969, 12, 31)))
                .isInstanceOf(InvalidEditException.class);
        assertThatThrownBy(() -> MilestoneEdits.setItemDue(path, "nope", DUE)).isInstanceOf(InvalidEditException.class);
    }

    @Test
    void deletingAnItemTakesItOutOfItsMilestonesWhicheverEditDidIt() {
        LearningPath added = MilestoneEdits.addMilestone(path, new Milestone("m", "Week", DUE, List.of(LANG, SQL_STEP)));
        LearningPath removed = PathEdits.removeItem(added, LANG);
        assertThat(removed.milestone("m").orElseThrow().itemIds()).containsExactly(SQL_STEP);
        LearningPath sectionGone = PathEdits.removeSection(added, "steps");
        assertThat(sectionGone.milestone("m").orElseThrow().itemIds()).isEmpty();
        LearningPath archived = PathEdits.archiveItem(added, LANG, java.time.Instant.EPOCH);
        assertThat(archived.milestone("m").orElseThrow().itemIds()).as("an archived item stays held").contains(LANG);
    }

    @Test
    void anEditKeepsAnArchivedItemAndTheMilestonesOwnOrder() {
        LearningPath added = MilestoneEdits.addMilestone(path, new Milestone("m", "Week 1", DUE, List.of(SQL_STEP, LANG)));
        LearningPath archived = PathEdits.archiveItem(added, LANG, Instant.parse("2026-04-01T10:00:00Z"));
        List<String> listed = archived.sections().stream().flatMap(section -> section.items().stream()).map(Item::id).toList();
        assertThat(listed).doesNotContain(LANG);

        List<String> kept = MilestoneEdits.afterTicking(archived.milestone("m").orElseThrow(), listed, Set.of(SQL_STEP));
        LearningPath renamed = MilestoneEdits.editMilestone(archived, "m", "Week 1 — basics", DUE, kept);

        assertThat(renamed.milestone("m").orElseThrow().itemIds()).containsExactly(SQL_STEP, LANG);
        assertThat(MilestoneEdits.afterTicking(null, List.of("b", "a"), Set.of("a", "b"))).containsExactly("b", "a");
        assertThat(MilestoneEdits.afterTicking(new Milestone("x", "X", DUE, List.of("a", "b")), List.of("b", "a", "c"),
                Set.of("c", "a"))).as("b unticked, c added after the held ones").containsExactly("a", "c");
    }
}
