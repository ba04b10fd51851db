package dev.stepwise.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Looks at a database file through a second, plain JDBC connection, so tests check what is really on disk rather
 * than what the code under test believes it wrote. Each call opens and closes its own connection.
 */
public final class Probe {
    private Probe() {
    }

    /** How the store writes an instant: fixed width, nanoseconds, UTC — so text order is time order. */
    public static String stamp(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    /** An activity payload as the store writes it, in quotes a test can read: {@code json("{'to':3}")}. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    public static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public static long count(Path file, String table) {
        return Long.parseLong(text(file, "SELECT count(*) FROM " + table));
    }

    /** The first column of the first row as text, or null when there is no row (or the value is NULL). */
    public static String text(Path file, String sql, Object... args) {
        List<List<String>> rows = rows(file, sql, args);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The first column of every row, as text. */
    public static List<String> column(Path file, String sql, Object... args) {
        return rows(file, sql, args).stream().map(row -> row.get(0)).toList();
    }

    /** Every row, every column as text (NULL stays null). */
    public static List<List<String>> rows(Path file, String sql, Object... args) {
        try (Connection connection = connect(file); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("probe failed: " + sql, e);
        }
    }

    /**
     * Every stored upstream base as path id, content version and the document, unpacked from the file's raw columns
     * (empty content and a packed one since schema version 8).
     */
    public static List<List<String>> upstreamBases(Path file) {
        return rows(file, "SELECT path_id, content_version, content, packed FROM path_upstream ORDER BY path_id").stream()
                .map(row -> List.of(row.get(0), row.get(1), row.get(3) == null ? row.get(2) : PackedText.unpack(row.get(3)))).toList();
    }

    /**
     * Overwrites one whole page in the middle of a closed database file with noise, so SQLite's checks find it damaged.
     * The page size comes from the file's header (bytes 16–17, big-endian; 1 means 65,536).
     */
    public static void damageMiddlePage(Path file) throws IOException {
        byte[] header = Arrays.copyOf(Files.readAllBytes(file), 100);
        int pageSize = ((header[16] & 0xFF) << 8) | (header[17] & 0xFF);
        pageSize = pageSize == 1 ? 65_536 : pageSize;
        long size = Files.size(file);
        if (size < 8L * pageSize) {
            throw new IllegalStateException("too few pages for a middle one that is not the header: " + size + " bytes");
        }
        byte[] garbage = new byte[pageSize];
        Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(size / 2 / pageSize * pageSize);
            raw.write(garbage);
        }
    }

    public static void execute(Path file, String sql) {
        try (Connection connection = connect(file); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("probe failed: " + sql, e);
        }
    }

    /** The names of the tables in the file, sorted. */
    /**
     * The tables of the learner's data: all but the undo log's own ({@code undo_step}, {@code undo_row}), which record
     * how to take each change back and so grow with every change by design.
     */
    public static List<String> dataTables(Path file) {
        return tables(file).stream().filter(table -> !table.startsWith("undo_")).toList();
    }

    public static List<String> tables(Path file) {
        return column(file, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }
}
