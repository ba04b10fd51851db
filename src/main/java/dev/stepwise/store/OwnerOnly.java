package dev.stepwise.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the learner's files so that only they can read them: a progress journal is personal. Java cannot set the
 * process umask, so each file is created with its permissions (0600, folders 0700) rather than fixed afterwards, and
 * the files SQLite creates itself ({@code -wal}, {@code -shm}) are narrowed once they exist. Where the file system
 * has no POSIX permissions (Windows, FAT) the files are created plainly: the user's own folder protects them there.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents, each readable by its owner only. */
    public static void createFolders(Path folder) throws IOException {
        if (posix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates an empty file readable by its owner only; an existing file is left as it is. */
    public static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, fileAttributes(file));
        } catch (FileAlreadyExistsException e) {
            // Someone (another start, the lock) was first: the existing file is the one to use.
        }
    }

    /** The attributes that make a new file owner-only, or none where permissions are not POSIX. */
    public static FileAttribute<?>[] fileAttributes(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Narrows an existing file to its owner; a missing file is skipped (SQLite may not have created it). */
    static void restrict(Path file) throws IOException {
        if (posix(file) && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
