package dev.stepwise.store;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.FileCheck;
import dev.stepwise.domain.Phrase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Looks into a database file through its own read-only connection: a backup just written, a file about to be
 * restored, or the data file for {@code stepwise check}. Nothing here writes.
 */
public final class FileChecks {
    private FileChecks() {
    }

    /**
     * @throws BackupException when the file cannot be read as a database at all
     */
    public static FileCheck check(Path file) {
        try (Connection connection = ReadOnlyConnections.open(file)) {
            long appId = number(connection, "PRAGMA application_id");
            long version = number(connection, "PRAGMA user_version");
            // Each part on its own: damage that stops one query is a finding, not a reason to stop looking.
            List<String> problems = new ArrayList<>();
            if (DataFiles.holdsNothing(file.toAbsolutePath())) {
                // SQLite reads an empty file as a healthy empty database; for a data file or a backup it is a loss.
                problems.add("the file is empty (0 bytes)");
            }
            try {
                List<String> integrity = column(connection, "PRAGMA integrity_check");
                if (!integrity.equals(List.of("ok"))) {
                    problems.addAll(integrity);
                }
            } catch (SQLException e) {
                problems.add(SqliteErrors.describe(e));
            }
            try {
                SchemaCheck.foreignCode(connection)
                        .forEach(code -> problems.add(code + ": Stepwise makes no triggers or views in its file"));
            } catch (SQLException e) {
                problems.add("triggers not checked: " + SqliteErrors.describe(e));
            }
            List<String> broken;
            boolean linksChecked = true;
            try {
                broken = column(connection, "SELECT \"table\" || ' → ' || parent FROM pragma_foreign_key_check");
            } catch (SQLException e) {
                broken = List.of();
                linksChecked = false;
                problems.add("links not checked: " + SqliteErrors.describe(e));
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tableNames(connection)) {
                try {
                    counts.put(table, count(connection, table));
                } catch (SQLException e) {
                    counts.put(table, FileCheck.UNREADABLE);
                    problems.add(table + ": " + SqliteErrors.describe(e));
                }
            }
            long paths = counts.getOrDefault("path", 0L);
            long done = 0;
            try {
                done = counts.containsKey("item_progress")
                        ? number(connection, "SELECT count(*) FROM item_progress WHERE status = 'DONE'") : 0;
            } catch (SQLException e) {
                // Already among the problems through the row count of item_progress.
            }
            return new FileCheck(problems, broken, linksChecked, counts, appId == Ownership.APPLICATION_ID, (int) version, paths, done);
        } catch (SQLException e) {
            throw new BackupException(Phrase.of("backup.unreadable", file.toString(), SqliteErrors.reason(e)), e);
        }
    }

    /** Table → rows, for every table of the connection's main database (sqlite's own left out). */
    static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tableNames(connection)) {
            counts.put(table, count(connection, table));
        }
        return counts;
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        return column(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    private static long count(Connection connection, String table) throws SQLException {
        return number(connection, "SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"");
    }

    static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
