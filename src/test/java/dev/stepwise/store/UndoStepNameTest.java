package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.UndoEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step is named after the first activity entry it wrote, as that entry reads at the commit: read by its row id when
 * it is still there, found by the general statement when the step removed it again.
 */
class UndoStepNameTest {
    private static final Instant T1 = Instant.parse("2026-01-10T09:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private ActivityRepository activity;
    private UndoLog undo;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("stepwise.db"));
        activity = new ActivityRepository(database);
        undo = UndoLog.start(database, Clock.fixed(T1, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static ActivityEvent note(String itemId, String text) {
        return new ActivityEvent(T1, "path-1", ActivityKind.ITEM_NOTE_CHANGED, itemId, new ActivityChange.TextEdit("", text));
    }

    private Optional<ActivityEvent> nameOfNextUndo() {
        return undo.nextUndo().flatMap(UndoEntry::change);
    }

    @Test
    void aStepIsNamedAfterTheFirstEntryItWrote() {
        database.inTransaction(() -> {
            activity.append(note("first", "one"));
            activity.append(note("second", "two"));
        });

        assertThat(nameOfNextUndo()).contains(note("first", "one"));
    }

    @Test
    void aStepThatRemovedItsFirstEntryIsNamedAfterTheNextOne() {
        database.inTransaction(() -> {
            activity.append(note("first", "one"));
            activity.append(note("second", "two"));
            Sql.update(database, "DELETE FROM activity WHERE subject_id = 'first'", statement -> { });
        });

        assertThat(nameOfNextUndo()).contains(note("second", "two"));
    }

    @Test
    void eachStepHasItsOwnName() {
        database.inTransaction(() -> activity.append(note("first", "one")));
        database.inTransaction(() -> activity.append(note("second", "two")));

        assertThat(nameOfNextUndo()).contains(note("second", "two"));
        undo.undo();
        assertThat(nameOfNextUndo()).contains(note("first", "one"));
        assertThat(undo.nextRedo().flatMap(UndoEntry::change)).contains(note("second", "two"));
    }
}
