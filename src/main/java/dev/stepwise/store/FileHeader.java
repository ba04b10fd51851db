package dev.stepwise.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of an SQLite file, read as plain bytes (<a href="https://www.sqlite.org/fileformat.html">file
 * format</a>, "The Database Header"): whether the file is SQLite at all and which program marked it, known before
 * SQLite opens it and so before anything can write to it.
 */
record FileHeader(long size, boolean sqlite, int applicationId, int userVersion) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int LENGTH = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    static FileHeader read(Path file) throws IOException {
        long size = Files.size(file);
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(LENGTH);
        }
        if (header.length < LENGTH || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return new FileHeader(size, false, 0, 0);
        }
        ByteBuffer bytes = ByteBuffer.wrap(header); // big-endian, as SQLite writes them
        return new FileHeader(size, true, bytes.getInt(APPLICATION_ID_OFFSET), bytes.getInt(USER_VERSION_OFFSET));
    }

    boolean empty() {
        return size == 0;
    }
}
