package dev.stepwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checkpoints when the app is idle instead of inside a commit. By default SQLite copies the write-ahead log into the
 * database file as part of the commit that takes the log past 1,000 pages: the learner's change then waits for it
 * (~45 ms after importing a 10,000-item path, and every couple of hundred ticks a tick paid it). Taken over, commits
 * leave their pages in the log — as durable there, and read from there — and {@link #runIfDue} moves them once they
 * add up to the same size, when the store thread has nothing else to do.
 *
 * <p>A checkpoint leaves the log file as large as it was, up to {@link #KEPT_LOG_BYTES}, and the next commits write it
 * over from its start: a commit into space the file already has syncs faster than one that makes the file grow. On
 * the 10,000-item path a status change took 430–510 µs (median of 1,000) when each checkpoint emptied the log to
 * nothing, 245–360 µs when it was written over.
 *
 * <p>Whatever is still in the log when the connection closes is checkpointed by SQLite itself, so a short-lived user
 * (the command line) need not call anything.
 */
public final class IdleCheckpoints {
    /** SQLite's default threshold on its default pages: 1,000 pages of 4 KiB (new files have 8 KiB pages). */
    public static final long DUE_AT_BYTES = 1_000L * 4_096;
    /** The most the log file keeps after a checkpoint; a larger one (after an import) is cut back to this. */
    public static final long KEPT_LOG_BYTES = 2 * DUE_AT_BYTES;

    private final Database database;
    private final Path log;

    private IdleCheckpoints(Database database) {
        this.database = database;
        this.log = database.file().resolveSibling(database.file().getFileName() + "-wal");
    }

    /** Stops checkpoints inside commits on this database; from now on the caller runs {@link #runIfDue} when idle. */
    public static IdleCheckpoints takeOver(Database database) {
        try (Statement statement = database.connection().createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("PRAGMA journal_size_limit = " + KEPT_LOG_BYTES);
        } catch (SQLException e) {
            throw Sql.failure(database, e);
        }
        return new IdleCheckpoints(database);
    }

    /**
     * Moves the log into the database file, when what it holds beyond the file has grown past {@link #DUE_AT_BYTES};
     * says whether it did. A failure, or a checkpoint another connection kept from finishing, leaves the pages in the
     * log.
     *
     * @throws StoreException naming the file when SQLite could not checkpoint
     */
    public boolean runIfDue() {
        if (WalIndex.pendingBytes(log).orElseGet(this::logBytes) < DUE_AT_BYTES) {
            return false;
        }
        try (Statement statement = database.connection().createStatement()) {
            // Never waits for another connection (a reader outside the app, while the file is open): the first column
            // of the answer says one kept it from finishing, and the next idle moment retries. RESTART: the next commit
            // writes the log from its start, over the file's space (TRUNCATE would empty the file, and make it grow).
            statement.execute("PRAGMA busy_timeout = 0");
            try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(RESTART)")) {
                return result.next() && result.getInt(1) == 0;
            } finally {
                statement.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MILLIS);
            }
        } catch (SQLException e) {
            throw Sql.failure(database, e);
        }
    }

    /** The log file's size: what it holds when SQLite's index of it cannot be read (then at most too early a check). */
    private long logBytes() {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            // Cannot tell: checkpoint, which is never wrong, only sometimes needless.
            return DUE_AT_BYTES;
        }
    }
}
