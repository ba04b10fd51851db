package dev.stepwise.service;

import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database as it is on disk: every row ({@link Snapshot}, which names what changed) and a SHA-256 of the database
 * file and of its write-ahead log. Two equal states mean nothing was written, not even a transaction that was later
 * undone. The shared-memory index ({@code -shm}) is left out: SQLite touches it on reads, and it holds no data.
 */
record DiskState(Snapshot rows, Map<String, String> digests) {

    static DiskState of(Path database) {
        Map<String, String> digests = new TreeMap<>();
        for (Path file : List.of(database, database.resolveSibling(database.getFileName() + "-wal"))) {
            if (Files.exists(file)) {
                digests.put(file.getFileName().toString(), sha256(file));
            }
        }
        return new DiskState(Snapshot.of(database), digests);
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows that differ in {@code later} ({@link Snapshot#changesTo}). */
    List<String> rowChangesTo(DiskState later) {
        return rows.changesTo(later.rows);
    }
}
