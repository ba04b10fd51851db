package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.FileCheck;
import dev.stepwise.fixtures.FixturePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file in a folder that takes no new files: a read-only mount, a backup disk. Reading a WAL file makes its index
 * ({@code -shm}) beside it; here that cannot be made. The tests put a link to a missing folder where the index goes,
 * which refuses it as a read-only folder does, also when the tests run as root (whom permissions refuse nothing).
 */
class ReadOnlyFolderTest {
    @TempDir
    Path dir;

    private Path savedPath() {
        Path file = dir.resolve("stepwise.db");
        try (Database database = Database.open(file)) {
            PathRepository paths = new PathRepository(database);
            database.inTransaction(() -> paths.save(FixturePath.path(), Instant.parse("2026-02-20T18:30:00Z")));
        }
        return file;
    }

    private static void noIndexCanBeMade(Path file) throws IOException {
        Path index = file.resolveSibling(file.getFileName() + "-shm");
        Files.deleteIfExists(index);
        Files.createSymbolicLink(index, file.resolveSibling("no-such-folder").resolve("index"));
    }

    @Test
    void aHealthyFileIsCheckedAndSalvagedNotCalledDamaged() throws IOException {
        Path file = savedPath();
        long items = Probe.count(file, "item");
        noIndexCanBeMade(file);

        FileCheck check = FileChecks.check(file);

        assertThat(check.ok()).as("problems: %s", check.problems()).isTrue();
        assertThat(check.rowCounts().get("item")).isEqualTo(items).isPositive();
        Path out = dir.resolve("elsewhere").resolve("saved.db");
        Files.createDirectories(out.getParent());
        assertThat(Salvage.copy(file, out).copied().get("item")).isEqualTo(check.rowCounts().get("item"));
    }

    @Test
    void aFileWhoseLogHoldsChangesIsNotReadWithoutThem() throws IOException, SQLException {
        Path file = savedPath();
        Path copy = dir.resolve("copy").resolve("stepwise.db");
        Files.createDirectories(copy.getParent());
        try (Connection connection = Probe.connect(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("DELETE FROM item");
            // The changes sit in the log only: copy the pair as a disk image or a sync tool would while it is open.
            Files.copy(file, copy);
            Files.copy(file.resolveSibling("stepwise.db-wal"), copy.resolveSibling("stepwise.db-wal"));
        }
        noIndexCanBeMade(copy);

        // Read as immutable, the file alone would show the items the log deletes: refused instead, naming the file.
        assertThatThrownBy(() -> FileChecks.check(copy)).isInstanceOf(BackupException.class)
                .hasMessageContaining(copy.toString());
    }
}
