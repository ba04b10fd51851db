package dev.stepwise.store;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Phrase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One row of a query, read into domain values with every value checked in one place: a value that does not fit (an
 * unknown status, a date that is not one, a level 9) becomes a {@link BadRowException} naming the table, the row's key
 * and the field, rather than an {@code IllegalArgumentException} from wherever the value was used.
 */
final class Row {
    /** Which table a query reads, and the column that names a row to a person ("item", column 1). */
    record Shape(String table, String keyName, int keyColumn) {
    }

    private final ResultSet rows;
    private final Shape shape;

    Row(ResultSet rows, Shape shape) {
        this.rows = rows;
        this.shape = shape;
    }

    String text(int column) throws SQLException {
        return rows.getString(column);
    }

    int number(int column) throws SQLException {
        return rows.getInt(column);
    }

    long longNumber(int column) throws SQLException {
        return rows.getLong(column);
    }

    /** The integer, or {@code null} when the column is NULL. */
    Integer optionalNumber(int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** The enum constant named by the column, e.g. a status. */
    <E extends Enum<E>> E choice(int column, String field, Class<E> type) throws SQLException {
        String value = rows.getString(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad(Phrase.of("store.badRow.unknown", field, String.valueOf(value)), e);
        }
    }

    /** An ISO date ({@code 2026-01-31}), or {@code null} when the column is NULL. */
    LocalDate date(int column, String field) throws SQLException {
        String value = rows.getString(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(Phrase.of("store.badRow.date", field, value), e);
        }
    }

    /** An instant as the store writes it, or {@code null} when the column is NULL. */
    Instant instant(int column, String field) throws SQLException {
        String value = rows.getString(column);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(Phrase.of("store.badRow.instant", field, value), e);
        }
    }

    /** An instant of which the column holds the start, completed by {@code rest} (a minute and ":00Z"). */
    Instant instant(int column, String field, String rest) throws SQLException {
        String value = rows.getString(column);
        try {
            return Instant.parse(value + rest);
        } catch (DateTimeParseException | NullPointerException e) {
            throw bad(Phrase.of("store.badRow.instant", field, String.valueOf(value)), e);
        }
    }

    Level level(int column, String field) throws SQLException {
        int value = rows.getInt(column);
        if (value < Level.MIN.value() || value > Level.MAX.value()) {
            throw bad(Phrase.of("store.badRow.level", field, String.valueOf(value)), null);
        }
        return Level.of(value);
    }

    /** An activity entry's change, read against its kind ({@link ActivityPayloads}). */
    ActivityChange change(int column, ActivityKind kind) throws SQLException {
        try {
            return ActivityPayloads.read(kind, rows.getString(column));
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
    }

    /** A failure naming this row; for values the domain refused after they were read. */
    BadRowException bad(Phrase problem, Throwable cause) {
        String key;
        try {
            key = rows.getString(shape.keyColumn());
        } catch (SQLException e) {
            key = "?";
        }
        return new BadRowException(shape.table(), Phrase.of("store.badRow.key", shape.keyName(), String.valueOf(key)), problem,
                cause);
    }

    /** A domain refusal's own words as the problem: the domain says what did not fit together. */
    BadRowException invalid(RuntimeException refused) {
        String reason = refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage();
        return bad(Phrase.of("store.badRow.invalid", reason), refused);
    }
}
