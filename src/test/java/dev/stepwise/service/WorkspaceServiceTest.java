package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.HeldProgress;
import dev.stepwise.domain.ItemEdits;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.Progress;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillEdits;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace of several paths through the service over a real database: create, fork with and without
 * progress, the list with progress, what a delete would lose, and delete — each one transaction with its event.
 */
class WorkspaceServiceTest {
    private static final String BUNDLED = SamplePaths.ID;
    private static final String FIRST = SamplePaths.FIRST;
    private static final String SECOND = SamplePaths.SECOND;
    private static final String THIRD = SamplePaths.THIRD;
    private static final Instant START = Instant.parse("2026-03-01T10:00:00.000000000Z");
    private static final Instant ARCHIVED_AT = Instant.parse("2026-03-02T08:00:00.000000000Z");

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;
    private WorkspaceService workspace;
    private ProgressService progress;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc(START.toString());
        reopen(List.of(SamplePaths.sample()));
    }

    private void reopen(List<LearningPath> bundled) {
        if (stepwise != null) {
            stepwise.close();
        }
        stepwise = Stepwise.open(file, bundled, clock);
        workspace = stepwise.workspace();
        progress = stepwise.progress();
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private Instant tick() {
        clock.advance(Duration.ofMinutes(1));
        return clock.instant();
    }

    private void edit(String pathId, ActivityKind kind, UnaryOperator<LearningPath> edit) {
        stepwise.content().edit(pathId, new PathChange(kind, pathId, "test edit", edit));
    }

    private List<List<String>> activityOf(String pathId) {
        return Probe.rows(file, "SELECT at, kind, subject_id, payload FROM activity WHERE path_id = ? ORDER BY id", pathId);
    }

    /** Every table holding rows of the path, with how many: "item 3". */
    private List<String> rowsOf(String pathId) {
        List<String> found = new ArrayList<>();
        for (String table : Probe.dataTables(file)) {
            String column = table.equals("path") ? "id" : "path_id";
            if (Probe.column(file, "SELECT name FROM pragma_table_info(?)", table).contains(column)) {
                String count = Probe.text(file, "SELECT count(*) FROM " + table + " WHERE " + column + " = ?", pathId);
                if (!count.equals("0")) {
                    found.add(table + " " + count);
                }
            }
        }
        return found;
    }

    /**
     * Progress of every kind on the bundled path: each status, a note, ticks, two ratings at the same instant (the
     * later one is current), a rating with a note a day later, targets, answers; then the skipped item is archived.
     */
    private void everyKindOfProgress() {
        progress.setStatus(BUNDLED, FIRST, ItemStatus.LEARNING);
        tick();
        progress.setStatus(BUNDLED, FIRST, ItemStatus.DONE);
        progress.saveNote(BUNDLED, FIRST, "Read the whole book");
        progress.setSubItemDone(BUNDLED, FIRST, "z-sub", true);
        progress.setSubItemDone(BUNDLED, FIRST, "m-sub", true);
        progress.setStatus(BUNDLED, SECOND, ItemStatus.SKIPPED);
        progress.setStatus(BUNDLED, THIRD, ItemStatus.LEARNING);
        progress.saveNote(BUNDLED, THIRD, "Sketching");
        progress.setSubItemDone(BUNDLED, THIRD, "only-sub", true);
        progress.rate(BUNDLED, SamplePaths.API, Level.TEACHES, "first thought");
        progress.rate(BUNDLED, SamplePaths.SQL, Level.GUIDED, "after the course");
        // Another skill rated in between, so this is a second rating of the first, not the same rating session.
        progress.rate(BUNDLED, SamplePaths.API, Level.AWARE, "second thought, same instant");
        tick();
        progress.setTarget(BUNDLED, SamplePaths.SQL, Level.TEACHES);
        progress.setTarget(BUNDLED, SamplePaths.TALK, Level.GUIDED);
        progress.answerSelfCheck(BUNDLED, "z-check", SelfCheckAnswer.AGREE);
        progress.answerSelfCheck(BUNDLED, "a-check", SelfCheckAnswer.NOT_SURE);
        edit(BUNDLED, ActivityKind.ITEM_ARCHIVED, path -> PathEdits.archiveItem(path, SECOND, ARCHIVED_AT));
        tick();
    }

    // --- create ----------------------------------------------------------------------------------------------

    @Test
    void createMakesAnEmptyPathOfTheLearnersOwnWithOneStepsSection() {
        Snapshot was = Snapshot.of(file);
        Instant now = tick();

        PathSummary created = workspace.create("  Learn Docker ");

        assertThat(created).isEqualTo(new PathSummary("learn-docker", "Learn Docker", PathOrigin.OWN, Progress.NONE));
        assertThat(progress.load("learn-docker").path()).isEqualTo(new LearningPath("learn-docker", 1, "Learn Docker", "", "",
                List.of(), List.of(), List.of(new Section("steps", SectionKind.STEPS, "Steps", "", List.of())), List.of()));
        assertThat(Probe.rows(file, "SELECT origin, installed_at FROM path WHERE id = 'learn-docker'"))
                .containsExactly(List.of("OWN", Probe.stamp(now)));
        assertThat(activityOf("learn-docker"))
                .containsExactly(List.of(Probe.stamp(now), "PATH_CREATED", "learn-docker",
                        Probe.json("{'title':'Learn Docker','source':''}")));
        assertThat(was.changesTo(Snapshot.of(file))).hasSize(3)
                .contains("+path learn-docker", "+section learn-docker/steps").anyMatch(row -> row.startsWith("+activity "));
        assertThat(rowsOf("learn-docker")).as("no upstream base for a path of one's own")
                .containsExactlyInAnyOrder("path 1", "section 1", "activity 1");
    }

    @Test
    void theSameTitleAgainGetsANumberedIdAndATitleWithoutLettersAFallback() {
        // A minute apart, so the list below is in creation order (paths made at the same instant list by id).
        tick();
        assertThat(workspace.create("Learn Docker").id()).isEqualTo("learn-docker");
        tick();
        assertThat(workspace.create("Learn docker!").id()).isEqualTo("learn-docker-2");
        tick();
        assertThat(workspace.create("LEARN DOCKER").id()).isEqualTo("learn-docker-3");
        tick();
        assertThat(workspace.create("Sample path").id()).as("the bundled path's id is taken").isEqualTo("sample-path-2");
        tick();
        assertThat(workspace.create("¿¡!").id()).isEqualTo("path");

        assertThat(workspace.summaries()).extracting(PathSummary::id)
                .containsExactly(BUNDLED, "learn-docker", "learn-docker-2", "learn-docker-3", "sample-path-2", "path");
        assertThat(workspace.summaries()).extracting(PathSummary::title).contains("Learn docker!", "LEARN DOCKER", "¿¡!");
    }

    @Test
    void aBlankTitleIsRefusedAndWritesNothing() {
        Snapshot was = Snapshot.of(file);

        assertThatThrownBy(() -> workspace.create(" \u200B ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title cannot be empty");
        assertThatThrownBy(() -> workspace.fork(BUNDLED, "", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title cannot be empty");
        assertThatThrownBy(() -> workspace.fork("no-such-path", "Copy", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-path");

        assertThat(Snapshot.of(file)).isEqualTo(was);
    }

    // --- fork ------------------------------------------------------------------------------------------------

    /** The rows of one progress table for the path, without the path id, in a stable order. */
    private List<List<String>> progressRows(String table, String columns, String pathId) {
        return Probe.rows(file, "SELECT " + columns + " FROM " + table + " WHERE path_id = ? ORDER BY " + columns, pathId);
    }

    private static final Map<String, String> PROGRESS_COLUMNS = Map.of(
            "item_progress", "item_id, status, note, started_on, done_on, updated_at",
            "sub_item_progress", "item_id, sub_item_id, done_at",
            "skill_target", "skill_id, target_level, updated_at",
            "self_check_answer", "check_id, answer, answered_at");

    @Test
    void aForkWithProgressCopiesEveryStatusNoteTickRatingTargetAnswerAndTheArchive() {
        everyKindOfProgress();
        PathState source = progress.load(BUNDLED);
        Instant now = tick();

        PathSummary fork = workspace.fork(BUNDLED, "My SQL path", true);

        assertThat(fork).isEqualTo(new PathSummary("my-sql-path", "My SQL path", PathOrigin.OWN, new Progress(1, 2, 0)));
        PathState copy = progress.load("my-sql-path");
        LearningPath content = source.path();
        assertThat(copy.path()).isEqualTo(new LearningPath("my-sql-path", 1, "My SQL path", content.tagline(), content.overview(),
                content.industries(), content.skills(), content.sections(), content.selfChecks(), content.archived()));
        assertThat(copy.path().archived()).extracting(entry -> entry.id(), entry -> entry.sectionId(), entry -> entry.archivedAt())
                .containsExactly(tuple(SECOND, "z-steps", ARCHIVED_AT));
        assertThat(copy.items()).isEqualTo(source.items()).hasSize(3);
        assertThat(copy.skills()).isEqualTo(source.skills()).hasSize(3);
        assertThat(copy.skillProgressOf(SamplePaths.API).current()).as("the later of two same-instant ratings").isEqualTo(Level.AWARE);
        assertThat(copy.selfCheckAnswers()).isEqualTo(source.selfCheckAnswers()).hasSize(2);
        // On disk, every date and time comes along unchanged, and the ratings keep the order they were made in.
        PROGRESS_COLUMNS.forEach((table, columns) -> assertThat(progressRows(table, columns, "my-sql-path")).as(table)
                .isEqualTo(progressRows(table, columns, BUNDLED)).isNotEmpty());
        String ratings = "SELECT skill_id, level, rated_at, note FROM skill_rating WHERE path_id = ? ORDER BY id";
        assertThat(Probe.rows(file, ratings, "my-sql-path")).isEqualTo(Probe.rows(file, ratings, BUNDLED)).hasSize(3);
        assertThat(Probe.text(file, "SELECT origin FROM path WHERE id = 'my-sql-path'")).isEqualTo("OWN");
        assertThat(activityOf("my-sql-path"))
                .containsExactly(List.of(Probe.stamp(now), "PATH_FORKED", BUNDLED,
                        Probe.json("{'title':'My SQL path','source':'Sample path'}")));
        assertThat(progress.load(BUNDLED)).as("the source is untouched").isEqualTo(source);
    }

    @Test
    void aForkWithoutProgressStartsFreshAndLeavesTheArchiveBehind() {
        everyKindOfProgress();
        PathState source = progress.load(BUNDLED);

        PathSummary fork = workspace.fork(BUNDLED, "Fresh start", false);

        assertThat(fork).isEqualTo(new PathSummary("fresh-start", "Fresh start", PathOrigin.OWN, new Progress(0, 2, 0)));
        PathState copy = progress.load("fresh-start");
        assertThat(copy.path().sections()).isEqualTo(source.path().sections());
        assertThat(copy.path().skills()).isEqualTo(source.path().skills());
        assertThat(copy.path().archived()).isEmpty();
        assertThat(copy.path().itemIds()).doesNotContain(SECOND);
        assertThat(copy.items()).isEmpty();
        assertThat(copy.skills()).isEmpty();
        assertThat(copy.selfCheckAnswers()).isEmpty();
        assertThat(rowsOf("fresh-start")).containsExactlyInAnyOrder("path 1", "path_industry 2", "self_check 2", "skill 3",
                "section 3", "item 2", "sub_item 4", "resource 2", "item_skill 5", "activity 1");
    }

    @Test
    void aForkIsIndependentOfItsSourceBothWays() {
        everyKindOfProgress();
        workspace.fork(BUNDLED, "Mine", true);
        PathState source = progress.load(BUNDLED);
        PathState fork = progress.load("mine");

        edit("mine", ActivityKind.ITEM_EDITED, path -> PathEdits.updateItem(path, FIRST, item -> ItemEdits.removeSubItem(
                item.withTitle("Renamed in the fork"), "z-sub")));
        edit("mine", ActivityKind.ITEM_DELETED, path -> PathEdits.removeItem(path, THIRD));
        edit("mine", ActivityKind.SKILL_DELETED, path -> SkillEdits.removeSkill(path, SamplePaths.API));
        progress.setSubItemDone("mine", FIRST, "a-sub", true);
        progress.rate("mine", SamplePaths.SQL, Level.TEACHES, "");
        progress.answerSelfCheck("mine", "z-check", SelfCheckAnswer.DISAGREE);

        assertThat(progress.load(BUNDLED)).isEqualTo(source);

        PathState forkNow = progress.load("mine");
        edit(BUNDLED, ActivityKind.PATH_EDITED, path -> PathEdits.withDetails(path, "Renamed source", "", ""));
        progress.setStatus(BUNDLED, FIRST, ItemStatus.NOT_STARTED);
        workspace.delete(BUNDLED);

        assertThat(progress.load("mine")).isEqualTo(forkNow).isNotEqualTo(fork);
    }

    // --- summaries and held progress ----------------------------------------------------------------------

    @Test
    void summariesListEveryPathOldestFirstWithProgressThatLeavesArchivedItemsOut() {
        progress.setStatus(BUNDLED, FIRST, ItemStatus.DONE);
        progress.setStatus(BUNDLED, SECOND, ItemStatus.SKIPPED);
        progress.setStatus(BUNDLED, THIRD, ItemStatus.DONE);
        assertThat(workspace.summaries()).containsExactly(
                new PathSummary(BUNDLED, "Sample path", PathOrigin.BUNDLED, new Progress(2, 3, 1)));

        edit(BUNDLED, ActivityKind.ITEM_ARCHIVED, path -> PathEdits.archiveItem(path, THIRD, ARCHIVED_AT));
        tick();
        workspace.create("Learn Docker");
        tick();
        workspace.fork(BUNDLED, "A copy", true);
        edit(BUNDLED, ActivityKind.PATH_EDITED, path -> PathEdits.withDetails(path, "Renamed", "", ""));

        assertThat(workspace.summaries()).containsExactly(
                new PathSummary(BUNDLED, "Renamed", PathOrigin.BUNDLED, new Progress(1, 2, 1)),
                new PathSummary("learn-docker", "Learn Docker", PathOrigin.OWN, Progress.NONE),
                new PathSummary("a-copy", "A copy", PathOrigin.OWN, new Progress(1, 2, 1)));
    }

    @Test
    void heldProgressCountsWhatDeletingThePathWouldLose() {
        assertThat(workspace.heldProgress(BUNDLED)).isEqualTo(new HeldProgress(0, 0, 0, 0, 0, 0, 0, 0));
        everyKindOfProgress();
        workspace.create("Other");

        // Learning: the third item; done: the first; notes on both; three ratings; two answers; one skipped;
        // three ticked sub-steps; two own targets.
        assertThat(workspace.heldProgress(BUNDLED)).isEqualTo(new HeldProgress(1, 1, 2, 3, 2, 1, 3, 2));
        assertThat(workspace.heldProgress("other").isEmpty()).isTrue();

        progress.saveNote(BUNDLED, FIRST, "");
        progress.setStatus(BUNDLED, THIRD, ItemStatus.DONE);
        assertThat(workspace.heldProgress(BUNDLED)).isEqualTo(new HeldProgress(0, 2, 1, 3, 2, 1, 3, 2));
    }

    // --- delete ----------------------------------------------------------------------------------------------

    @Test
    void deletingAPathDeletesEveryRowOfItAndNothingOfAnyOtherPath() {
        everyKindOfProgress();
        workspace.fork(BUNDLED, "Mine", true);
        progress.setStatus("mine", SECOND, ItemStatus.LEARNING);
        PathState fork = progress.load("mine");
        List<List<String>> forkActivity = activityOf("mine");
        List<String> forkRows = rowsOf("mine");
        assertThat(rowsOf(BUNDLED)).as("the path has rows in every table a delete must empty").extracting(row -> row.split(" ")[0])
                .containsExactlyInAnyOrder("activity", "item", "item_progress", "item_skill", "path", "path_industry",
                        "path_upstream", "resource", "section", "self_check", "self_check_answer", "skill", "skill_rating",
                        "skill_target", "sub_item", "sub_item_progress");
        Instant now = tick();

        workspace.delete(BUNDLED);

        assertThat(rowsOf(BUNDLED)).containsExactlyInAnyOrder("activity 1", "dismissed_path 1");
        assertThat(activityOf(BUNDLED)).containsExactly(List.of(Probe.stamp(now), "PATH_DELETED", BUNDLED,
                Probe.json("{'title':'Sample path','source':''}")));
        assertThat(Probe.rows(file, "SELECT path_id, dismissed_at FROM dismissed_path"))
                .containsExactly(List.of(BUNDLED, Probe.stamp(now)));
        assertThat(progress.load("mine")).isEqualTo(fork);
        assertThat(activityOf("mine")).isEqualTo(forkActivity);
        assertThat(rowsOf("mine")).isEqualTo(forkRows);
        assertThat(workspace.summaries()).extracting(PathSummary::id).containsExactly("mine");
        assertThatThrownBy(() -> progress.load(BUNDLED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeletedBundledPathIsNotInstalledAgainAtTheNextStartNorByANewerVersion() {
        workspace.delete(BUNDLED);
        Snapshot was = Snapshot.of(file);

        reopen(List.of(SamplePaths.sample()));
        assertThat(stepwise.pathIds()).isEmpty();
        reopen(List.of(SamplePaths.sampleV2()));
        assertThat(stepwise.pathIds()).isEmpty();

        assertThat(Snapshot.of(file)).isEqualTo(was);
    }

    @Test
    void deletingAPathOfOnesOwnForgetsItUnderItsCurrentTitleAndFreesItsId() {
        String own = workspace.create("Learn Docker").id();
        edit(own, ActivityKind.PATH_EDITED, path -> PathEdits.withDetails(path, "Learn containers", "", ""));
        Instant now = tick();

        workspace.delete(own);

        assertThat(rowsOf(own)).containsExactly("activity 1");
        assertThat(activityOf(own)).containsExactly(List.of(Probe.stamp(now), "PATH_DELETED", own,
                Probe.json("{'title':'Learn containers','source':''}")));
        assertThat(Probe.count(file, "dismissed_path")).isZero();
        assertThat(workspace.create("Learn Docker").id()).isEqualTo(own);
    }

    @Test
    void deletingAPathThatDoesNotExistIsRefusedAndWritesNothing() {
        Snapshot was = Snapshot.of(file);

        assertThatThrownBy(() -> workspace.delete("no-such-path")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-path");

        assertThat(Snapshot.of(file)).isEqualTo(was);
    }
}
