package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WalIndex} reads what SQLite's own index says of a live log, and answers nothing for a file it does not know. */
class WalIndexTest {
    @TempDir
    Path dir;

    private Path log() {
        return dir.resolve("stepwise.db-wal");
    }

    private static void write(Database database, String key, int bytes) {
        database.inTransaction(() -> {
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("INSERT INTO preference (key, value) VALUES ('" + key + "', hex(randomblob(" + bytes / 2 + ")))");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theLogsPendingBytesAreWholeFramesThatGrowWithEachCommitUntilACheckpoint() throws IOException {
        try (Database database = Database.open(dir.resolve("stepwise.db"))) {
            IdleCheckpoints.takeOver(database);
            long frameBytes = Long.parseLong(database.pragma("page_size")) + 24;
            write(database, "one", 100_000);
            long afterOne = WalIndex.pendingBytes(log()).orElseThrow();
            write(database, "two", 100_000);
            long afterTwo = WalIndex.pendingBytes(log()).orElseThrow();

            assertThat(afterOne).isGreaterThan(100_000).isEqualTo(afterOne / frameBytes * frameBytes);
            assertThat(afterTwo).isGreaterThan(afterOne + 100_000);
            // While nothing is checkpointed, every frame in the file is pending: the file is its 32-byte header and them.
            assertThat(Files.size(log())).isEqualTo(32 + afterTwo);
        }
    }

    @Test
    void noIndexAnswersNothing() {
        assertThat(WalIndex.pendingBytes(log())).isEmpty();
    }

    @Test
    void anIndexOfAnotherLayoutAnswersNothing() throws IOException {
        Files.write(dir.resolve("stepwise.db-shm"), new byte[100]);
        assertThat(WalIndex.pendingBytes(log())).as("a version field of 0").isEmpty();

        Files.write(dir.resolve("stepwise.db-shm"), new byte[40]);
        assertThat(WalIndex.pendingBytes(log())).as("shorter than the header").isEmpty();
    }
}
