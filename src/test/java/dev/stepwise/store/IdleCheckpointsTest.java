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
 * and visible there) and the checkpoint happens when asked, and only when the log is past its size.
 */
class IdleCheckpointsTest {
    /** More than SQLite's checkpoint threshold (1,000 pages of 8 KiB), in one commit. */
    private static final int WRITTEN_BYTES = 9 * 1024 * 1024;

    private static final String FILLER = "SELECT length(value) FROM preference WHERE key = 'filler'";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    private static Path log(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static void writeBigRow(Database database) {
        database.inTransaction(() -> {
            try (Statement statement = database.connection().createStatement()) {
                // A table of the schema (a reopened file is checked against it); hex() of n random bytes is 2n characters.
                statement.execute("INSERT INTO preference (key, value) VALUES ('filler', hex(randomblob(" + WRITTEN_BYTES / 2 + ")))");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void byDefaultTheCommitThatFillsTheLogCheckpointsItself() throws IOException {
        try (Database database = Database.open(file())) {
            writeBigRow(database);

            assertThat(Files.size(file())).as("pages copied into the file inside the commit").isGreaterThan(WRITTEN_BYTES);
        }
    }

    @Test
    void takenOverACommitLeavesItsPagesInTheLogWhereTheyAreReadFrom() throws IOException {
        try (Database database = Database.open(file())) {
            long fileBefore = Files.size(file());
            IdleCheckpoints.takeOver(database);

            writeBigRow(database);

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
            writeBigRow(database);
            // The files as a killed process leaves them: the commit in the log, never checkpointed, never closed.
            Files.copy(file(), crashed.resolve("stepwise.db"), StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(log(file()), log(crashed.resolve("stepwise.db")), StandardCopyOption.COPY_ATTRIBUTES);
        }

        try (Database reopened = Database.open(crashed.resolve("stepwise.db"))) {
            assertThat(Probe.text(reopened.file(), FILLER)).isEqualTo(String.valueOf(WRITTEN_BYTES));
        }
    }

    @Test
    void runIfDueMovesTheLogIntoTheFileAndEmptiesItOnce() throws IOException {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            writeBigRow(database);

            assertThat(checkpoints.runIfDue()).isTrue();

            assertThat(Files.size(file())).isGreaterThan(WRITTEN_BYTES);
            assertThat(Files.size(log(file()))).isZero();
            assertThat(checkpoints.runIfDue()).as("nothing left to move").isFalse();
            assertThat(Probe.text(file(), FILLER)).isEqualTo(String.valueOf(WRITTEN_BYTES));
        }
    }

    @Test
    void aReaderOutsideTheAppDefersTheCheckpointToTheNextIdleMoment() throws Exception {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            writeBigRow(database);
            try (Connection reader = Probe.connect(file()); Statement statement = reader.createStatement()) {
                statement.execute("BEGIN");
                statement.executeQuery(FILLER).close();

                assertThat(checkpoints.runIfDue()).isFalse();
                assertThat(Files.size(log(file()))).isGreaterThan(WRITTEN_BYTES);
                statement.execute("COMMIT");
            }

            assertThat(checkpoints.runIfDue()).isTrue();
            assertThat(Files.size(log(file()))).isZero();
            assertThat(database.pragma("busy_timeout")).isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MILLIS));
        }
    }

    @Test
    void aSmallLogWaitsForMore() throws IOException {
        try (Database database = Database.open(file())) {
            IdleCheckpoints checkpoints = IdleCheckpoints.takeOver(database);
            long fileBefore = Files.size(file());
            database.inTransaction(() -> {
                try (Statement statement = database.connection().createStatement()) {
                    statement.execute("INSERT INTO preference (key, value) VALUES ('test', 'small')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(checkpoints.runIfDue()).isFalse();

            assertThat(Files.size(log(file()))).isPositive().isLessThan(IdleCheckpoints.DUE_AT_BYTES);
            assertThat(Files.size(file())).isEqualTo(fileBefore);
        }
    }
}
