package dev.stepwise.store;

import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.UndoEntry;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo for every change, one mechanism for the whole app: each transaction that changes the learner's data
 * becomes a step, recorded by triggers as the rows it touched looked before it ({@link UndoTables}); undoing puts them
 * back exactly and keeps the rows as the step left them, for redo. Kept in the database, so it survives a restart.
 *
 * <p>A transaction that only amends the activity entry the newest step wrote (a rating session's next level, the next
 * save of a note being typed) joins that step: one entry in the history, one undo. A new step after an undo drops
 * the steps that could have been redone. The newest {@value #KEPT_STEPS} steps are kept.
 */
public final class UndoLog implements TransactionObserver {
    static final int KEPT_STEPS = 500;
    /** Where an undo or redo records the rows it is about to restore: they become the step's way back. */
    private static final long SCRATCH = -1;

    private final Database database;
    private final UndoTables tables;
    private final Clock clock;
    private long recording;
    private boolean replaying;

    private UndoLog(Database database, UndoTables tables, Clock clock) {
        this.database = database;
        this.tables = tables;
        this.clock = clock;
    }

    /**
     * Starts recording every later transaction of the database as a step. Called once the database is open and the
     * bundled paths are installed: what Stepwise does on its own at start-up is not the learner's to undo.
     */
    public static UndoLog start(Database database, Clock clock) {
        try (Statement statement = database.connection().createStatement()) {
            UndoTables tables = UndoTables.read(database);
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS undo_capture (step INTEGER NOT NULL)");
            for (String trigger : tables.triggers()) {
                statement.execute(trigger);
            }
            UndoLog log = new UndoLog(database, tables, clock);
            database.inTransaction(log::forgetOldSteps);
            database.observe(log);
            return log;
        } catch (SQLException e) {
            throw Sql.failure(database, e);
        }
    }

    @Override
    public void began() {
        if (replaying) {
            return;
        }
        recording = Sql.query(database, "SELECT coalesce(max(id), 0) + 1 FROM undo_step", statement -> { },
                row -> row.getLong(1)).get(0);
        capture(recording);
    }

    @Override
    public void committing() {
        if (replaying) {
            return;
        }
        capture(null);
        long step = recording;
        if (count("SELECT count(*) FROM undo_row WHERE step = ?", step) == 0) {
            return;
        }
        dropRedoable(step);
        Optional<Long> joined = amendedStep(step);
        if (joined.isPresent()) {
            Sql.update(database, "INSERT OR IGNORE INTO undo_row SELECT ?, tbl, row_id, existed, data FROM undo_row WHERE step = ?",
                    statement -> {
                        statement.setLong(1, joined.get());
                        statement.setLong(2, step);
                    });
            Sql.update(database, "DELETE FROM undo_row WHERE step = ?", statement -> statement.setLong(1, step));
            nameStep(joined.get(), false);
            return;
        }
        nameStep(step, true);
    }

    /**
     * Runs {@code insert} without recording its rows one by one. Only for rows that hang, by cascading foreign keys,
     * off a row this step created and recorded — a new path's content under its path row: undoing deletes that row,
     * the cascade deletes the rest, and the delete triggers keep all of it for redo, as for any deleted path. An
     * import of 10,000 items wrote 90,000 undo rows before (and as many trigger runs). Outside a recorded step it
     * only runs {@code insert}.
     */
    static void insertUnderNewRow(Database database, Runnable insert) {
        boolean capturing = Sql.query(database, "SELECT count(*) FROM temp.sqlite_master WHERE name = 'undo_capture'",
                statement -> { }, row -> row.getLong(1)).get(0) > 0;
        List<Long> step = capturing ? Sql.query(database, "SELECT step FROM temp.undo_capture", statement -> { },
                row -> row.getLong(1)) : List.of();
        if (step.isEmpty()) {
            insert.run();
            return;
        }
        Sql.update(database, "DELETE FROM temp.undo_capture", statement -> { });
        try {
            insert.run();
        } finally {
            Sql.update(database, "INSERT INTO temp.undo_capture (step) VALUES (?)", statement -> statement.setLong(1, step.get(0)));
        }
    }

    /** The change {@link #undo} would take back, if any. */
    public Optional<UndoEntry> nextUndo() {
        return entry("SELECT " + ENTRY_COLUMNS + " FROM undo_step WHERE undone = 0 ORDER BY id DESC LIMIT 1");
    }

    /** The change {@link #redo} would make again, if any. */
    public Optional<UndoEntry> nextRedo() {
        return entry("SELECT " + ENTRY_COLUMNS + " FROM undo_step WHERE undone = 1 ORDER BY id LIMIT 1");
    }

    /** Takes back the newest change, in one transaction; what it took back, or empty when there was nothing. */
    public Optional<UndoEntry> undo() {
        return database.inTransaction(() -> nextUndo().map(this::toggle));
    }

    /** Makes the newest undone change again, in one transaction; what it made, or empty when there was nothing. */
    public Optional<UndoEntry> redo() {
        return database.inTransaction(() -> nextRedo().map(this::toggle));
    }

    private static final Row.Shape STEPS = new Row.Shape("undo_step", "step", 1);
    private static final Row.Shape EVENTS = new Row.Shape("activity", "event", 1);
    private static final String ENTRY_COLUMNS = "id, at, path_id, kind, subject_id, payload";

    private Optional<UndoEntry> entry(String sql) {
        return Sql.query(database, sql, statement -> { }, STEPS, row -> new UndoEntry(row.longNumber(1),
                row.text(4).isEmpty() ? Optional.empty() : Optional.of(ActivityRepository.event(row, 1))))
                .stream().findFirst();
    }

    /**
     * Puts the step's rows back and keeps the rows as they were just before, so the same move later goes the other
     * way. Foreign keys are checked at the commit: rows come back in no particular order.
     */
    private UndoEntry toggle(UndoEntry entry) {
        long step = entry.step();
        replaying = true;
        try {
            Sql.update(database, "PRAGMA defer_foreign_keys = ON", statement -> { });
            capture(SCRATCH);
            for (String table : tables.names()) {
                bindStep(tables.deleteCreated(table), step, 1);
            }
            for (String table : tables.names()) {
                bindStep(tables.updateChanged(table), step, 2);
                bindStep(tables.insertDeleted(table), step, 1);
            }
            capture(null);
            Sql.update(database, "DELETE FROM undo_row WHERE step = ?", statement -> statement.setLong(1, step));
            Sql.update(database, "UPDATE undo_row SET step = ? WHERE step = ?", statement -> {
                statement.setLong(1, step);
                statement.setLong(2, SCRATCH);
            });
            Sql.update(database, "UPDATE undo_step SET undone = 1 - undone WHERE id = ?", statement -> statement.setLong(1, step));
            return entry;
        } finally {
            replaying = false;
        }
    }

    private void bindStep(String sql, long step, int times) {
        Sql.update(database, sql, statement -> {
            for (int i = 1; i <= times; i++) {
                statement.setLong(i, step);
            }
        });
    }

    /** Records into the step from now on, or stops recording ({@code null}). */
    private void capture(Long step) {
        Sql.update(database, "DELETE FROM temp.undo_capture", statement -> { });
        if (step != null) {
            Sql.update(database, "INSERT INTO temp.undo_capture (step) VALUES (?)", statement -> statement.setLong(1, step));
        }
    }

    /**
     * The newest step, when this one appended no activity entry but amended only entries that step wrote: a rating
     * session moving on, or a note being typed. Empty otherwise.
     */
    private Optional<Long> amendedStep(long step) {
        if (count("SELECT count(*) FROM undo_row WHERE step = ? AND tbl = 'activity' AND existed = 0", step) > 0) {
            return Optional.empty();
        }
        List<Long> newest = Sql.query(database, "SELECT id FROM undo_step WHERE undone = 0 ORDER BY id DESC LIMIT 1",
                statement -> { }, row -> row.getLong(1));
        if (newest.isEmpty() || count("SELECT count(*) FROM undo_row WHERE step = ? AND tbl = 'activity'", step) == 0) {
            return Optional.empty();
        }
        long previous = newest.get(0);
        long foreign = Sql.query(database, """
                SELECT count(*) FROM undo_row a WHERE a.step = ? AND a.tbl = 'activity' AND NOT EXISTS
                (SELECT 1 FROM undo_row p WHERE p.step = ? AND p.tbl = 'activity' AND p.existed = 0 AND p.row_id = a.row_id)
                """, statement -> {
                    statement.setLong(1, step);
                    statement.setLong(2, previous);
                }, row -> row.getLong(1)).get(0);
        return foreign == 0 ? Optional.of(previous) : Optional.empty();
    }

    /**
     * Names the step after the first activity entry it wrote, or else the first it amended (as that entry reads now),
     * creating the step if it is new.
     */
    private void nameStep(long step, boolean isNew) {
        List<ActivityEvent> named = Sql.query(database, """
                SELECT a.at, a.path_id, a.kind, a.subject_id, a.payload FROM activity a
                WHERE a.id = (SELECT u.row_id FROM undo_row u JOIN activity e ON e.id = u.row_id
                              WHERE u.step = ? AND u.tbl = 'activity' ORDER BY u.existed, u.row_id LIMIT 1)
                """, statement -> statement.setLong(1, step), EVENTS, row -> ActivityRepository.event(row, 0));
        if (named.isEmpty() && !isNew) {
            return;
        }
        // A step that wrote no entry is named by nothing: an empty kind, which the reader takes for "no entry".
        String[] label = named.isEmpty() ? new String[] {"", "", "", ""} : new String[] {named.get(0).pathId(),
            named.get(0).kind().name(), named.get(0).subjectId(), ActivityPayloads.write(named.get(0).change())};
        Sql.update(database, isNew
                ? "INSERT INTO undo_step (path_id, kind, subject_id, payload, at, id) VALUES (?, ?, ?, ?, ?, ?)"
                : "UPDATE undo_step SET path_id = ?, kind = ?, subject_id = ?, payload = ?, at = ? WHERE id = ?",
                statement -> {
                    for (int i = 0; i < label.length; i++) {
                        statement.setString(i + 1, label[i]);
                    }
                    statement.setString(5, Sql.text(clock.instant()));
                    statement.setLong(6, step);
                });
    }

    /** A new change after an undo: what was undone can no longer be redone on top of it. */
    private void dropRedoable(long step) {
        Sql.update(database, "DELETE FROM undo_row WHERE step IN (SELECT id FROM undo_step WHERE undone = 1)", statement -> { });
        Sql.update(database, "DELETE FROM undo_step WHERE undone = 1", statement -> { });
    }

    private void forgetOldSteps() {
        Sql.update(database, "DELETE FROM undo_row WHERE step <= (SELECT max(id) FROM undo_step) - ?",
                statement -> statement.setInt(1, KEPT_STEPS));
        Sql.update(database, "DELETE FROM undo_step WHERE id <= (SELECT max(id) FROM undo_step) - ?",
                statement -> statement.setInt(1, KEPT_STEPS));
    }

    private long count(String sql, long step) {
        return Sql.query(database, sql, statement -> statement.setLong(1, step), row -> row.getLong(1)).get(0);
    }
}
