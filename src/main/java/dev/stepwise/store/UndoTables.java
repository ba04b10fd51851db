package dev.stepwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tables the undo log watches — every table of the learner's data, read from the schema itself, so a table a
 * later migration adds is covered without anyone remembering to — and the SQL that records and restores their rows.
 * Preferences (window size, theme, zoom) are not data one undoes; the undo log's own tables are not watched.
 */
final class UndoTables {
    private static final Set<String> NOT_WATCHED = Set.of("preference", "undo_step", "undo_row");

    /** Each watched table's columns, in schema order. */
    private final Map<String, List<String>> columns;
    /** The columns that have a default: the SQL expression of it, as the schema gives it, by table and column. */
    private final Map<String, Map<String, String>> defaults;

    private UndoTables(Map<String, List<String>> columns, Map<String, Map<String, String>> defaults) {
        this.columns = columns;
        this.defaults = defaults;
    }

    static UndoTables read(Database database) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Map<String, String>> defaults = new LinkedHashMap<>();
        try (Statement statement = database.connection().createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                while (rows.next()) {
                    if (!NOT_WATCHED.contains(rows.getString(1))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            for (String table : tables) {
                List<String> names = new ArrayList<>();
                Map<String, String> given = new LinkedHashMap<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT name, dflt_value FROM pragma_table_info('" + table + "') ORDER BY cid")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                        if (rows.getString(2) != null) {
                            given.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
                columns.put(table, List.copyOf(names));
                defaults.put(table, Map.copyOf(given));
            }
        }
        return new UndoTables(columns, defaults);
    }

    Set<String> names() {
        return columns.keySet();
    }

    /**
     * Three temporary triggers per table (this connection only; the schema on disk stays plain). Each keeps a row as it
     * was before the step first touched it — later changes in the same step are ignored — and only while a step is
     * being recorded ({@code temp.undo_capture} holds its id).
     */
    List<String> triggers() {
        List<String> sql = new ArrayList<>();
        columns.forEach((table, names) -> {
            String oldRow = names.stream().map(name -> "'" + name + "', OLD.\"" + name + "\"")
                    .collect(Collectors.joining(", ", "json_object(", ")"));
            sql.add(trigger(table, "INSERT", "NEW.rowid, 0, NULL"));
            sql.add(trigger(table, "UPDATE", "OLD.rowid, 1, " + oldRow));
            sql.add(trigger(table, "DELETE", "OLD.rowid, 1, " + oldRow));
        });
        return sql;
    }

    /** Drops what {@link #triggers} creates. */
    List<String> dropTriggers() {
        return columns.keySet().stream().flatMap(table -> Stream.of("insert", "update", "delete")
                .map(event -> "DROP TRIGGER IF EXISTS temp." + triggerName(table, event))).toList();
    }

    private static String triggerName(String table, String event) {
        return "undo_" + table + "_" + event.toLowerCase();
    }

    private static String trigger(String table, String event, String values) {
        return "CREATE TEMP TRIGGER IF NOT EXISTS " + triggerName(table, event) + " AFTER " + event
                + " ON main.\"" + table + "\" BEGIN INSERT OR IGNORE INTO main.undo_row (step, tbl, row_id, existed, data)"
                + " SELECT step, '" + table + "', " + values + " FROM temp.undo_capture; END";
    }

    /** Removes the rows the step created (they did not exist when it began); cascades take their dependants. */
    String deleteCreated(String table) {
        return "DELETE FROM main.\"" + table + "\" WHERE rowid IN"
                + " (SELECT row_id FROM main.undo_row WHERE step = ? AND tbl = '" + table + "' AND existed = 0)";
    }

    /** Puts back, column for column, the rows the step changed and that are still there. */
    String updateChanged(String table) {
        List<String> names = columns.get(table);
        String targets = names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return "UPDATE main.\"" + table + "\" SET (" + targets + ") = (SELECT " + extracts(table, "u")
                + " FROM main.undo_row u WHERE u.step = ? AND u.tbl = '" + table + "' AND u.row_id = main.\"" + table
                + "\".rowid) WHERE rowid IN (SELECT row_id FROM main.undo_row WHERE step = ? AND tbl = '" + table
                + "' AND existed = 1)";
    }

    /** Puts back, with their old row ids, the rows the step deleted. */
    String insertDeleted(String table) {
        List<String> names = columns.get(table);
        String targets = names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return "INSERT INTO main.\"" + table + "\" (rowid, " + targets + ") SELECT u.row_id, " + extracts(table, "u")
                + " FROM main.undo_row u WHERE u.step = ? AND u.tbl = '" + table + "' AND u.existed = 1"
                + " AND NOT EXISTS (SELECT 1 FROM main.\"" + table + "\" t WHERE t.rowid = u.row_id)";
    }

    /**
     * Each column's value from a kept row. A row kept before a later schema added a column (with a default, as SQLite
     * requires of an added NOT NULL column) lacks it: it gets the column's default, as the row itself did.
     */
    private String extracts(String table, String alias) {
        Map<String, String> given = defaults.get(table);
        return columns.get(table).stream().map(name -> {
            String path = alias + ".data, '$.\"" + name + "\"'";
            String value = "json_extract(" + path + ")";
            return given.containsKey(name) ? "CASE WHEN json_type(" + path + ") IS NULL THEN " + given.get(name) + " ELSE " + value
                    + " END" : value;
        }).collect(Collectors.joining(", "));
    }
}
