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
import java.util.stream.IntStream;

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
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY "
                        + IntStream.rangeClosed(1, columns(statement, table)).mapToObj(String::valueOf)
                        .collect(Collectors.joining(", ")))) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        update(sha, "row");
                        for (int c = 1; c <= columns; c++) {
                            Object value = rows.getObject(c);
                            // Type and length before the value, so ("ab", "c") never digests like ("a", "bc").
                            String text = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
                            update(sha, (value == null ? "null" : value.getClass().getSimpleName()) + ":" + text.length() + ":" + text);
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    private static int columns(Statement statement, String table) throws SQLException {
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM pragma_table_info('" + table + "')")) {
            return count.getInt(1);
        }
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
