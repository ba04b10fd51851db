package dev.stepwise.service;

import static dev.stepwise.store.SamplePaths.ID;
import static dev.stepwise.store.SamplePaths.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When backups are made, what they hold, how they rotate, and restoring one, on real files. */
class BackupServiceTest {
    @TempDir
    Path dir;
    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00Z");

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    private Stepwise open(LearningPath bundled) {
        return Stepwise.open(file(), List.of(bundled), clock);
    }

    private Stepwise open() {
        return open(SamplePaths.sample());
    }

    private static List<BackupReason> reasons(Stepwise stepwise) {
        return stepwise.backups().backups().stream().map(BackupFile::reason).toList();
    }

    @Test
    void theFirstStartMakesABackupAndTheNextStartOnlyOnceADayHasPassed() {
        try (Stepwise stepwise = open()) {
            assertThat(stepwise.startBackup()).isPresent();
            assertThat(reasons(stepwise)).containsExactly(BackupReason.START);
            BackupFile backup = stepwise.backups().backups().get(0);
            assertThat(backup.file().getFileName().toString()).isEqualTo("stepwise-2026-01-10T090000Z-start.db");
            assertThat(backup.file().getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.bytes()).isEqualTo(backup.file().toFile().length()).isPositive();
        }
        clock.advance(Duration.ofHours(23));
        try (Stepwise stepwise = open()) {
            assertThat(stepwise.startBackup()).isEmpty();
            assertThat(reasons(stepwise)).hasSize(1);
        }
        clock.advance(Duration.ofHours(1));
        try (Stepwise stepwise = open()) {
            assertThat(stepwise.startBackup()).isPresent();
            assertThat(reasons(stepwise)).containsExactly(BackupReason.START, BackupReason.START);
        }
    }

    @Test
    void aStartUpBackupThatFailsDoesNotStopTheStartAndIsKeptToBeShown() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("backups"), "a file where the backups folder should be");

        try (Stepwise stepwise = open()) {
            assertThat(stepwise.startBackup()).isEmpty();
            assertThat(stepwise.startBackupFailure()).get().satisfies(failure ->
                    assertThat(failure.explanation().key()).isEqualTo("backup.notWritten"));
            assertThat(stepwise.pathIds()).containsExactly(ID);
        }
    }

    @Test
    void theIntervalAndCloseBackupsAreMadeOnlyAfterAChange() {
        try (Stepwise stepwise = open()) {
            BackupService backups = stepwise.backups();
            assertThat(backups.backUpIfChanged()).isEmpty();
            assertThat(backups.atClose()).isEmpty();

            stepwise.progress().setStatus(ID, SECOND, ItemStatus.DONE);
            clock.advance(Duration.ofMinutes(30));
            BackupService.Written written = backups.backUpIfChanged().orElseThrow();

            assertThat(written.backup().reason()).isEqualTo(BackupReason.INTERVAL);
            assertThat(backups.contents(written.backup().file()).itemsDone()).isEqualTo(1);
            assertThat(backups.backUpIfChanged()).isEmpty();

            stepwise.progress().setStatus(ID, SECOND, ItemStatus.LEARNING);
            assertThat(backups.atClose()).map(close -> close.backup().reason()).contains(BackupReason.CLOSE);
        }
    }

    @Test
    void deletingAPathIsPrecededByABackupThatStillHoldsIt() {
        try (Stepwise stepwise = open()) {
            stepwise.workspace().delete(ID);

            BackupFile before = stepwise.backups().backups().get(0);
            assertThat(before.reason()).isEqualTo(BackupReason.BEFORE_DELETE);
            assertThat(stepwise.backups().contents(before.file()).paths()).isEqualTo(1);
            assertThat(stepwise.pathIds()).isEmpty();
        }
    }

    @Test
    void importingOverAPathIsPrecededByABackupButAddingANewOneIsNot() {
        try (Stepwise stepwise = open()) {
            stepwise.pathFiles().importPath(SamplePaths.sample(), true);
            assertThat(reasons(stepwise)).containsExactly(BackupReason.START);

            stepwise.pathFiles().importPath(SamplePaths.sampleV2(), false);

            assertThat(reasons(stepwise)).containsExactly(BackupReason.BEFORE_IMPORT, BackupReason.START);
        }
    }

    @Test
    void applyingAnUpgradeIsPrecededByABackup() {
        try (Stepwise stepwise = open()) {
            assertThat(stepwise.upstream().apply(ID)).isEmpty();
            assertThat(reasons(stepwise)).containsExactly(BackupReason.START);
        }
        try (Stepwise stepwise = open(SamplePaths.sampleV2())) {
            stepwise.upstream().apply(ID);

            assertThat(reasons(stepwise)).containsExactly(BackupReason.BEFORE_UPGRADE, BackupReason.START);
        }
    }

    @Test
    void restoringPutsEveryTableBackAsItWasAtTheBackupAndKeepsTheStateBeforeIt() {
        try (Stepwise stepwise = open()) {
            stepwise.progress().setStatus(ID, SECOND, ItemStatus.DONE);
            BackupService.Written backup = stepwise.backups().backUp(BackupReason.MANUAL);
            Snapshot atBackup = Snapshot.of(file());
            stepwise.progress().setStatus(ID, SECOND, ItemStatus.SKIPPED);
            stepwise.workspace().delete(ID);
            Snapshot changed = Snapshot.of(file());
            clock.advance(Duration.ofMinutes(5));

            BackupService.Written before = stepwise.backups().restore(backup.backup().file());

            assertThat(Snapshot.of(file())).isEqualTo(atBackup);
            assertThat(Snapshot.of(before.backup().file())).isEqualTo(changed);
            assertThat(before.backup().reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
            // The services go on over the restored data, and the undo history is the backup's.
            assertThat(stepwise.pathIds()).containsExactly(ID);
            assertThat(stepwise.progress().load(ID).statusOf(SECOND)).isEqualTo(ItemStatus.DONE);
            assertThat(stepwise.undo().undo()).isPresent();
            assertThat(stepwise.progress().load(ID).statusOf(SECOND)).isEqualTo(ItemStatus.NOT_STARTED);
            // New changes after the restore are recorded for undo as before.
            stepwise.progress().setStatus(ID, SECOND, ItemStatus.LEARNING);
            assertThat(stepwise.undo().undo()).isPresent();
            assertThat(stepwise.progress().load(ID).statusOf(SECOND)).isEqualTo(ItemStatus.NOT_STARTED);
            assertThat(dir.resolve("backups")).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".restore"));
        }
    }

    @Test
    void aFileThatIsNotABackupIsNotRestoredAndNothingChanges() throws IOException {
        Path notABackup = Files.writeString(dir.resolve("notes.db"), "just some text, long enough to not be empty at all");
        try (Stepwise stepwise = open()) {
            Snapshot before = Snapshot.of(file());

            assertThatThrownBy(() -> stepwise.backups().restore(notABackup)).isInstanceOf(BackupException.class)
                    .hasMessageContaining("notes.db");

            assertThat(Snapshot.of(file())).isEqualTo(before);
            assertThat(reasons(stepwise)).containsExactly(BackupReason.START);
        }
    }

    @Test
    void rotationKeepsTheNewestTenOfADay() {
        try (Stepwise stepwise = open()) {
            for (int i = 0; i < 12; i++) {
                clock.advance(Duration.ofMinutes(1));
                stepwise.backups().backUp(BackupReason.MANUAL);
            }

            List<BackupFile> kept = stepwise.backups().backups();
            assertThat(kept).hasSize(10).allMatch(backup -> backup.reason() == BackupReason.MANUAL);
            assertThat(kept.get(0).at()).isEqualTo(clock.instant());
        }
    }

    @Test
    void aBackupThatFailsIsReportedAndRotatesNothingAway() throws IOException {
        try (Stepwise stepwise = open()) {
            for (int i = 0; i < 10; i++) {
                clock.advance(Duration.ofMinutes(1));
                stepwise.backups().backUp(BackupReason.MANUAL);
            }
            List<BackupFile> before = stepwise.backups().backups();
            clock.advance(Duration.ofMinutes(1));
            // A dangling link where the next backup goes: the name looks free, but the file cannot be created.
            Path next = dir.resolve("backups").resolve(BackupFile.name(clock.instant(), BackupReason.MANUAL, 1));
            Files.createSymbolicLink(next, dir.resolve("nowhere").resolve("x.db"));

            assertThatThrownBy(() -> stepwise.backups().backUp(BackupReason.MANUAL)).isInstanceOf(BackupException.class)
                    .hasMessageContaining("no older backup was removed");

            assertThat(stepwise.backups().backups()).isEqualTo(before);
        }
    }

    @Test
    void backupsOfOneSecondAreNumberedInTheOrderTheyWereMade() {
        try (Stepwise stepwise = open()) {
            stepwise.backups().backUp(BackupReason.MANUAL);
            stepwise.backups().backUp(BackupReason.BEFORE_DELETE);

            assertThat(stepwise.backups().backups()).extracting(backup -> backup.file().getFileName().toString())
                    .containsExactly("stepwise-2026-01-10T090000Z-before-delete-3.db",
                            "stepwise-2026-01-10T090000Z-manual-2.db", "stepwise-2026-01-10T090000Z-start.db");
        }
    }
}
