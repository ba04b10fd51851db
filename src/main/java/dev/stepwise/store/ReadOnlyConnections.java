package dev.stepwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
            if (!Files.isRegularFile(absolute) || holdsLog(absolute)) {
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

    private static boolean holdsLog(Path file) {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
