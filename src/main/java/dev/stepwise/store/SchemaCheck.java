package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/**
 * Whether a file still holds what the migrations made: no damaged pages, no broken links between rows, every table
 * and column in place. The expected schema is not written down a second time: the same scripts are run on an
 * in-memory database, so a new migration is checked without anyone updating a list. Everything here only reads.
 */
final class SchemaCheck {
    private SchemaCheck() {
    }

    /** Table → its columns, as the first {@code version} scripts create them. */
    static Map<String, List<String>> expected(String folder, List<String> scripts, int version) throws SQLException {
        try (Connection memory = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
             Statement statement = memory.createStatement()) {
            for (int i = 0; i < version; i++) {
                statement.executeUpdate(Migrations.read(folder + scripts.get(i)));
            }
            return tables(memory);
        }
    }

    /** Table → its columns in the connection's main database, tables sorted by name, columns in order. */
    static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, c.cid
                     """)) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return tables;
    }

    /** The first table or column the file lacks, in words; empty when it has them all (extra ones are its own business). */
    static Optional<Phrase> missing(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        for (Map.Entry<String, List<String>> table : expected.entrySet()) {
            List<String> columns = actual.get(table.getKey());
            if (columns == null) {
                return Optional.of(Phrase.of("store.reason.missingTable", table.getKey()));
            }
            for (String column : table.getValue()) {
                if (!columns.contains(column)) {
                    return Optional.of(Phrase.of("store.reason.missingColumn", table.getKey(), column));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a file that is damaged, has rows pointing at rows that are gone, or lacks a table or column of its
     * schema version; run before the file is migrated or written, so a refused file is left exactly as it was.
     *
     * @throws DatabaseUnavailableException naming the first problem found
     */
    static void verify(Database database, String folder, List<String> scripts) throws SQLException {
        Connection connection = database.connection();
        List<String> problems = firstColumn(connection, "PRAGMA quick_check(5)");
        if (!problems.equals(List.of("ok"))) {
            throw new DatabaseUnavailableException(database.file(),
                    Phrase.of("store.reason.damagedCheck", String.join("; ", problems)), null);
        }
        try (Statement statement = connection.createStatement();
             ResultSet broken = statement.executeQuery("SELECT \"table\", parent FROM pragma_foreign_key_check LIMIT 1")) {
            if (broken.next()) {
                throw new DatabaseUnavailableException(database.file(),
                        Phrase.of("store.reason.brokenLink", broken.getString(1), broken.getString(2)), null);
            }
        }
        List<String> code = foreignCode(connection);
        if (!code.isEmpty()) {
            throw new DatabaseUnavailableException(database.file(), Phrase.of("store.reason.foreignCode", code.get(0)), null);
        }
        Map<String, List<String>> expected = expected(folder, scripts, database.userVersion());
        Optional<Phrase> missing = missing(expected, tables(connection));
        if (missing.isPresent()) {
            throw new DatabaseUnavailableException(database.file(), missing.get(), null);
        }
    }

    /**
     * The triggers and views in the file's own schema, as "trigger “name”". Stepwise keeps none there (the undo log's
     * triggers are temporary, made per connection), and a trigger is code that runs on Stepwise's own writes: one in a
     * restored backup deleted every path at the next status change. So any is refused, not only unknown ones.
     */
    static List<String> foreignCode(Connection connection) throws SQLException {
        return firstColumn(connection, "SELECT type || ' \u201c' || name || '\u201d' FROM main.sqlite_schema"
                + " WHERE type IN ('trigger', 'view') ORDER BY type, name");
    }

    private static List<String> firstColumn(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
