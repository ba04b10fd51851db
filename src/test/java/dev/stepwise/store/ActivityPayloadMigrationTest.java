package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.UndoEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 5 turns the activity log's two strings per entry into a typed payload. A file of version 4 with an entry of
 * every old shape — and the undo log's copies of entries — must read back as the typed changes those strings meant.
 */
class ActivityPayloadMigrationTest {
    private static final String AT = "2026-03-01T08:00:00.000000000Z";

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void version4() {
        file = dir.resolve("stepwise.db");
        Database.open(file, Migrations.FOLDER, Migrations.SCRIPTS.subList(0, 4)).close();
    }

    private void oldEntry(int id, String kind, String subject, String before, String after) {
        Probe.execute(file, "INSERT INTO activity (id, at, path_id, kind, subject_id, before, after)"
                + " VALUES (%d, '%s', 'p', '%s', '%s', '%s', '%s')".formatted(id, AT, kind, subject, before, after));
    }

    private static ActivityEvent event(ActivityKind kind, String subject, ActivityChange change) {
        return new ActivityEvent(Instant.parse(AT), "p", kind, subject, change);
    }

    @Test
    void everyOldShapeReadsAsTheTypedChangeItMeant() {
        oldEntry(1, "PATH_INSTALLED", "p", "", "1");
        oldEntry(2, "ITEM_STATUS_CHANGED", "learn-sql", "NOT_STARTED", "DONE");
        oldEntry(3, "SUB_ITEM_CHANGED", "learn-sql/read-docs", "false", "true");
        oldEntry(4, "ITEM_NOTE_CHANGED", "learn-sql", "", "it''s \"quoted\"");
        oldEntry(5, "SKILL_RATED", "sql", "0", "3");
        oldEntry(6, "SKILL_TARGET_CHANGED", "sql", "", "4");
        oldEntry(7, "SELF_CHECK_ANSWERED", "check-1", "AGREE", "");
        oldEntry(8, "PATH_FORKED", "source", "Sample path", "My path");
        oldEntry(9, "PROGRESS_IMPORTED", "p", "", "6 changes");
        oldEntry(10, "ITEM_DELETED", "old", "", "Item “Old” deleted");
        oldEntry(11, "PATH_UPDATED", "p", "1", "2");

        Database database = Database.open(file);
        List<ActivityEvent> oldestFirst = new ArrayList<>(new ActivityRepository(database).recent("p", 20));
        database.close();
        Collections.reverse(oldestFirst);

        assertThat(oldestFirst).containsExactly(
                event(ActivityKind.PATH_INSTALLED, "p", new ActivityChange.Versions(Optional.empty(), 1)),
                event(ActivityKind.ITEM_STATUS_CHANGED, "learn-sql",
                        new ActivityChange.Status(ItemStatus.NOT_STARTED, ItemStatus.DONE, Optional.empty(), Optional.empty())),
                event(ActivityKind.SUB_ITEM_CHANGED, "learn-sql", new ActivityChange.SubStep("read-docs", true)),
                event(ActivityKind.ITEM_NOTE_CHANGED, "learn-sql", new ActivityChange.TextEdit("", "it's \"quoted\"")),
                event(ActivityKind.SKILL_RATED, "sql", new ActivityChange.LevelMove(Optional.of(Level.NOT_YET), Level.INDEPENDENT)),
                event(ActivityKind.SKILL_TARGET_CHANGED, "sql", new ActivityChange.LevelMove(Optional.empty(), Level.TEACHES)),
                event(ActivityKind.SELF_CHECK_ANSWERED, "check-1",
                        new ActivityChange.Answer(Optional.of(SelfCheckAnswer.AGREE), Optional.empty())),
                event(ActivityKind.PATH_FORKED, "source", new ActivityChange.PathNamed("My path", "Sample path")),
                event(ActivityKind.PROGRESS_IMPORTED, "p", new ActivityChange.Merged(6)),
                event(ActivityKind.ITEM_DELETED, "old", new ActivityChange.Described("Item “Old” deleted")),
                event(ActivityKind.PATH_UPDATED, "p", new ActivityChange.Versions(Optional.of(1), 2)));
    }

    @Test
    void theHistoryIndexReplacesTheUnusedOne() {
        Database.open(file).close();

        assertThat(Probe.column(file, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activity'"))
                .containsExactly("activity_by_path_time");
        assertThat(Probe.column(file, "SELECT name FROM pragma_table_info('activity')"))
                .containsExactly("id", "at", "path_id", "kind", "subject_id", "payload");
    }

    /** An undo step from before the upgrade still undoes: its name and the entry it put back are converted too. */
    @Test
    void anUndoStepFromVersion4StillUndoesAfterTheUpgrade() {
        // Step 1 amended entry 2, a note burst: it was "" -> "Read", the step made it "" -> "Read it all".
        oldEntry(2, "ITEM_NOTE_CHANGED", "learn-sql", "", "Read it all");
        Probe.execute(file, "INSERT INTO undo_step (id, at, path_id, kind, subject_id, before, after)"
                + " VALUES (1, '" + AT + "', 'p', 'ITEM_NOTE_CHANGED', 'learn-sql', '', 'Read it all')");
        Probe.execute(file, "INSERT INTO undo_row (step, tbl, row_id, existed, data) VALUES (1, 'activity', 2, 1, json_object("
                + "'id', 2, 'at', '" + AT + "', 'path_id', 'p', 'kind', 'ITEM_NOTE_CHANGED', 'subject_id', 'learn-sql',"
                + " 'before', '', 'after', 'Read'))");

        Database database = Database.open(file);
        UndoLog undo = UndoLog.start(database, Clock.fixed(Instant.parse(AT).plusSeconds(60), ZoneOffset.UTC));
        Optional<UndoEntry> undone = undo.undo();
        List<ActivityEvent> after = new ActivityRepository(database).recent("p", 5);
        database.close();

        ActivityEvent named = event(ActivityKind.ITEM_NOTE_CHANGED, "learn-sql", new ActivityChange.TextEdit("", "Read it all"));
        assertThat(undone).map(UndoEntry::change).contains(Optional.of(named));
        assertThat(after).containsExactly(event(ActivityKind.ITEM_NOTE_CHANGED, "learn-sql", new ActivityChange.TextEdit("", "Read")));
    }

    @Test
    void aPayloadThatIsNotItsKindsChangeIsABadRowNamingTheEntry() {
        Database.open(file).close();
        Probe.execute(file, "INSERT INTO activity (id, at, path_id, kind, subject_id, payload)"
                + " VALUES (7, '" + AT + "', 'p', 'SKILL_RATED', 'sql', '{\"from\":0,\"to\":9}')");

        Database database = Database.open(file);
        try {
            assertThatThrownBy(() -> new ActivityRepository(database).recent("p", 1))
                    .isInstanceOf(BadRowException.class).hasMessageContaining("activity").hasMessageContaining("7")
                    .hasMessageContaining("level 9");
        } finally {
            database.close();
        }
    }
}
