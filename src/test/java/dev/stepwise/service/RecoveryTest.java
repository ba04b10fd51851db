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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged file at start: moved aside byte for byte (never deleted), and replaced by the newest good backup, by what
 * can still be read of it, or by a fresh start. A file that is not damaged but foreign is no case for recovery.
 */
class RecoveryTest {
    private static final String ITEM = FixturePath.LEARN_LANGUAGE;

    @TempDir
    Path dir;
    private Path file;
    private final TestClock clock = TestClock.utc("2026-03-01T10:00:00.000000000Z");

    @BeforeEach
    void aDatabaseWithABackupThenDamaged() throws IOException {
        file = dir.resolve("stepwise.db");
        try (Stepwise stepwise = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            stepwise.progress().setStatus(FixturePath.ID, ITEM, ItemStatus.DONE);
            clock.advance(Duration.ofMinutes(1));
            stepwise.backups().backUp(BackupReason.MANUAL);
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.LEARNING);
        }
        Probe.damageMiddlePage(file);
    }

    private Throwable openFails() {
        return catchThrowable(() -> Stepwise.open(file, List.of(FixturePath.path()), clock).close());
    }

    @Test
    void theDamagedFileIsMovedAsideByteForByteAndTheNewestGoodBackupTakesItsPlace() throws IOException {
        assertThat(Recovery.canHelp(openFails())).isTrue();
        byte[] damaged = Files.readAllBytes(file);
        Recovery recovery = new Recovery(file, clock);
        BackupFile backup = recovery.newestGoodBackup().orElseThrow();

        Path aside = recovery.moveAside();
        recovery.useBackup(backup);

        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        try (Stepwise opened = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            assertThat(Probe.rows(file, "SELECT item_id, status FROM item_progress")).containsExactly(List.of(ITEM, "DONE"));
        }
    }

    @Test
    void orWhatCanBeReadOfItIsSalvaged() {
        Recovery recovery = new Recovery(file, clock);

        Path aside = recovery.moveAside();
        recovery.salvage(aside);

        try (Stepwise opened = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            assertThat(opened.pathIds()).contains(FixturePath.ID);
        }
        assertThat(aside).exists();
    }

    @Test
    void orAFreshStartWithTheDamagedFileKept() {
        Recovery recovery = new Recovery(file, clock);

        Path aside = recovery.moveAside();

        try (Stepwise opened = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            assertThat(Probe.count(file, "item_progress")).isZero();
        }
        assertThat(aside).exists();
    }

    @Test
    void aForeignFileIsNoCaseForRecovery() throws IOException {
        Path foreign = dir.resolve("other.db");
        Files.writeString(foreign, "my holiday notes");

        Throwable refused = catchThrowable(() -> Stepwise.open(foreign, List.of(FixturePath.path()), clock).close());

        assertThat(refused).isInstanceOf(DataUnavailableException.class);
        assertThat(Recovery.canHelp(refused)).isFalse();
    }
}
