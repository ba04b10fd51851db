package dev.stepwise.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers so repositories read as their SQL, with the checked exception wrapped in one place. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static int update(Database database, String sql, Binder binder) {
        try {
            PreparedStatement statement = database.prepared(sql);
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            database.discard(sql);
            throw failure(database, e);
        }
    }

    static <T> List<T> query(Database database, String sql, Binder binder, RowMapper<T> mapper) {
        try {
            PreparedStatement statement = database.prepared(sql);
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            database.discard(sql);
            throw failure(database, e);
        }
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    /**
     * As {@link #query(Database, String, Binder, RowMapper)}, each row read through a checking {@link Row}: a value
     * that does not fit, or a row the domain refuses, fails naming the table, the row's key and the field.
     */
    static <T> List<T> query(Database database, String sql, Binder binder, Row.Shape shape, RowReader<T> reader) {
        return query(database, sql, binder, rows -> {
            Row row = new Row(rows, shape);
            try {
                return reader.read(row);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                throw row.invalid(e);
            }
        });
    }

    static StoreException failure(Database database, SQLException e) {
        return SqliteErrors.failure("Database error in", database.file(), e);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * Instants are stored with a fixed width (nanoseconds, UTC) so that ordering by the text column is ordering in
     * time; {@code Instant.toString()} drops trailing zeros and would sort "…:00Z" after "…:00.5Z".
     */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    static String text(Instant instant) {
        return INSTANT.format(instant);
    }
}
