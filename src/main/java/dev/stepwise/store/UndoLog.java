package dev.stepwise.store;

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
    /** How many steps are kept: the newest ones. */
    public static final int KEPT_STEPS = 500;
    /** Steps beyond {@link #KEPT_STEPS} are forgotten every this many new steps (and at start), not one by one. */
    public static final int TRIMMED_EVERY = 50;
    /** Where an undo or redo records the rows it is about to restore: they become the step's way back. */
    private static final long SCRATCH = -1;

    private final Database database;
    private final UndoTables tables;
    private final UndoSteps steps;
    private long recording;
    /** The step being recorded comes after undone ones, which it drops. */
    private boolean redoable;
    private boolean replaying;

    private UndoLog(Database database, UndoTables tables, Clock clock) {
        this.database = database;
        this.tables = tables;
        this.steps = new UndoSteps(database, clock);
    }

    /**
     * Starts recording every later transaction of the database as a step. Called once the database is open and the
     * bundled paths are installed: what Stepwise does on its own at start-up is not the learner's to undo.
     */
    public static UndoLog start(Database database, Clock clock) {
        try (Statement statement = database.connection().createStatement()) {
            UndoTables tables = UndoTables.read(database);
            statement.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS undo_capture (one INTEGER PRIMARY KEY CHECK (one = 1), step INTEGER NOT NULL)");
            executeAll(database, tables.triggers());
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
        List<long[]> newest = Sql.query(database, "SELECT id, undone FROM undo_step ORDER BY id DESC LIMIT 1", statement -> { },
                row -> new long[] {row.getLong(1), row.getLong(2)});
        recording = newest.isEmpty() ? 1 : newest.get(0)[0] + 1;
        // Undone steps are always the newest: undo takes the newest done step, redo the oldest undone one, a new step
        // drops them all. So the newest step alone says whether there is anything to drop.
        redoable = !newest.isEmpty() && newest.get(0)[1] == 1;
        capture(database, recording);
    }

    @Override
    public void committing() {
        if (replaying) {
            return;
        }
        stopCapture(database);
        long step = recording;
        // The rows kept, the entries written, the entries written or amended, and the first entry written (0: none).
        long[] kept = Sql.query(database, """
                SELECT count(*), total(tbl = 'activity' AND existed = 0), total(tbl = 'activity'),
                       coalesce(min(CASE WHEN tbl = 'activity' AND existed = 0 THEN row_id END), 0) FROM undo_row WHERE step = ?
                """, statement -> statement.setLong(1, step),
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)}).get(0);
        if (kept[0] == 0) {
            return;
        }
        if (redoable) {
            dropRedoable();
        }
        boolean amends = kept[1] == 0 && kept[2] > 0;
        if (!steps.file(step, amends, kept[3]) && step % TRIMMED_EVERY == 0) {
            forgetOldSteps();
        }
    }

    /**
     * Runs {@code insert} without recording its rows one by one. Only for rows that hang, by cascading foreign keys,
     * off a row this step created and recorded — a new path's content under its path row: undoing deletes that row,
     * the cascade deletes the rest, and the delete triggers keep all of it for redo, as for any deleted path. An
     * import of 10,000 items wrote 90,000 undo rows before. The triggers are dropped meanwhile, not only idle: each
     * still ran for each row, ~15 % of such an import. Outside a recorded step it only runs {@code insert}.
     */
    static void insertUnderNewRow(Database database, Runnable insert) {
        if (database.observer() instanceof UndoLog log && database.isInTransaction() && !log.replaying) {
            log.unrecorded(insert);
        } else {
            insert.run();
        }
    }

    private void unrecorded(Runnable insert) {
        stopCapture(database);
        executeAll(database, tables.dropTriggers());
        try {
            insert.run();
        } finally {
            // Temporary triggers are part of the transaction: a rollback brings them back by itself, and these then
            // change nothing (IF NOT EXISTS).
            executeAll(database, tables.triggers());
            capture(database, recording);
        }
    }

    /** Schema statements, run once each: not through the statement cache, which they would only crowd. */
    private static void executeAll(Database database, List<String> statements) {
        try (Statement statement = database.connection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw Sql.failure(database, e);
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
            capture(database, SCRATCH);
            for (String table : tables.names()) {
                bindStep(tables.deleteCreated(table), step, 1);
            }
            for (String table : tables.names()) {
                bindStep(tables.updateChanged(table), step, 2);
                bindStep(tables.insertDeleted(table), step, 1);
            }
            stopCapture(database);
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

    /** Records into the step from now on: the triggers copy rows while {@code temp.undo_capture} holds its one row. */
    private static void capture(Database database, long step) {
        Sql.update(database, "INSERT OR REPLACE INTO temp.undo_capture (one, step) VALUES (1, ?)", statement -> statement.setLong(1, step));
    }

    private static void stopCapture(Database database) {
        Sql.update(database, "DELETE FROM temp.undo_capture", statement -> { });
    }

    /** A new change after an undo: what was undone can no longer be redone on top of it. */
    private void dropRedoable() {
        Sql.update(database, "DELETE FROM undo_row WHERE step IN (SELECT id FROM undo_step WHERE undone = 1)", statement -> { });
        Sql.update(database, "DELETE FROM undo_step WHERE undone = 1", statement -> { });
    }

    private void forgetOldSteps() {
        Sql.update(database, "DELETE FROM undo_row WHERE step <= (SELECT max(id) FROM undo_step) - ?",
                statement -> statement.setInt(1, KEPT_STEPS));
        Sql.update(database, "DELETE FROM undo_step WHERE id <= (SELECT max(id) FROM undo_step) - ?",
                statement -> statement.setInt(1, KEPT_STEPS));
    }
}
