package dev.stepwise.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A SHA-256 over every row of every table of a database file, read through the test's own JDBC connection (not the
 * store's), rows sorted by all their columns so the digest does not depend on the order SQLite returns them in. Equal
 * digests before and after a refused import mean the import wrote nothing that stayed.
 */
final class TableDigest implements AutoCloseable {
    private final Connection connection;

    TableDigest(Path database) {
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + database, e);
        }
    }

    String digest() {
        try (Statement statement = connection.createStatement()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : tables(statement)) {
                update(sha, "table " + table);
                // SQLite renders each row itself (quote() keeps types apart: 1, '1', X'01', NULL), sorted by every
                // column: one value per table crosses JDBC instead of one per cell, which keeps 2,000 digests cheap.
                List<String> columns = columns(statement, table);
                String row = columns.stream().map(column -> "quote(\"" + column + "\")").collect(Collectors.joining(" || ',' || "));
                String order = columns.stream().map(column -> "\"" + column + "\"").collect(Collectors.joining(", "));
                try (ResultSet rows = statement.executeQuery("SELECT count(*), group_concat(r, char(10)) FROM (SELECT " + row
                        + " AS r FROM \"" + table + "\" ORDER BY " + order + ")")) {
                    update(sha, rows.getLong(1) + " rows");
                    update(sha, String.valueOf(rows.getString(2)));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database's size in pages, as this connection sees it (the write-ahead log included). */
    long pages() {
        try (Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("PRAGMA page_count")) {
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database", e);
        }
    }

    private static List<String> tables(Statement statement) throws SQLException {
        return strings(statement, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    }

    private static List<String> columns(Statement statement, String table) throws SQLException {
        return strings(statement, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
