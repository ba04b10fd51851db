package dev.stepwise.service;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * One Stepwise per data file. Two windows on the same file would each show a stale picture and overwrite the
 * other's notes; the second one is refused with a clear message instead. The lock is held on the database file
 * itself — a byte range far past anything SQLite locks or writes — so deleting a stray file cannot let a second
 * instance in, and the operating system releases it if the process dies, so a crash never leaves the file locked out.
 *
 * <p>POSIX releases a process's locks on a file when it closes any descriptor of that file: nothing in Stepwise opens
 * the database file a second time, and this lock is released after the database is closed.
 */
final class InstanceLock implements AutoCloseable {
    /** 1 TiB in: SQLite's own locks are bytes 1 GiB to 1 GiB + 512, and a lock past the end writes nothing. */
    static final long LOCKED_BYTE = 1L << 40;

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the database file, which {@code Database.open} has just opened (and created on a first start).
     *
     * @throws DataInUseException naming the database when another Stepwise has it open
     */
    static InstanceLock acquire(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(absolute, Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE));
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                throw alreadyOpen(absolute, null, channel);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(absolute, e, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataUnavailableException(absolute, Phrase.of("store.reason.cannotLock", String.valueOf(e.getMessage())), e);
        }
    }

    private static DataInUseException alreadyOpen(Path file, Exception cause, FileChannel channel) {
        closeQuietly(channel);
        return new DataInUseException(file, cause);
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
