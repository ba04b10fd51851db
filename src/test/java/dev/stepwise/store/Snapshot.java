package dev.stepwise.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every row of every table of a database file, read through a second connection ({@link Probe}) and keyed by table
 * and primary key ("item p/z-first": table, then the key columns joined by "/"). Comparing two snapshots names
 * exactly the rows that were inserted ({@code +}), changed ({@code ~}) or deleted ({@code -}), so a test can say
 * "this rename changed one item row and nothing else" — or "this refused edit changed nothing at all". The undo log's
 * tables are left out: every change adds to them by design (UndoLogTest checks them).
 */
public final class Snapshot {
    private final Map<String, List<String>> rows;

    private Snapshot(Map<String, List<String>> rows) {
        this.rows = rows;
    }

    public static Snapshot of(Path file) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : Probe.dataTables(file)) {
            List<String> key = Probe.column(file, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table);
            if (key.isEmpty()) {
                throw new IllegalStateException("table " + table + " has no primary key to name its rows by");
            }
            String keyColumns = key.stream().map(column -> "\"" + column + "\"").collect(Collectors.joining(", "));
            for (List<String> row : Probe.rows(file, "SELECT " + keyColumns + ", * FROM \"" + table + "\"")) {
                String name = table + " " + String.join("/", row.subList(0, key.size()));
                rows.put(name, row.subList(key.size(), row.size()));
            }
        }
        return new Snapshot(rows);
    }

    /** The rows that differ in {@code later}, sorted by table and key: "+table key", "~table key", "-table key". */
    public List<String> changesTo(Snapshot later) {
        TreeSet<String> names = new TreeSet<>(rows.keySet());
        names.addAll(later.rows.keySet());
        return names.stream()
                .map(name -> {
                    List<String> was = rows.get(name);
                    List<String> now = later.rows.get(name);
                    if (was == null) {
                        return "+" + name;
                    }
                    if (now == null) {
                        return "-" + name;
                    }
                    return Objects.equals(was, now) ? null : "~" + name;
                })
                .filter(Objects::nonNull)
                .sorted((a, b) -> a.substring(1).compareTo(b.substring(1)))
                .toList();
    }

    /** The rows of one table whose key starts with {@code keyPrefix}, by key; e.g. ("item", "p/") for one path's items. */
    public Map<String, List<String>> rows(String table, String keyPrefix) {
        Map<String, List<String>> matching = new TreeMap<>();
        rows.forEach((name, row) -> {
            if (name.startsWith(table + " " + keyPrefix)) {
                matching.put(name.substring(table.length() + 1), row);
            }
        });
        return matching;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Snapshot snapshot && rows.equals(snapshot.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return rows.toString();
    }
}
