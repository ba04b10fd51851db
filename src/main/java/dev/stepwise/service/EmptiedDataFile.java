package dev.stepwise.service;

import dev.stepwise.domain.Phrase;
import dev.stepwise.store.DataFiles;
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
        if (DataFiles.holdsNothing(databaseFile) && hasBackups(databaseFile.resolveSibling(BackupService.FOLDER))) {
            throw new DataUnavailableException(databaseFile, Phrase.of("store.reason.emptied"), null);
        }
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
}
