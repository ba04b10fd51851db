package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.bench.SyntheticPath;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A full disk, wherever it is met: one kind of failure that names the file, says nothing was changed, and is told from
 * an unexpected one. The file is made "full" with SQLite's own page limit, which fails a growing write with the same
 * SQLITE_FULL a full disk gives.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFindsNoRoomChangesNothingAndSaysTheDiskIsFull() throws SQLException {
        Path file = dir.resolve("stepwise.db");
        try (Database database = Database.open(file)) {
            PathRepository paths = new PathRepository(database);
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("VACUUM"); // no free pages left inside the file to take the write
                ResultSet pages = statement.executeQuery("PRAGMA page_count");
                pages.next();
                statement.execute("PRAGMA max_page_count = " + pages.getLong(1));
            }

            Throwable failure = catchThrowable(() -> database.inTransaction(
                    () -> paths.save(SyntheticPath.generate(7, 200, 5, 20), Instant.parse("2026-02-20T18:30:00Z"))));

            assertThat(failure).isInstanceOf(DiskFullException.class).isInstanceOf(DataFileRefusedStep.class)
                    .hasMessage("The disk holding the data file " + file + " is full, so nothing was changed. Free some "
                            + "space on it and try again.");
        }
        assertThat(Probe.count(file, "path")).isZero();
    }

    @Test
    void theIndexThatCannotGrowAtOpeningIsAFullDiskNotAnInputOutputError() {
        SQLiteException shm = new SQLiteException("I/O error within xShmMap", SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);

        assertThat(SqliteErrors.reason(shm).key()).isEqualTo("store.reason.diskFull");
        assertThat(SqliteErrors.failure("Could not save to", dir, shm)).isInstanceOf(DiskFullException.class);
        assertThat(SqliteErrors.reason(new SQLiteException("x", SQLiteErrorCode.SQLITE_IOERR_WRITE)).key())
                .as("another input/output error keeps its own words").isEqualTo("store.reason.driver");
    }

    @Test
    void aFileThatFindsNoRoomSaysTheDiskIsFull() {
        IOException noSpace = new FileSystemException(dir.resolve("backup.db").toString(), null, "No space left on device");

        assertThat(FileErrors.reason(noSpace).key()).isEqualTo("store.reason.diskFull");
        assertThat(FileErrors.reason(new FileSystemException("x", null, "Input/output error")).key())
                .isEqualTo("store.reason.driver");
    }
}
