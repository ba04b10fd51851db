package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RowBatches} on a real SQLite file: every row once, in order, whatever the count. */
class RowBatchesTest {
    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() throws SQLException {
        database = Database.open(dir.resolve("stepwise.db"));
        try (Statement statement = database.connection().createStatement()) {
            statement.execute("CREATE TEMP TABLE batch (n INTEGER NOT NULL, label TEXT NOT NULL)");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void insert(List<Integer> rows) {
        database.inTransaction(() -> RowBatches.insert(database, "temp.batch (n, label)", 2, rows, (statement, n, at) -> {
            statement.setInt(at, n);
            statement.setString(at + 1, "row " + n);
        }));
    }

    private List<String> stored() {
        return Sql.query(database, "SELECT n || ':' || label FROM temp.batch ORDER BY rowid", statement -> { }, row -> row.getString(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 63, 64, 65, 127, 128, 150, 1_000})
    void everyRowIsInsertedOnceInItsOrder(int count) {
        // Descending, so an order the table would come to by itself cannot pass for the given one.
        List<Integer> rows = IntStream.range(0, count).map(i -> count - i).boxed().toList();

        insert(rows);

        assertThat(stored()).containsExactlyElementsOf(rows.stream().map(n -> n + ":row " + n).toList());
    }

    @Test
    void aRowTheTableRefusesRefusesTheWholeInsert() {
        List<Integer> rows = new ArrayList<>(IntStream.rangeClosed(1, 100).boxed().toList());
        rows.set(90, null);

        assertThatThrownBy(() -> database.inTransaction(() -> RowBatches.insert(database, "temp.batch (n, label)", 2, rows,
                (statement, n, at) -> {
                    statement.setObject(at, n);
                    statement.setString(at + 1, "row " + n);
                }))).isInstanceOf(StoreException.class).hasMessageContaining("NOT NULL");
        assertThat(stored()).as("the transaction rolled back with the batches before it").isEmpty();
    }
}
