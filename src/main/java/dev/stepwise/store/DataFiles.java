package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The data folder and database file as the file system sees them, checked before anything opens them: a folder that
 * is a file, a folder or file that is read-only, each get their own sentence instead of a failure deep in SQLite or
 * at the first save. A missing folder is created, readable by its owner only.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * @param file the database file, absolute
     * @throws DatabaseUnavailableException naming the file and what is wrong with it or its folder
     */
    public static void prepare(Path file) {
        Path folder = file.getParent();
        if (folder != null) {
            prepareFolder(file, folder);
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.fileIsFolder"), null);
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.unreadable"), null);
        }
        // A read-only file would open and then fail every save; a WAL file even needs its folder to write -wal/-shm.
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.readOnly"), null);
        }
    }

    /**
     * 0 bytes, and no write-ahead log that would still bring pages into it: SQLite reads such a file as a healthy,
     * empty database, which for a data file or a backup is a loss, not a start.
     */
    public static boolean holdsNothing(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0 && !logHoldsPages(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the write-ahead log beside the file holds pages; when its size cannot be read, it is taken to. */
    static boolean logHoldsPages(Path file) {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void prepareFolder(Path file, Path folder) {
        Path blocker = firstFileAmong(folder);
        if (blocker != null) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.folderIsFile", blocker.toString()), null);
        }
        try {
            OwnerOnly.createFolders(folder);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.folderIsFile", e.getFile()), e);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.folderNotCreated", String.valueOf(e.getMessage())), e);
        }
        if (!Files.isWritable(folder)) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.folderReadOnly", folder.toString()), null);
        }
    }

    /** The folder or the nearest of its parents that exists, when that is a file rather than a folder. */
    private static Path firstFileAmong(Path folder) {
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                return Files.isDirectory(at) ? null : at;
            }
        }
        return null;
    }
}
