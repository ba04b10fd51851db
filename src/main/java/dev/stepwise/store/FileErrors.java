package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file or folder of the data folder could not be made, in words. Java's own message for most of these is only
 * the path, so "The backup … could not be written: /data/backups." said nothing when a file stood where the backups
 * folder goes.
 */
public final class FileErrors {
    private FileErrors() {
    }

    public static Phrase reason(IOException e) {
        if (isFull(e)) {
            return Phrase.of("store.reason.diskFull");
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return Phrase.of("store.reason.inTheWay", exists.getFile());
        }
        if (e instanceof AccessDeniedException denied) {
            return Phrase.of("store.reason.denied", denied.getFile());
        }
        if (e instanceof NoSuchFileException missing) {
            return Phrase.of("store.reason.noSuchFile", missing.getFile());
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return Phrase.of("store.reason.driver", system.getFile() + ": " + system.getReason());
        }
        return Phrase.of("store.reason.driver", String.valueOf(e.getMessage()));
    }

    /** Java has no type for ENOSPC: only the system's own words (POSIX's, or Windows') tell a full disk apart. */
    private static boolean isFull(IOException e) {
        String words = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
        return words != null && (words.contains("No space left on device") || words.contains("not enough space on the disk"));
    }
}
