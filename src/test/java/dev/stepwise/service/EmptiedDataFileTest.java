package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file of 0 bytes. SQLite opens it as an empty database, so Stepwise would set it up and seed it again and the
 * learner's months would be gone without a word. When backups show the file once held data (a sync tool or a full
 * disk emptied it), it is damage: refused untouched, and the recovery offers the newest backup. With no backups it
 * is a first start that was cut short, and it is set up as a first start is.
 */
class EmptiedDataFileTest {
    @TempDir
    Path dir;
    private final TestClock clock = TestClock.utc("2026-03-01T10:00:00.000000000Z");

    private Path usedThenEmptied() throws IOException {
        Path file = dir.resolve("stepwise.db");
        try (Stepwise stepwise = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
            clock.advance(Duration.ofMinutes(1));
            stepwise.backups().backUp(BackupReason.MANUAL);
        }
        Files.write(file, new byte[0]);
        return file;
    }

    @Test
    void anEmptiedFileWithBackupsIsRefusedUntouchedAndTheBackupRecoversIt() throws IOException {
        Path file = usedThenEmptied();

        Throwable refused = catchThrowable(() -> Stepwise.open(file, List.of(FixturePath.path()), clock).close());

        assertThat(refused).isInstanceOf(DataUnavailableException.class).hasMessageContaining("empty")
                .hasMessageContaining("backups");
        assertThat(Recovery.canHelp(refused)).isTrue();
        assertThat(file).isEmptyFile();
        Recovery recovery = new Recovery(file, clock);
        BackupFile backup = recovery.newestGoodBackup().orElseThrow();
        Path aside = recovery.moveAside();
        recovery.useBackup(backup);
        assertThat(aside).isEmptyFile();
        try (Stepwise opened = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            assertThat(Probe.rows(file, "SELECT item_id, status FROM item_progress"))
                    .containsExactly(List.of(FixturePath.LEARN_LANGUAGE, "DONE"));
        }
    }

    @Test
    void anEmptyFileWithNoBackupsIsAFirstStartCutShortAndIsSetUp() throws IOException {
        Path file = dir.resolve("stepwise.db");
        Files.write(file, new byte[0]);

        try (Stepwise opened = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            assertThat(opened.pathIds()).contains(FixturePath.ID);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void checkCallsAnEmptyFileEmptyNotHealthy() throws IOException {
        Path file = usedThenEmptied();

        assertThat(DataCheck.check(file).problems()).anySatisfy(problem -> assertThat(problem).contains("empty"));
        assertThat(DataCheck.check(file).ok()).isFalse();
    }
}
