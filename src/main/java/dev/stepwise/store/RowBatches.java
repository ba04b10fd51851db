package dev.stepwise.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows of one table with several rows per {@code INSERT}. Installing a path of 10,000 items writes some
 * 90,000 rows; one statement per row, or per item, spent more time starting statements (binding, opening the table's
 * and its parents' cursors, resetting) than SQLite spent placing the rows.
 *
 * <p>A batch takes {@link #MOST_ROWS} rows while that many are left, then the rest in halving sizes (32, 16, … 1),
 * so each table has at most seven statement shapes, all kept in the database's statement cache.
 */
final class RowBatches {
    /** Rows per statement: 64 rows of the widest table (nine columns) are far below SQLite's limit of parameters. */
    static final int MOST_ROWS = 64;

    private RowBatches() {
    }

    @FunctionalInterface
    interface RowBinder<T> {
        /** Binds {@code row}'s values from parameter index {@code at} on. */
        void bind(PreparedStatement statement, T row, int at) throws SQLException;
    }

    /**
     * Inserts {@code rows}, in their order, into {@code tableAndColumns} (as in {@code "sub_item (path_id, id)"}),
     * each row binding {@code width} values. Call inside a transaction.
     */
    static <T> void insert(Database database, String tableAndColumns, int width, List<T> rows, RowBinder<T> binder) {
        int first = 0;
        int size = MOST_ROWS;
        while (first < rows.size()) {
            while (size > rows.size() - first) {
                size /= 2;
            }
            int from = first;
            int count = size;
            Sql.update(database, sql(tableAndColumns, width, count), statement -> {
                for (int i = 0; i < count; i++) {
                    binder.bind(statement, rows.get(from + i), 1 + i * width);
                }
            });
            first += count;
        }
    }

    private static String sql(String tableAndColumns, int width, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + tableAndColumns + " VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }
}
