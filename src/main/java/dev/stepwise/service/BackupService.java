package dev.stepwise.service;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.BackupRetention;
import dev.stepwise.domain.FileCheck;
import dev.stepwise.domain.Phrase;
import dev.stepwise.store.BackupCopies;
import dev.stepwise.store.Database;
import dev.stepwise.store.FileChecks;
import dev.stepwise.store.FileErrors;
import dev.stepwise.store.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Automatic backups of the learner's database, in {@code <data folder>/backups/}: at start when the newest is a day
 * old, every 30 minutes when something changed, at close, and before anything that deletes or replaces data. Each
 * backup is checked before older ones are rotated away ({@link BackupRetention}); one that fails is deleted and
 * reported, and nothing older is removed because of it.
 *
 * <p>Not thread-safe: called from the single store thread only (the copy is made on its connection).
 */
public final class BackupService {
    /** The folder beside the database file that holds the backups. */
    public static final String FOLDER = "backups";

    /**
     * A backup just made.
     *
     * @param shrank the backup is less than half the size of the one before it: most of the data may have gone, so
     *               the learner should be told (the one before it is kept)
     * @param removed the older backups that rotation deleted
     */
    public record Written(BackupFile backup, boolean shrank, List<Path> removed) {
        public Written {
            removed = List.copyOf(removed);
        }
    }

    private final Database database;
    private final Path folder;
    private final Clock clock;
    /** {@link BackupCopies#changes} when the newest backup was made (or when this service started). */
    private long changesAtLastBackup;

    BackupService(Database database, Clock clock) {
        this.database = database;
        this.folder = database.file().resolveSibling(FOLDER);
        this.clock = clock;
        this.changesAtLastBackup = BackupCopies.changes(database);
    }

    public Path folder() {
        return folder;
    }

    /** At start: a backup when there is none yet or the newest is at least a day old. Cheap when none is due. */
    public Optional<Written> backUpIfDue() {
        Optional<BackupFile> newest = backups().stream().findFirst();
        if (newest.isPresent() && !BackupRetention.olderThanADay(newest.get().at(), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(backUp(BackupReason.START));
    }

    /** Every 30 minutes: a backup only when something was saved since the last one. */
    public Optional<Written> backUpIfChanged() {
        return changed() ? Optional.of(backUp(BackupReason.INTERVAL)) : Optional.empty();
    }

    /** When the window closes: a last backup, when something was saved since the last one. */
    public Optional<Written> atClose() {
        return changed() ? Optional.of(backUp(BackupReason.CLOSE)) : Optional.empty();
    }

    /**
     * Before something that deletes or replaces data. Called outside the destructive transaction (a copy cannot be
     * made inside one); when it fails the caller does not go on, so nothing is lost without a backup.
     */
    public Written before(BackupReason reason) {
        return backUp(reason);
    }

    /**
     * Writes a checked backup now, then rotates the older ones.
     *
     * @throws BackupException when the backup could not be written or failed its check; nothing was rotated
     */
    public Written backUp(BackupReason reason) {
        Instant now = clock.instant();
        Path target = freeName(now, reason);
        long changes = BackupCopies.changes(database);
        BackupCopies.write(database, target);
        changesAtLastBackup = changes;
        BackupFile written = read(target).orElseThrow();
        BackupRetention.Decision decision = BackupRetention.decide(
                backups().stream().map(BackupService::forRule).toList(), now);
        List<Path> removed = new ArrayList<>();
        for (BackupRetention.Backup old : decision.remove()) {
            Path file = folder.resolve(old.name());
            try {
                Files.deleteIfExists(file);
                removed.add(file);
            } catch (IOException e) {
                // A backup that cannot be deleted is only kept longer than planned; the new one is good.
            }
        }
        boolean shrank = decision.shrunk().stream().anyMatch(backup -> backup.name().equals(target.getFileName().toString()));
        return new Written(written, shrank, removed);
    }

    /** Every backup, newest first. */
    public List<BackupFile> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "stepwise-*.db")) {
            for (Path file : files) {
                read(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(BackupFile.ORDER.reversed());
        return found;
    }

    /** What a backup holds (paths, items done) and whether it is sound; reads the copy only. */
    public FileCheck contents(Path backup) {
        return FileChecks.check(backup);
    }

    /**
     * Puts the learner's data back as it was in {@code backup}, without a restart: the file is checked (undamaged,
     * Stepwise's, every table of its version) and brought to this version's schema in a working copy; then the current
     * data is backed up (reason before-restore, so the restore itself can be taken back) and replaced in one step on
     * the open connection. The undo history is the backup's, like everything else.
     *
     * @return the before-restore backup
     * @throws BackupException when the file is not one to restore from; nothing was changed
     */
    public Written restore(Path backup) {
        Path workingCopy = folder.resolve(".restore-" + BackupFile.STAMP.format(clock.instant()) + ".db");
        try {
            try {
                OwnerOnly.createFolders(folder);
                Files.deleteIfExists(workingCopy);
            } catch (IOException e) {
                throw new BackupException(Phrase.of("backup.notRestored", backup.toString(),
                        FileErrors.reason(e)), e);
            }
            RestoreReading.prepare(backup, workingCopy, clock);
            // The working copy is made first: rotating for the before-restore backup may remove the file restored from.
            Written before = before(BackupReason.BEFORE_RESTORE);
            BackupCopies.restore(database, workingCopy);
            caughtUp();
            return before;
        } finally {
            BackupCopies.deleteWithLogs(workingCopy);
        }
    }

    /** Whether anything was saved since the newest backup this service made. */
    public boolean changed() {
        return BackupCopies.changes(database) != changesAtLastBackup;
    }

    /** From now on changes count towards the next interval backup (not the bundled paths installed at start). */
    void startCounting() {
        caughtUp();
    }

    /** The live data now equals a copy (after a restore): no interval backup of it is due. */
    private void caughtUp() {
        changesAtLastBackup = BackupCopies.changes(database);
    }

    /** The next name in that second: numbered after every backup of the second, whatever its reason. */
    private Path freeName(Instant at, BackupReason reason) {
        int n = 1 + backups().stream().filter(backup -> backup.at().equals(at.truncatedTo(ChronoUnit.SECONDS)))
                .mapToInt(BackupFile::sequence).max().orElse(0);
        while (Files.exists(folder.resolve(BackupFile.name(at, reason, n)))) {
            n++;
        }
        return folder.resolve(BackupFile.name(at, reason, n));
    }

    private static Optional<BackupFile> read(Path file) {
        try {
            return BackupFile.parse(file, Files.size(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static BackupRetention.Backup forRule(BackupFile backup) {
        return new BackupRetention.Backup(backup.file().getFileName().toString(), backup.at(), backup.bytes());
    }
}
