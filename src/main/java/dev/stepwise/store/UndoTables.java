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

/**
 * The tables the undo log watches — every table of the learner's data, read from the schema itself, so a table a
 * later migration adds is covered without anyone remembering to — and the SQL that records and restores their rows.
 * Preferences (window size, theme, zoom) are not data one undoes; the undo log's own tables are not watched.
 */
final class UndoTables {
    private static final Set<String> NOT_WATCHED = Set.of("preference", "undo_step", "undo_row");

    /** Each watched table's columns, in schema order. */
    private final Map<String, List<String>> columns;

    private UndoTables(Map<String, List<String>> columns) {
        this.columns = columns;
    }

    static UndoTables read(Database database) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
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
                try (ResultSet rows = statement.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                columns.put(table, List.copyOf(names));
            }
        }
        return new UndoTables(columns);
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

    private static String trigger(String table, String event, String values) {
        return "CREATE TEMP TRIGGER IF NOT EXISTS undo_" + table + "_" + event.toLowerCase() + " AFTER " + event
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
        return "UPDATE main.\"" + table + "\" SET (" + targets + ") = (SELECT " + extracts(names, "u")
                + " FROM main.undo_row u WHERE u.step = ? AND u.tbl = '" + table + "' AND u.row_id = main.\"" + table
                + "\".rowid) WHERE rowid IN (SELECT row_id FROM main.undo_row WHERE step = ? AND tbl = '" + table
                + "' AND existed = 1)";
    }

    /** Puts back, with their old row ids, the rows the step deleted. */
    String insertDeleted(String table) {
        List<String> names = columns.get(table);
        String targets = names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return "INSERT INTO main.\"" + table + "\" (rowid, " + targets + ") SELECT u.row_id, " + extracts(names, "u")
                + " FROM main.undo_row u WHERE u.step = ? AND u.tbl = '" + table + "' AND u.existed = 1"
                + " AND NOT EXISTS (SELECT 1 FROM main.\"" + table + "\" t WHERE t.rowid = u.row_id)";
    }

    private static String extracts(List<String> names, String alias) {
        return names.stream().map(name -> "json_extract(" + alias + ".data, '$.\"" + name + "\"')")
                .collect(Collectors.joining(", "));
    }
}
