package dev.stepwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * A connection that only reads a database file Stepwise is not working in: a backup, a file to restore or salvage, or
 * the data file for {@code stepwise check}. Reading a WAL file still needs its shared-memory index ({@code -shm}) made
 * beside it, which a read-only folder (a mounted backup disk, a read-only share) refuses: the file then "cannot be
 * opened", and check called a healthy file DAMAGED. Such a file is read again as immutable, which needs no index, as
 * long as no write-ahead log holds pages that reading the main file alone would miss.
 */
final class ReadOnlyConnections {
    private ReadOnlyConnections() {
    }

    static Connection open(Path file) throws SQLException {
        Path absolute = file.toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            return readable(config.createConnection(ConnectionSettings.url(absolute)));
        } catch (SQLException e) {
            if (!Files.isRegularFile(absolute) || DataFiles.logHoldsPages(absolute)) {
                throw e;
            }
            try {
                // Nothing can write to it meanwhile: the folder takes no index, so no Stepwise (nor SQLite) is at work there.
                return readable(config.createConnection(ConnectionSettings.url(absolute) + "?immutable=1"));
            } catch (SQLException retry) {
                e.addSuppressed(retry);
                throw e;
            }
        }
    }

    /** SQLite opens the file lazily: the index is made at the first read, so that is where a read-only folder fails. */
    private static Connection readable(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * The {@code -wal} and {@code -shm} not beside the file yet: what a read-only look will leave there. Only for a file
     * no Stepwise works in: one to restore from, or one refused before it is opened for work ({@link Ownership}); never
     * for {@code check} on a data file, whose window may make them meanwhile.
     */
    static List<Path> missingCompanions(Path file) {
        Path absolute = file.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = absolute.resolveSibling(absolute.getFileName() + suffix);
            if (!Files.exists(companion, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(companion);
            }
        }
        return missing;
    }

    /** After the look: removes what it made, a log only when it holds nothing (a read-only connection writes none). */
    static void removeMadeBeside(List<Path> companions) {
        for (Path companion : companions) {
            try {
                if (companion.getFileName().toString().endsWith("-shm") || Files.size(companion) == 0) {
                    Files.deleteIfExists(companion);
                }
            } catch (IOException e) {
                // Never made, or gone already: nothing to remove.
            }
        }
    }
}
