package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathOrigin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new path's content is not recorded for undo row by row ({@link UndoLog#insertUnderNewRow}): the step records the
 * path row, and undo takes the content with it by cascade. Undo and redo must still give back exactly what was there.
 */
class NewPathUndoRecordTest {
    private static final Instant T1 = Instant.parse("2026-01-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T1, ZoneOffset.UTC);
    /** Every table a path's content is written to. */
    private static final List<String> CONTENT = List.of("path_industry", "self_check", "skill", "section", "item", "sub_item",
            "resource", "item_skill");

    @TempDir
    Path dir;
    private Path file;
    private Database database;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private LearningPath stored(PathRepository paths) {
        return database.inTransaction(() -> paths.load(SamplePaths.ID)).orElseThrow();
    }

    @Test
    void theStepRecordsThePathRowAndWhatFollowsButNotTheContentUnderIt() {
        UndoLog.start(database, CLOCK);
        PathRepository paths = new PathRepository(database);
        database.inTransaction(() -> {
            paths.insert(SamplePaths.sample(), PathOrigin.OWN, T1);
            paths.saveUpstreamBase(SamplePaths.ID, new PathRepository.UpstreamBase(1, "{}"));
        });

        assertThat(Probe.column(file, "SELECT tbl FROM undo_row ORDER BY tbl")).as("recording resumed after the content")
                .containsExactly("path", "path_upstream");
        assertThat(Probe.count(file, "sub_item")).isEqualTo(4);
    }

    @Test
    void undoTakesTheNewPathAwayWholeAndRedoBringsItBackTwice() {
        UndoLog undo = UndoLog.start(database, CLOCK);
        PathRepository paths = new PathRepository(database);
        database.inTransaction(() -> paths.insert(SamplePaths.sample(), PathOrigin.OWN, T1));
        LearningPath installed = stored(paths);

        for (int round = 1; round <= 2; round++) {
            assertThat(undo.undo()).isPresent();
            assertThat(database.inTransaction(() -> paths.load(SamplePaths.ID))).isEmpty();
            for (String table : CONTENT) {
                assertThat(Probe.count(file, table)).as("%s after undo %d", table, round).isZero();
            }
            assertThat(undo.redo()).isPresent();
            assertThat(stored(paths)).as("after redo %d", round).isEqualTo(installed);
        }
    }

    @Test
    void theTriggersDroppedForTheContentAreBackAfterItEvenWhenTheStepFails() {
        UndoLog.start(database, CLOCK);
        PathRepository paths = new PathRepository(database);
        List<String> triggers = triggerNames();
        assertThat(triggers).as("three per watched table").hasSizeGreaterThan(3 * CONTENT.size());

        assertThatThrownBy(() -> database.inTransaction(() -> {
            paths.insert(SamplePaths.sample(), PathOrigin.OWN, T1);
            throw new IllegalStateException("disk full, say");
        })).hasMessage("disk full, say");
        assertThat(triggerNames()).isEqualTo(triggers);
        assertThat(Probe.count(file, "path")).isZero();

        database.inTransaction(() -> paths.insert(SamplePaths.sample(), PathOrigin.OWN, T1));
        assertThat(triggerNames()).isEqualTo(triggers);
        LearningPath installed = stored(paths);
        database.inTransaction(() -> paths.save(PathEdits.withDetails(installed, "Renamed", "", ""), T1));
        assertThat(Probe.column(file, "SELECT DISTINCT tbl FROM undo_row WHERE step = (SELECT max(id) FROM undo_step)"))
                .as("a later change is recorded row by row again").containsExactly("path");
    }

    /** The undo triggers, which live on this connection only (temporary), so read through it. */
    private List<String> triggerNames() {
        return Sql.query(database, "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' ORDER BY name", statement -> { },
                row -> row.getString(1));
    }

    @Test
    void outsideARecordedStepThePathIsOnlyInserted() {
        database.inTransaction(() -> new PathRepository(database).insert(SamplePaths.sample(), PathOrigin.OWN, T1));

        assertThat(Probe.count(file, "item")).isEqualTo(3);
        assertThat(Probe.count(file, "undo_row")).isZero();
    }
}
