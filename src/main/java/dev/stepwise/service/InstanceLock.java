package dev.stepwise.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(absolute, null, channel);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(absolute, e, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataUnavailableException(absolute, "its lock file " + lockFile + " cannot be created ("
                    + e.getMessage() + ")", e);
        }
    }

    private static DataUnavailableException alreadyOpen(Path file, Exception cause, FileChannel channel) {
        closeQuietly(channel);
        return new DataUnavailableException(file, "Stepwise is already open on this file. Switch to that window, "
                + "or close it first", cause);
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
