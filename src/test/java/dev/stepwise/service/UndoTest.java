package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemEdits;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillEdits;
import dev.stepwise.domain.UndoEntry;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import dev.stepwise.store.UndoLog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
 * Undo and redo of every kind of change through the real services on a real file: do → undo gives exactly the data
 * as it was before, undo → redo exactly the data as the change left it, and both work again after a restart.
 */
class UndoTest {
    private static final String ID = SamplePaths.ID;
    private static final String FIRST = SamplePaths.FIRST;

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc(Instant.parse("2026-03-01T10:00:00Z").toString());
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


    private static Arguments change(String name, Consumer<Stepwise> setUp, Consumer<Stepwise> change) {
        return UndoableChange.named(name, setUp, change);
    }

    private static Arguments change(String name, Consumer<Stepwise> change) {
        return change(name, s -> { }, change);
    }

    private static void edit(Stepwise s, ActivityKind kind, String subject, UnaryOperator<LearningPath> edit) {
        s.content().edit(ID, new PathChange(kind, subject, "test", edit));
    }

    static Stream<Arguments> everyKindOfChange() {
        return Stream.of(
                change("status", s -> s.progress().setStatus(ID, FIRST, ItemStatus.DONE)),
                change("sub-step that starts the item", s -> s.progress().setSubItemDone(ID, FIRST, "z-sub", true)),
                change("sub-step unticked", s -> s.progress().setSubItemDone(ID, FIRST, "z-sub", true),
                        s -> s.progress().setSubItemDone(ID, FIRST, "z-sub", false)),
                change("note", s -> s.progress().saveNote(ID, FIRST, "Read chapter 3")),
                change("rating", s -> s.progress().rate(ID, SamplePaths.API, Level.INDEPENDENT, "built one")),
                change("target", s -> s.progress().setTarget(ID, SamplePaths.SQL, Level.TEACHES)),
                change("self-check answer", s -> s.progress().answerSelfCheck(ID, "z-check", SelfCheckAnswer.AGREE)),
                change("self-check cleared", s -> s.progress().answerSelfCheck(ID, "z-check", SelfCheckAnswer.AGREE),
                        s -> s.progress().clearSelfCheck(ID, "z-check")),
                change("path details", s -> edit(s, ActivityKind.PATH_EDITED, ID,
                        path -> PathEdits.withDetails(path, "Renamed", "New tagline", "New overview"))),
                change("industries renamed, added and removed", s -> edit(s, ActivityKind.PATH_EDITED, ID,
                        path -> PathEdits.withDetails(path, path.title(), "", "", List.of("Retail", "Public sector", "Media"))),
                        s -> edit(s, ActivityKind.PATH_EDITED, ID, path -> PathEdits.withDetails(path, path.title(), "", "",
                                List.of("Healthcare")))),
                change("self-check statements edited, added, moved and an answered one removed",
                        s -> s.progress().answerSelfCheck(ID, "z-check", SelfCheckAnswer.AGREE),
                        s -> edit(s, ActivityKind.PATH_EDITED, ID, path -> PathEdits.withSelfChecks(path, List.of(
                                new SelfCheck("a-check", "I like data a lot"), new SelfCheck("b-check", "I like servers"))))),
                change("item edited (title, sub-step added)", s -> edit(s, ActivityKind.ITEM_EDITED, FIRST,
                        path -> PathEdits.updateItem(path, FIRST, item -> ItemEdits.addSubItem(item, 0, "Warm up")))),
                change("item added", s -> edit(s, ActivityKind.ITEM_ADDED, "new",
                        path -> PathEdits.addItem(path, "z-steps", 0, ItemEdits.newItem(path, "Brand new")))),
                change("item moved", s -> edit(s, ActivityKind.ITEM_MOVED, FIRST,
                        path -> PathEdits.moveItem(path, FIRST, "a-practice", 0))),
                change("item with progress deleted", s -> s.progress().setStatus(ID, FIRST, ItemStatus.LEARNING),
                        s -> edit(s, ActivityKind.ITEM_DELETED, FIRST, path -> PathEdits.removeItem(path, FIRST))),
                change("section deleted", s -> edit(s, ActivityKind.SECTION_DELETED, "a-practice",
                        path -> PathEdits.removeSection(path, "a-practice"))),
                change("skill deleted", s -> s.progress().rate(ID, SamplePaths.SQL, Level.GUIDED, ""),
                        s -> edit(s, ActivityKind.SKILL_DELETED, SamplePaths.SQL, path -> SkillEdits.removeSkill(path, SamplePaths.SQL))),
                change("path created", s -> s.workspace().create("My own path")),
                change("path forked with progress", s -> s.progress().setStatus(ID, FIRST, ItemStatus.DONE),
                        s -> s.workspace().fork(ID, "My copy", true)),
                change("path with progress deleted", s -> s.progress().setStatus(ID, FIRST, ItemStatus.DONE),
                        s -> s.workspace().delete(ID)),
                // Deleting the path the step before created deletes that step's activity entry: found by trying it,
                // the deletion joined the creation's step and its undo broke a foreign key, then blocked every undo.
                change("path deleted right after it was created", s -> s.workspace().create("Temp path"),
                        s -> s.workspace().delete(newestPathId(s))),
                change("path deleted right after it was imported as a copy", s -> s.pathFiles().importPath(SamplePaths.sampleV2(), true),
                        s -> s.workspace().delete(newestPathId(s))),
                change("path file imported over the path", s -> s.progress().setStatus(ID, FIRST, ItemStatus.DONE),
                        s -> s.pathFiles().importPath(SamplePaths.sampleV2(), false)),
                change("path file imported as a new path", s -> s.pathFiles().importPath(SamplePaths.sampleV2(), true)),
                change("progress file imported", UndoTest::progressFileWaiting, UndoTest::importWaitingProgress),
                change("progress reset", UndoTest::everyKindOfProgress, s -> s.workspace().resetProgress(ID)));
    }

    /** The path added last: the one that is not the sample. */
    private static String newestPathId(Stepwise s) {
        return s.pathIds().stream().filter(id -> !id.equals(ID)).findFirst().orElseThrow();
    }

    private static void everyKindOfProgress(Stepwise s) {
        s.progress().setStatus(ID, FIRST, ItemStatus.DONE);
        s.progress().saveNote(ID, FIRST, "kept in the backup");
        s.progress().setSubItemDone(ID, FIRST, "z-sub", true);
        s.progress().rate(ID, SamplePaths.API, Level.GUIDED, "why");
        s.progress().setTarget(ID, SamplePaths.SQL, Level.TEACHES);
        s.progress().answerSelfCheck(ID, "z-check", SelfCheckAnswer.AGREE);
    }

    private static String waitingProgress;

    /** Progress exported with the first item done, then the item reset: importing the file brings the progress back. */
    private static void progressFileWaiting(Stepwise s) {
        s.progress().setStatus(ID, FIRST, ItemStatus.DONE);
        s.progress().rate(ID, SamplePaths.API, Level.GUIDED, "noted");
        waitingProgress = s.progressFiles().export(ID);
        s.progress().setStatus(ID, FIRST, ItemStatus.NOT_STARTED);
    }

    private static void importWaitingProgress(Stepwise s) {
        s.progressFiles().importProgress("progress.json", new ProgressFileReader().read("progress.json",
                new ByteArrayInputStream(waitingProgress.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfChange")
    void undoGivesBackExactlyTheDataBeforeAndRedoTheDataAfter(UndoableChange kind) {
        kind.setUp().accept(stepwise);
        clock.advance(Duration.ofMinutes(5));
        kind.assertUndoesAndRedoes(file, stepwise, () -> {
            reopen();
            return stepwise;
        });
    }

    @Test
    void undoNamesTheChangeFromItsActivityEntryAndGoesNewestFirst() {
        stepwise.progress().setStatus(ID, FIRST, ItemStatus.DONE);
        stepwise.progress().setTarget(ID, SamplePaths.SQL, Level.TEACHES);

        UndoEntry next = stepwise.undo().next().undo().orElseThrow();
        assertThat(next.change().orElseThrow().kind()).isEqualTo(ActivityKind.SKILL_TARGET_CHANGED);
        assertThat(next.change().orElseThrow().subjectId()).isEqualTo(SamplePaths.SQL);

        stepwise.undo().undo();
        UndoEntry then = stepwise.undo().next().undo().orElseThrow();
        assertThat(then.change().orElseThrow().kind()).isEqualTo(ActivityKind.ITEM_STATUS_CHANGED);
        assertThat(then.change().orElseThrow().change(ActivityChange.Status.class).to()).isEqualTo(ItemStatus.DONE);
        assertThat(stepwise.undo().next().redo().orElseThrow().change().orElseThrow().kind())
                .isEqualTo(ActivityKind.SKILL_TARGET_CHANGED);
    }

    /**
     * The window holds the names of the path it shows only: a change made on another path was offered as "mark
     * “z-first” done". The entry now carries its subject's name, read in the change's own path.
     */
    @Test
    void theNextUndoAndRedoCarryTheNameOfWhatTheyAreAbout() {
        stepwise.progress().setStatus(ID, FIRST, ItemStatus.DONE);
        assertThat(stepwise.undo().next().undo().orElseThrow().subjectName()).contains("Learn SQL");
        stepwise.progress().rate(ID, SamplePaths.SQL, Level.GUIDED, "");
        assertThat(stepwise.undo().next().undo().orElseThrow().subjectName()).contains("Relational databases");

        assertThat(stepwise.undo().undo().orElseThrow().entry().subjectName()).contains("Relational databases");
        assertThat(stepwise.undo().next().redo().orElseThrow().subjectName()).contains("Relational databases");

        edit(stepwise, ActivityKind.ITEM_DELETED, FIRST, path -> PathEdits.removeItem(path, FIRST));
        assertThat(stepwise.undo().next().undo().orElseThrow().subjectName()).as("the item the step deleted, as it keeps it")
                .contains("Learn SQL");
        assertThat(stepwise.undo().undo().orElseThrow().entry().subjectName()).contains("Learn SQL");
        assertThat(stepwise.undo().next().redo().orElseThrow().subjectName()).as("back in its table").contains("Learn SQL");
    }

    @Test
    void aNewChangeAfterAnUndoCannotBeRedoneOver() {
        stepwise.progress().setStatus(ID, FIRST, ItemStatus.DONE);
        stepwise.undo().undo();
        stepwise.progress().setTarget(ID, SamplePaths.SQL, Level.TEACHES);

        assertThat(stepwise.undo().next().redo()).isEmpty();
        assertThat(stepwise.undo().redo()).isEmpty();
        assertThat(Probe.count(file, "item_progress")).as("the undone status is not there").isZero();
        assertThat(Probe.text(file, "SELECT target_level FROM skill_target WHERE skill_id = ?", SamplePaths.SQL)).isEqualTo("4");
    }

    @Test
    void nothingToUndoAtFirstStartInstallingTheBundledPathIsNotTheLearners() {
        assertThat(stepwise.undo().next().undo()).isEmpty();
        assertThat(stepwise.undo().undo()).isEmpty();
        assertThat(Probe.count(file, "path")).isEqualTo(1);
    }

    @Test
    void aBurstOfNoteSavesIsOneEntryAndOneUndo() {
        Snapshot before = Snapshot.of(file);
        stepwise.progress().saveNote(ID, FIRST, "R");
        clock.advance(Duration.ofSeconds(20));
        stepwise.progress().saveNote(ID, FIRST, "Read");
        clock.advance(Duration.ofSeconds(20));
        stepwise.progress().saveNote(ID, FIRST, "Read it all");

        assertThat(Probe.rows(file, "SELECT kind, payload FROM activity WHERE kind <> 'PATH_INSTALLED'")).containsExactly(
                List.of("ITEM_NOTE_CHANGED", Probe.json("{'before':'','after':'Read it all'}")));
        assertThat(stepwise.undo().undo()).isPresent();
        assertThat(before.changesTo(Snapshot.of(file))).isEmpty();
        assertThat(stepwise.undo().next().undo()).isEmpty();
    }

    @Test
    void notesSavedFurtherApartAreSeparateEntries() {
        stepwise.progress().saveNote(ID, FIRST, "First thought");
        clock.advance(ProgressService.NOTE_BURST.plusSeconds(1));
        stepwise.progress().saveNote(ID, FIRST, "Second thought");

        assertThat(Probe.column(file, "SELECT json_extract(payload, '$.after') FROM activity WHERE kind = 'ITEM_NOTE_CHANGED' ORDER BY id"))
                .containsExactly("First thought", "Second thought");
        stepwise.undo().undo();
        assertThat(Probe.text(file, "SELECT note FROM item_progress WHERE item_id = ?", FIRST)).isEqualTo("First thought");
    }

    @Test
    void aRatingSessionIsOneUndo() {
        Snapshot before = Snapshot.of(file);
        stepwise.progress().rate(ID, SamplePaths.API, Level.AWARE, "");
        stepwise.progress().rate(ID, SamplePaths.API, Level.GUIDED, "");
        stepwise.progress().rate(ID, SamplePaths.API, Level.INDEPENDENT, "");

        Optional<UndoService.Done> undone = stepwise.undo().undo();

        assertThat(undone.orElseThrow().entry().change().orElseThrow().change()).as("one session, from where it began")
                .isEqualTo(new ActivityChange.LevelMove(Optional.of(Level.NOT_YET), Level.INDEPENDENT));
        assertThat(before.changesTo(Snapshot.of(file))).isEmpty();
        assertThat(stepwise.undo().next().undo()).isEmpty();
    }

    @Test
    void aLongSessionKeepsTheNewestStepsNotOnlyTrimmedAtTheNextStart() {
        int changes = UndoLog.KEPT_STEPS + 2 * UndoLog.TRIMMED_EVERY;
        for (int i = 0; i < changes; i++) {
            stepwise.progress().setStatus(ID, FIRST, i % 2 == 0 ? ItemStatus.DONE : ItemStatus.NOT_STARTED);
        }

        assertThat(Probe.count(file, "undo_step")).isBetween((long) UndoLog.KEPT_STEPS, (long) UndoLog.KEPT_STEPS + UndoLog.TRIMMED_EVERY);
        assertThat(Probe.text(file, "SELECT count(*) FROM undo_row WHERE step NOT IN (SELECT id FROM undo_step)"))
                .as("no kept row outlives its step").isEqualTo("0");
        assertThat(stepwise.undo().undo()).isPresent();
        assertThat(Probe.text(file, "SELECT status FROM item_progress WHERE item_id = ?", FIRST))
                .as("the newest change (to NOT_STARTED) taken back").isEqualTo("DONE");
    }

    @Test
    void aNewChangeDropsEveryUndoneStepEvenAfterSomeWereRedone() {
        stepwise.progress().setStatus(ID, FIRST, ItemStatus.DONE);
        stepwise.progress().setTarget(ID, SamplePaths.SQL, Level.TEACHES);
        stepwise.progress().saveNote(ID, FIRST, "kept");
        stepwise.undo().undo();
        stepwise.undo().undo();
        stepwise.undo().undo();
        stepwise.undo().redo();

        stepwise.progress().rate(ID, SamplePaths.API, Level.AWARE, "");

        assertThat(stepwise.undo().redo()).isEmpty();
        assertThat(Probe.text(file, "SELECT count(*) FROM undo_step WHERE undone = 1")).isEqualTo("0");
        assertThat(Probe.text(file, "SELECT count(*) FROM undo_row WHERE step NOT IN (SELECT id FROM undo_step)")).isEqualTo("0");
        assertThat(stepwise.undo().undo().orElseThrow().entry().change().orElseThrow().kind()).isEqualTo(ActivityKind.SKILL_RATED);
        assertThat(stepwise.undo().undo().orElseThrow().entry().change().orElseThrow().kind()).isEqualTo(ActivityKind.ITEM_STATUS_CHANGED);
        assertThat(stepwise.undo().undo()).isEmpty();
    }
}
