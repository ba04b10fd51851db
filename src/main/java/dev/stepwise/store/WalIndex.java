package dev.stepwise.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * How much of the write-ahead log is not yet in the database file, as SQLite's shared-memory index of the log (the
 * {@code -shm} file, laid out in https://www.sqlite.org/walformat.html) says: frames written minus frames copied
 * back. The log file's size cannot say it, because a checkpoint leaves the file as large as it was, to be written
 * over. Only read, never written; a file this class does not recognise answers nothing and the caller falls back.
 */
public final class WalIndex {
    /** The index's version field, the same since SQLite 3.7.0 brought the write-ahead log. */
    private static final int VERSION = 3_007_000;
    /** Each frame in the log is a 24-byte header and one page. */
    public static final int FRAME_HEADER_BYTES = 24;
    /** The index header, its second copy and the checkpoint's counters up to {@code nBackfill}. */
    private static final int READ_BYTES = 100;
    private static final int IS_INIT = 12;
    private static final int PAGE_SIZE = 14;
    private static final int MAX_FRAME = 16;
    private static final int BACKFILLED = 96;

    private WalIndex() {
    }

    /**
     * The bytes of log frames not yet copied into the database, read from the index next to {@code log}; empty when
     * there is no index, or one of another layout. Only meaningful on the thread that writes, between transactions.
     */
    public static OptionalLong pendingBytes(Path log) {
        Path index = log.resolveSibling(log.getFileName().toString().replaceFirst("-wal$", "-shm"));
        ByteBuffer header = ByteBuffer.allocate(READ_BYTES).order(ByteOrder.nativeOrder());
        try (FileChannel channel = FileChannel.open(index, StandardOpenOption.READ)) {
            while (header.hasRemaining() && channel.read(header) > 0) {
                // Reads the whole header, however the channel splits it.
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        if (header.hasRemaining() || header.getInt(0) != VERSION || header.get(IS_INIT) != 1) {
            return OptionalLong.empty();
        }
        int pageSize = Short.toUnsignedInt(header.getShort(PAGE_SIZE));
        // The field is 16 bits: 65,536-byte pages are written as 1.
        long frameBytes = (pageSize == 1 ? 65_536 : pageSize) + FRAME_HEADER_BYTES;
        long pending = Integer.toUnsignedLong(header.getInt(MAX_FRAME)) - Integer.toUnsignedLong(header.getInt(BACKFILLED));
        return OptionalLong.of(Math.max(0, pending) * frameBytes);
    }
}
