package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Milestones and item dates through the real content service on a real file: each edit is one transaction with one
 * activity row, survives a restart, is undone and redone exactly, and a refused edit writes nothing.
 */
class MilestoneServiceTest {
    private static final String ID = SamplePaths.ID;
    private static final String FIRST = SamplePaths.FIRST;
    private static final String SECOND = SamplePaths.SECOND;
    private static final LocalDate DUE = LocalDate.of(2026, 4, 24);

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc("2026-03-01T10:00:00Z");
        reopen();
    }

    private void reopen() {
        if (stepwise != null) {
            stepwise.close();
        }
        stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock);
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private static LearningPath edit(Stepwise s, ActivityKind kind, String subject, UnaryOperator<LearningPath> edit) {
        return s.content().edit(ID, new PathChange(kind, subject, "test " + kind, edit));
    }

    private static void addWeek4(Stepwise s) {
        edit(s, ActivityKind.MILESTONE_ADDED, "week-4", path -> MilestoneEdits.addMilestone(path,
                new Milestone("week-4", "Week 4", DUE, List.of(SECOND, FIRST))));
    }

    private LearningPath stored() {
        return stepwise.progress().load(ID).path();
    }

    @Test
    void anAddedMilestoneIsStoredWithItsItemsInOrderAndOneActivityRowAndSurvivesARestart() {
        long activityBefore = Probe.count(file, "activity");
        addWeek4(stepwise);

        assertThat(Probe.count(file, "activity")).isEqualTo(activityBefore + 1);
        assertThat(Probe.text(file, "SELECT kind FROM activity ORDER BY id DESC LIMIT 1")).isEqualTo("MILESTONE_ADDED");
        assertThat(Probe.rows(file, "SELECT id, title, due FROM milestone")).containsExactly(List.of("week-4", "Week 4", "2026-04-24"));
        reopen();
        assertThat(stored().milestones()).containsExactly(new Milestone("week-4", "Week 4", DUE, List.of(SECOND, FIRST)));
    }

    @Test
    void editingAndDeletingWriteOnlyTheMilestonesRows() {
        addWeek4(stepwise);
        edit(stepwise, ActivityKind.MILESTONE_EDITED, "week-4",
                path -> MilestoneEdits.editMilestone(path, "week-4", "Week 5", DUE.plusDays(7), List.of(FIRST)));
        assertThat(stored().milestone("week-4")).contains(new Milestone("week-4", "Week 5", DUE.plusDays(7), List.of(FIRST)));
        assertThat(Probe.column(file, "SELECT item_id FROM milestone_item")).containsExactly(FIRST);

        edit(stepwise, ActivityKind.MILESTONE_DELETED, "week-4", path -> MilestoneEdits.removeMilestone(path, "week-4"));
        assertThat(stored().milestones()).isEmpty();
        assertThat(Probe.count(file, "milestone_item")).isZero();
        assertThat(stored().item(FIRST)).as("its items stay").isPresent();
    }

    @Test
    void anItemsOwnDateIsSetAndCleared() {
        edit(stepwise, ActivityKind.ITEM_DUE_CHANGED, SECOND, path -> MilestoneEdits.setItemDue(path, SECOND, DUE));
        assertThat(Probe.text(file, "SELECT target_date FROM item WHERE id = ?", SECOND)).isEqualTo("2026-04-24");
        edit(stepwise, ActivityKind.ITEM_DUE_CHANGED, SECOND, path -> MilestoneEdits.setItemDue(path, SECOND, null));
        assertThat(stored().item(SECOND).orElseThrow().targetDate()).isNull();
    }

    @Test
    void deletingAnItemTakesItOutOfItsMilestoneOnDiskToo() {
        addWeek4(stepwise);
        edit(stepwise, ActivityKind.ITEM_DELETED, SECOND, path -> PathEdits.removeItem(path, SECOND));
        assertThat(Probe.column(file, "SELECT item_id FROM milestone_item")).containsExactly(FIRST);
        assertThat(stored().milestone("week-4").orElseThrow().itemIds()).containsExactly(FIRST);
        assertThat(Probe.rows(file, "PRAGMA foreign_key_check")).isEmpty();
    }

    @Test
    void aRefusedEditChangesNothing() {
        addWeek4(stepwise);
        Snapshot before = Snapshot.of(file);
        assertThatThrownBy(() -> edit(stepwise, ActivityKind.MILESTONE_EDITED, "week-4",
                path -> MilestoneEdits.editMilestone(path, "week-4", "  ", DUE, List.of(FIRST))))
                .isInstanceOf(InvalidEditException.class);
        assertThatThrownBy(() -> edit(stepwise, ActivityKind.MILESTONE_EDITED, "week-4",
                path -> MilestoneEdits.editMilestone(path, "week-4", "Week 4", DUE, List.of("no-such-item"))))
                .isInstanceOf(InvalidEditException.class);
        assertThatThrownBy(() -> edit(stepwise, ActivityKind.ITEM_DUE_CHANGED, FIRST,
                path -> MilestoneEdits.setItemDue(path, FIRST, LocalDate.of(3001, 1, 1))))
                .isInstanceOf(InvalidEditException.class);
        assertThat(before.changesTo(Snapshot.of(file))).isEmpty();
    }

    static Stream<Arguments> milestoneChanges() {
        return Stream.of(
                UndoableChange.named("milestone added", s -> { }, MilestoneServiceTest::addWeek4),
                UndoableChange.named("milestone edited", MilestoneServiceTest::addWeek4,
                        s -> edit(s, ActivityKind.MILESTONE_EDITED, "week-4", path -> MilestoneEdits.editMilestone(path,
                                "week-4", "Week 5", DUE.plusDays(3), List.of(FIRST, SamplePaths.THIRD)))),
                UndoableChange.named("milestone deleted", MilestoneServiceTest::addWeek4,
                        s -> edit(s, ActivityKind.MILESTONE_DELETED, "week-4", path -> MilestoneEdits.removeMilestone(path, "week-4"))),
                UndoableChange.named("item in a milestone deleted", MilestoneServiceTest::addWeek4,
                        s -> edit(s, ActivityKind.ITEM_DELETED, FIRST, path -> PathEdits.removeItem(path, FIRST))),
                UndoableChange.named("item date set", s -> { },
                        s -> edit(s, ActivityKind.ITEM_DUE_CHANGED, SECOND, path -> MilestoneEdits.setItemDue(path, SECOND, DUE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("milestoneChanges")
    void undoGivesBackExactlyTheDataBeforeAndRedoTheDataAfter(UndoableChange kind) {
        kind.setUp().accept(stepwise);
        clock.advance(Duration.ofMinutes(5));
        kind.assertUndoesAndRedoes(file, stepwise, () -> {
            reopen();
            return stepwise;
        });
    }

    @Test
    void aPathFileExportCarriesTheMilestonesAndAnImportAsANewPathBringsThemAlong() {
        addWeek4(stepwise);
        String exported = stepwise.pathFiles().export(ID);
        assertThat(exported).contains("\"formatVersion\" : 2", "\"milestones\"", "week-4");

        LearningPath read = new PathFileReader().read("exported.json",
                new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        stepwise.pathFiles().importPath(read, true);
        assertThat(Probe.rows(file, "SELECT path_id, id, due FROM milestone ORDER BY path_id"))
                .hasSize(2).allSatisfy(row -> assertThat(row.subList(1, 3)).containsExactly("week-4", "2026-04-24"));
        assertThat(Probe.count(file, "milestone_item")).isEqualTo(4);
    }
}
