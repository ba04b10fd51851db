package dev.stepwise.service;

import dev.stepwise.domain.Phrase;
import dev.stepwise.store.OwnerOnly;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * One Stepwise per data file. Two windows on the same file would each show a stale picture and overwrite the
 * other's notes; the second one is refused with a clear message instead. The operating system releases the lock
 * if the process dies, so a crash never leaves the file locked out.
 */
final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws DataUnavailableException naming the database when another Stepwise has it open */
    static InstanceLock acquire(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath();
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            OwnerOnly.createFolders(lockFile.getParent());
            channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    OwnerOnly.fileAttributes(lockFile));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(absolute, null, channel);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(absolute, e, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataUnavailableException(absolute, Phrase.of("store.reason.lockFile", lockFile.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static DataUnavailableException alreadyOpen(Path file, Exception cause, FileChannel channel) {
        closeQuietly(channel);
        return new DataUnavailableException(file, Phrase.of("store.reason.alreadyOpen"), cause);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already reporting why the lock was not taken.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case; nothing the learner can act on.
        }
    }
}
