package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.SalvageReport;
import dev.stepwise.fixtures.FixturePath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving the readable rows of a broken file into a fresh one that Stepwise opens. */
class SalvageTest {
    @TempDir
    Path dir;

    private Path withTwoPaths() {
        Path file = dir.resolve("broken.db");
        try (Database database = Database.open(file)) {
            PathRepository paths = new PathRepository(database);
            database.inTransaction(() -> paths.save(FixturePath.path(), Instant.parse("2026-02-20T18:30:00Z")));
            database.inTransaction(() -> paths.save(SamplePaths.sample(), Instant.parse("2026-02-20T18:30:00Z")));
        }
        return file;
    }

    @Test
    void aSoundFileIsCopiedRowForRow() {
        Path file = withTwoPaths();
        Path out = dir.resolve("saved.db");

        SalvageReport report = Salvage.copy(file, out);

        assertThat(Snapshot.of(out)).isEqualTo(Snapshot.of(file));
        assertThat(report.copied().get("item")).isEqualTo(Probe.count(file, "item"));
        assertThat(report.skipped().values()).allMatch(skipped -> skipped == 0);
        assertThat(report.notes()).isEmpty();
        assertThat(Probe.count(out, "undo_step")).as("a salvaged file starts its own undo history").isZero();
    }

    @Test
    void rowsLeftWithoutTheirParentAreLeftBehindSoTheFreshFileOpens() throws SQLException {
        Path file = withTwoPaths();
        long items = Probe.count(file, "item");
        try (Connection connection = Probe.connect(file); Statement statement = connection.createStatement()) {
            // A lost parent, as damage would leave it: foreign keys are off on this plain connection.
            statement.execute("DELETE FROM path WHERE id = '" + SamplePaths.ID + "'");
        }
        Path out = dir.resolve("saved.db");

        SalvageReport report = Salvage.copy(file, out);

        long sampleItems = SamplePaths.sample().items().count();
        assertThat(Probe.count(out, "item")).isEqualTo(items - sampleItems);
        // Copied means in the salvaged file: the orphans removed at the end are left behind, not copied too.
        assertThat(report.copied().get("item")).isEqualTo(items - sampleItems);
        assertThat(report.skipped().get("item")).isEqualTo(sampleItems);
        assertThat(report.copied()).allSatisfy((table, count) ->
                assertThat(count).as("copied into %s", table).isEqualTo(Probe.count(out, table)));
        assertThat(Probe.column(out, "SELECT id FROM path")).containsExactly(FixturePath.ID);
        try (Database reopened = Database.open(out)) {
            assertThat(new PathRepository(reopened).load(FixturePath.ID)).isPresent();
        }
    }

    /**
     * A table whose first page is gone: nothing of it can be read, its children are left without parents. The report
     * said "45 copied, 45 left behind" of 45 rows with none in the file, and "unreadable rows after row
     * -9223372036854775808", then gave the table up for a broken statement ("statement is not executing").
     */
    @Test
    void aTableThatCannotBeReadIsReportedAsItIsAndCopiedMeansInTheFile() throws Exception {
        Path file = withTwoPaths();
        long rootPage = Long.parseLong(Probe.column(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'item'").get(0));
        long pageSize = Long.parseLong(Probe.column(file, "PRAGMA page_size").get(0));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate((int) pageSize), (rootPage - 1) * pageSize);
        }
        Path out = dir.resolve("saved.db");

        SalvageReport report = Salvage.copy(file, out);

        assertThat(report.copied()).allSatisfy((table, count) ->
                assertThat(count).as("copied into %s", table).isEqualTo(Probe.count(out, table)));
        assertThat(report.copied().get("item")).isZero();
        assertThat(report.skipped().get("sub_item")).as("sub-steps of items that were lost").isPositive();
        assertThat(report.notes()).contains("item: unreadable rows from its first row")
                .noneMatch(note -> note.contains(String.valueOf(Long.MIN_VALUE)) || note.contains("not executing"));
    }

    @Test
    void aTargetWithContentIsRefusedAndLeftAlone() throws IOException {
        Path file = withTwoPaths();
        Path out = Files.writeString(dir.resolve("taken.db"), "mine");

        assertThatThrownBy(() -> Salvage.copy(file, out)).isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(((BackupException) e).fault()).isEqualTo(BackupException.Fault.INPUT));
        assertThat(Files.readString(out)).isEqualTo("mine");
    }
}
