package dev.stepwise.store;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;

/** How Stepwise names a database file to the driver, and the settings of the connection it works through. */
final class ConnectionSettings {
    private ConnectionSettings() {
    }

    /**
     * The file as a {@code file:} URI, every character that means something in a URI percent-encoded: sqlite-jdbc
     * reads anything after a {@code ?} in a plain path as connection settings, so a folder named "a?b=c" would have
     * opened a different file. SQLite decodes the URI itself (the driver opens with {@code SQLITE_OPEN_URI}).
     */
    static String url(Path file) {
        return "jdbc:sqlite:" + file.toUri().toASCIIString();
    }

    /** The one connection a {@link Database} works through. */
    static SQLiteConfig forWork() {
        SQLiteConfig config = new SQLiteConfig();
        // WAL is switched on after the version check in open(); FULL sync makes each commit survive power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MILLIS);
        // The driver otherwise runs a freshly prepared "SELECT last_insert_rowid()" after every INSERT so that
        // getGeneratedKeys() could answer; Stepwise never asks, and it was a third of an import's time.
        config.setGetGeneratedKeys(false);
        return config;
    }
}
