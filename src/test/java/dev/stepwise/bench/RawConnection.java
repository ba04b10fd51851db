package dev.stepwise.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * The floor's side of the durable-tick benchmarks: a raw sqlite-jdbc connection opened the way {@code store/Database}
 * opens its own (WAL, {@code synchronous=FULL}, foreign keys, busy timeout, auto-commit with explicit
 * {@code BEGIN IMMEDIATE}/{@code COMMIT}), its one statement prepared once.
 */
final class RawConnection implements AutoCloseable {
    private final Connection connection;
    private final Statement control;
    private final PreparedStatement update;

    RawConnection(Path databaseFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(3_000);
        connection = config.createConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
        control = connection.createStatement();
        control.execute("PRAGMA journal_mode = WAL");
        update = connection.prepareStatement("UPDATE item_progress SET status = ?, updated_at = ? WHERE path_id = ? AND item_id = ?");
    }

    String settings() throws SQLException {
        return "journal_mode=" + pragma("journal_mode") + ", synchronous=" + pragma("synchronous") + ", foreign_keys="
                + pragma("foreign_keys");
    }

    int pageSize() throws SQLException {
        return Integer.parseInt(pragma("page_size"));
    }

    /** Runs one statement that returns no rows. */
    void execute(String sql) throws SQLException {
        control.execute(sql);
    }

    /** The floor: one progress row updated in its own transaction. */
    void update(String pathId, String itemId, String status) throws SQLException {
        update(pathId, List.of(itemId), status);
    }

    /** One transaction updating these items' progress rows (each must exist): as many pages as rows, when far apart. */
    void update(String pathId, List<String> itemIds, String status) throws SQLException {
        control.execute("BEGIN IMMEDIATE");
        for (String itemId : itemIds) {
            update.setString(1, status);
            update.setString(2, Instant.now().toString());
            update.setString(3, pathId);
            update.setString(4, itemId);
            if (update.executeUpdate() != 1) {
                control.execute("ROLLBACK");
                throw new IllegalStateException("no progress row for " + itemId);
            }
        }
        control.execute("COMMIT");
    }

    /** Gives every item of the path a progress row (a new one says "not started"), so that rows far apart in the item
     * list are far apart in the table. */
    void ensureProgressRows(String pathId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT OR IGNORE INTO item_progress (path_id, item_id, status, note, updated_at)
                SELECT path_id, id, 'NOT_STARTED', '', ? FROM item WHERE path_id = ?""")) {
            insert.setString(1, Instant.now().toString());
            insert.setString(2, pathId);
            insert.executeUpdate();
        }
    }

    /** Copies the whole log into the database and empties it: the next frames written start the file again. */
    void emptyLog() throws SQLException {
        try (ResultSet rows = control.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (!rows.next() || rows.getInt(1) != 0) {
                throw new IllegalStateException("the log could not be emptied: another connection is reading");
            }
        }
    }

    /** Which table or index each page of the database belongs to (SQLite's {@code dbstat}). */
    Map<Integer, String> pageOwners() throws SQLException {
        Map<Integer, String> owners = new HashMap<>();
        try (ResultSet rows = control.executeQuery("SELECT pageno, name FROM dbstat")) {
            while (rows.next()) {
                owners.put(rows.getInt(1), rows.getString(2));
            }
        }
        return owners;
    }

    private String pragma(String name) throws SQLException {
        try (ResultSet rows = control.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : "?";
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
