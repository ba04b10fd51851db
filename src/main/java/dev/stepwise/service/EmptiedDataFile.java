package dev.stepwise.service;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A data file of 0 bytes that once held the learner's data. SQLite opens an empty file as an empty database, so without
 * this Stepwise would set it up and seed it again, and months of progress would be gone without a word. Backups in its
 * folder prove it held data (the first backup is made at the end of the first start), so then it is damage, and the
 * recovery offers the newest backup. Without backups it is a first start that was cut short: nothing to lose.
 */
final class EmptiedDataFile {
    private EmptiedDataFile() {
    }

    /** @throws DataUnavailableException when the file is empty and backups show it was not */
    static void refuse(Path databaseFile) {
        if (isEmpty(databaseFile) && hasBackups(databaseFile.resolveSibling(BackupService.FOLDER))) {
            throw new DataUnavailableException(databaseFile, Phrase.of("store.reason.emptied"), null);
        }
    }

    /** 0 bytes, and no write-ahead log that would still bring pages into it. */
    private static boolean isEmpty(Path databaseFile) {
        Path log = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
        return size(databaseFile) == 0 && size(log) <= 0;
    }

    private static boolean hasBackups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> BackupFile.parse(file, 0).isPresent());
        } catch (IOException e) {
            return false;
        }
    }

    /** The size in bytes, or -1 when there is no such file. */
    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
