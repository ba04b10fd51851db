package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IdleCheckpoints} on a real file: once taken over, a commit leaves its pages in the write-ahead log (durable
 * and visible there) and the checkpoint happens when asked, and only when the log holds more than its due size; the
 * log file then keeps its space (up to its kept size) and the next commits write it over.
 */
class IdleCheckpointsTest {
    /** More than SQLite's checkpoint threshold (1,000 pages of 8 KiB), in one commit. */
    private static final int WRITTEN_BYTES = 9 * 1024 * 1024;
    /** Enough for a checkpoint, less than the log file keeps after one. */
    private static final int DUE_BUT_KEPT_BYTES = 5 * 1024 * 1024;

    private static final String FILLER = "SELECT length(value) FROM preference WHERE key = 'filler'";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    private static Path log(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static void writeBigRow(Database database, int bytes) {
        // A table of the schema (a reopened file is checked against it); hex() of n random bytes is 2n characters.
        write(database, "INSERT INTO preference (key, value) VALUES ('filler', hex(randomblob(" + bytes / 2 + ")))");
    }

    private static void writeSmallRow(Database database) {
        write(database, "INSERT INTO preference (key, value) VALUES ('test', 'small')");
    }

    private static void write(Database database, String sql) {
        database.inTransaction(() -> {
            try (Statement statement = database.connection().createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void byDefaultTheCommitThatFillsTheLogCheckpointsItself() throws IOException {
        try (Database database = Database.open(file())) {
            writeBigRow(database, WRITTEN_BYTES);

            assertThat(Files.size(file())).as("pages copied into the file inside the commit").isGreaterThan(WRITTEN_BYTES);
        }
    }

    @Test
    void takenOverACommitLeavesItsPagesInTheLogWhereTheyAreReadFrom() throws IOException {
        try (Database database = Database.open(file())) {
            long fileBefore = Files.size(file());
            IdleCheckpoints.takeOver(database);

            writeBigRow(database, WRITTEN_BYTES);

            assertThat(Files.size(file())).isEqualTo(fileBefore);
            assertThat(Files.size(log(file()))).isGreaterThan(WRITTEN_BYTES);
            assertThat(Probe.text(file(), FILLER)).isEqualTo(String.valueOf(WRITTEN_BYTES));
        }
    }

    @Test
    void aCommitNotYetCheckpointedSurvivesTheProcessDyingBeforeIt() throws IOException {
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        try (Database database = Database.open(file())) {
            IdleCheckpoints.takeOver(database);
            writeBigRow(database, WRITTEN_BYTES);
            // The files as a killed process leaves them: the commit in the log, never checkpointed, never closed.
            Files.copy(file(), crashed.resolve("stepwise.db"), StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(log(file()), log(crashed.resolve("stepwise.db")), StandardCopyOption.COPY_ATTRIBUTES);
        }

        try (Database reopened = Database.open(crashed.resolve("stepwise.db"))) {
            assertThat(Probe.text(reopened.file(), FILLER)).isEqualTo(String.valueOf(WRITTEN_BYTES));
        }
    }

    @Test
    void runIfDueMovesTheLogIntoTheFileOnce() throws IOException {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            writeBigRow(database, WRITTEN_BYTES);

            assertThat(checkpoints.runIfDue()).isTrue();

            assertThat(Files.size(file())).isGreaterThan(WRITTEN_BYTES);
            assertThat(WalIndex.pendingBytes(log(file()))).hasValue(0);
            assertThat(checkpoints.runIfDue()).as("nothing left to move").isFalse();
            assertThat(Probe.text(file(), FILLER)).isEqualTo(String.valueOf(WRITTEN_BYTES));
        }
    }

    @Test
    void afterACheckpointTheLogIsWrittenOverFromItsStartNotGrown() throws IOException {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            writeBigRow(database, DUE_BUT_KEPT_BYTES);
            assertThat(checkpoints.runIfDue()).isTrue();
            long kept = Files.size(log(file()));

            writeSmallRow(database);

            assertThat(Files.size(log(file()))).as("the log file keeps its size").isEqualTo(kept).isGreaterThan(DUE_BUT_KEPT_BYTES);
            assertThat(WalIndex.pendingBytes(log(file())).orElseThrow()).as("one small commit at the log's start")
                    .isPositive().isLessThan(IdleCheckpoints.DUE_AT_BYTES);
            assertThat(Probe.text(file(), "SELECT value FROM preference WHERE key = 'test'")).isEqualTo("small");
        }
    }

    @Test
    void aLogLargerThanTheKeptSizeIsCutBackByTheNextCommit() throws IOException {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            writeBigRow(database, WRITTEN_BYTES);
            assertThat(Files.size(log(file()))).isGreaterThan(IdleCheckpoints.KEPT_LOG_BYTES);
            assertThat(checkpoints.runIfDue()).isTrue();

            writeSmallRow(database);

            assertThat(Files.size(log(file()))).isPositive().isLessThanOrEqualTo(IdleCheckpoints.KEPT_LOG_BYTES);
            assertThat(Probe.text(file(), FILLER)).isEqualTo(String.valueOf(WRITTEN_BYTES));
        }
    }

    @Test
    void aReaderOutsideTheAppDefersTheCheckpointToTheNextIdleMoment() throws Exception {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            try (Connection reader = Probe.connect(file()); Statement statement = reader.createStatement()) {
                // A reader of the file as it was before the write: the pages it reads must stay as they are.
                statement.execute("BEGIN");
                statement.executeQuery("SELECT count(*) FROM preference").close();
                writeBigRow(database, WRITTEN_BYTES);

                assertThat(checkpoints.runIfDue()).isFalse();
                assertThat(WalIndex.pendingBytes(log(file())).orElseThrow()).isGreaterThan(WRITTEN_BYTES);
                statement.execute("COMMIT");
            }

            assertThat(checkpoints.runIfDue()).isTrue();
            assertThat(WalIndex.pendingBytes(log(file()))).hasValue(0);
            assertThat(database.pragma("busy_timeout")).isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MILLIS));
        }
    }

    @Test
    void aSmallLogWaitsForMore() throws IOException {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            long fileBefore = Files.size(file());
            writeSmallRow(database);

            assertThat(checkpoints.runIfDue()).isFalse();

            assertThat(Files.size(log(file()))).isPositive().isLessThan(IdleCheckpoints.DUE_AT_BYTES);
            assertThat(Files.size(file())).isEqualTo(fileBefore);
        }
    }
}
