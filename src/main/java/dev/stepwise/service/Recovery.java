package dev.stepwise.service;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.SalvageReport;
import dev.stepwise.store.BackupCopies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What can be done when the learner's own file turns out damaged at start: it is moved aside untouched (never
 * deleted), and a new file takes its place — the newest backup that checks out, what can still be read of the damaged
 * one, or a fresh start. Only for damage: a foreign, newer or locked file is refused as it is and never moved.
 */
public final class Recovery {
    /** The reasons that mean "this is our file, and it is damaged". */
    private static final Set<String> DAMAGE = Set.of("store.reason.damaged", "store.reason.damagedCheck",
            "store.reason.brokenLink", "store.reason.missingTable", "store.reason.missingColumn",
            "store.reason.emptied");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path databaseFile;
    private final Clock clock;

    public Recovery(Path databaseFile, Clock clock) {
        this.databaseFile = databaseFile.toAbsolutePath();
        this.clock = clock;
    }

    public static boolean canHelp(Throwable failure) {
        return failure instanceof DataUnavailableException unavailable && DAMAGE.contains(unavailable.reasonPhrase().key());
    }

    /** The newest backup in the data folder's backups folder that passes its own check, if any. */
    public Optional<BackupFile> newestGoodBackup() {
        Path folder = databaseFile.resolveSibling(BackupService.FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<BackupFile> newestFirst = files.map(file -> BackupFile.parse(file, size(file))).flatMap(Optional::stream)
                    .sorted(BackupFile.ORDER.reversed()).toList();
            return newestFirst.stream().filter(backup -> DataCheck.check(backup.file()).problems().isEmpty()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Moves the damaged file (and its -wal and -shm, which belong to it) aside as {@code stepwise.db.damaged-<time>},
     * byte for byte; returns where the database went.
     */
    public Path moveAside() {
        String suffix = ".damaged-" + STAMP.format(clock.instant());
        Path aside = databaseFile.resolveSibling(databaseFile.getFileName() + suffix);
        try {
            for (String part : new String[] {"", "-wal", "-shm"}) {
                Path file = databaseFile.resolveSibling(databaseFile.getFileName() + part);
                if (Files.exists(file)) {
                    Files.move(file, aside.resolveSibling(aside.getFileName() + part));
                }
            }
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After {@link #moveAside}: the backup (a closed, checked file) becomes the database. */
    public void useBackup(BackupFile backup) {
        try {
            Files.copy(backup.file(), databaseFile, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The command line's restore when the learner's own file is damaged (so it cannot be opened, nor backed up first):
     * the backup is checked and brought to this version's schema in a working copy before anything moves, so a refused
     * backup leaves everything as it was; then the damaged file is moved aside, as at a start, and the copy takes its
     * place.
     *
     * @return where the damaged file went
     * @throws BackupException when the file is not one to restore from; nothing was changed
     */
    public Path restoreOver(Path backup) {
        Path workingCopy = databaseFile.resolveSibling("." + databaseFile.getFileName() + ".restoring-" + STAMP.format(clock.instant()));
        try {
            RestoreReading.prepare(backup, workingCopy, clock);
            Path aside = moveAside();
            Files.move(workingCopy, databaseFile);
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            BackupCopies.deleteWithLogs(workingCopy);
        }
    }

    /** After {@link #moveAside}: every row that can still be read of the damaged file becomes the database. */
    public SalvageReport salvage(Path aside) {
        return DataCheck.salvage(aside, databaseFile);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
