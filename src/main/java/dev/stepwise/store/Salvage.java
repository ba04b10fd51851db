package dev.stepwise.store;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.SalvageReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/**
 * Best effort for a damaged file: every row that can still be read is copied, table by table, into a fresh Stepwise
 * file with this version's schema. A read that fails part-way goes on after the last good row; a row the fresh file
 * refuses is left behind; rows left pointing at a row that was lost are removed at the end, so the result opens like
 * any Stepwise file. The damaged file is only read.
 */
public final class Salvage {
    /** How many times one table's reading may fail before the rest of it is given up. */
    private static final int MAX_GAPS = 64;

    private Salvage() {
    }

    /** @throws BackupException when {@code out} exists and is not empty, or the fresh file cannot be made */
    public static SalvageReport copy(Path source, Path out) {
        try {
            if (Files.exists(out) && Files.size(out) > 0) {
                throw BackupException.refused(Phrase.of("backup.salvageTargetExists", out.toString()), null);
            }
        } catch (IOException e) {
            throw BackupException.refused(Phrase.of("backup.salvageTargetExists", out.toString()), e);
        }
        Database.open(out).close();
        Map<String, Long> copied = new TreeMap<>();
        Map<String, Long> skipped = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        // Foreign keys off while copying: parents and children arrive in table order, orphans are removed at the end.
        try (Connection from = ReadOnlyConnections.open(source);
             Connection to = new SQLiteConfig().createConnection(ConnectionSettings.url(out.toAbsolutePath()));
             Statement control = to.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            // The undo history is left behind: its rows describe changes to rows that may not have survived, and
            // undoing one of those into a salvaged file could break it. The salvaged file starts a history of its own.
            for (String table : FileChecks.column(to, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'undo_%' ORDER BY name")) {
                copyTable(from, to, table, copied, skipped, notes);
            }
            removeOrphans(to, copied, skipped);
            control.execute("COMMIT");
        } catch (SQLException e) {
            throw new BackupException(Phrase.of("backup.unreadable", source.toString(), SqliteErrors.reason(e)), e);
        }
        return new SalvageReport(copied, skipped, notes);
    }

    private static void copyTable(Connection from, Connection to, String table, Map<String, Long> copied,
                                  Map<String, Long> skipped, List<String> notes) {
        List<String> columns;
        try {
            List<String> wanted = FileChecks.column(to, "SELECT name FROM pragma_table_info('" + table + "')");
            List<String> present = FileChecks.column(from, "SELECT name FROM pragma_table_info('" + table + "')");
            columns = wanted.stream().filter(present::contains).toList();
        } catch (SQLException e) {
            notes.add(table + ": could not be read at all (" + SqliteErrors.describe(e) + ")");
            return;
        }
        if (columns.isEmpty()) {
            notes.add(table + ": not in the damaged file");
            return;
        }
        String list = String.join(", ", columns.stream().map(column -> "\"" + column + "\"").toList());
        String select = "SELECT rowid, " + list + " FROM \"" + table + "\" WHERE rowid > ? ORDER BY rowid";
        String insert = "INSERT OR IGNORE INTO \"" + table + "\" (" + list + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        long after = Long.MIN_VALUE;
        long done = 0;
        long refused = 0;
        int gaps = 0;
        long readAtLastGap = -1;
        try (PreparedStatement write = to.prepareStatement(insert)) {
            PreparedStatement read = from.prepareStatement(select);
            try {
                while (true) {
                    read.setLong(1, after);
                    try (ResultSet rows = read.executeQuery()) {
                        while (rows.next()) {
                            after = rows.getLong(1);
                            for (int i = 0; i < columns.size(); i++) {
                                write.setObject(i + 1, rows.getObject(i + 2));
                            }
                            if (insertQuietly(write)) {
                                done++;
                            } else {
                                refused++;
                            }
                        }
                        break;
                    } catch (SQLException e) {
                        // Unreadable from here on: skip ahead, further each time, until reading works again.
                        String where = after == Long.MIN_VALUE ? "from its first row" : "after row " + after;
                        if (++gaps > MAX_GAPS) {
                            // Where the skipping stopped is no row of the file: not said.
                            notes.add(table + ": nothing more could be read (" + SqliteErrors.describe(e) + ")");
                            break;
                        }
                        // One line per unreadable stretch, not one per step skipped over it.
                        if (done + refused != readAtLastGap) {
                            notes.add(table + ": unreadable rows " + where);
                            readAtLastGap = done + refused;
                        }
                        after = after == Long.MIN_VALUE ? 0 : after + (1L << Math.min(gaps - 1, 40));
                        // A statement that failed is done with ("statement is not executing"): a fresh one reads on.
                        read.close();
                        read = from.prepareStatement(select);
                    }
                }
            } finally {
                read.close();
            }
        } catch (SQLException e) {
            notes.add(table + ": could not be read at all (" + SqliteErrors.describe(e) + ")");
        }
        copied.put(table, done);
        skipped.put(table, refused);
    }

    private static boolean insertQuietly(PreparedStatement write) {
        try {
            return write.executeUpdate() == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Deletes rows whose parent row was lost, until none is left (a deleted row may be another's parent). They count
     * as left behind, no longer as copied: the report said "45 copied, 45 left behind" of 45 rows, none in the file.
     */
    private static void removeOrphans(Connection to, Map<String, Long> copied, Map<String, Long> skipped) throws SQLException {
        while (true) {
            List<String> orphans = FileChecks.column(to, "SELECT \"table\" || char(9) || rowid FROM pragma_foreign_key_check");
            if (orphans.isEmpty()) {
                return;
            }
            for (String orphan : orphans) {
                String[] parts = orphan.split("\t");
                try (PreparedStatement delete = to.prepareStatement("DELETE FROM \"" + parts[0] + "\" WHERE rowid = ?")) {
                    delete.setLong(1, Long.parseLong(parts[1]));
                    delete.executeUpdate();
                }
                skipped.merge(parts[0], 1L, Long::sum);
                copied.merge(parts[0], -1L, Long::sum);
            }
        }
    }
}
