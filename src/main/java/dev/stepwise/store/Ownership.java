package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Tells Stepwise's own files from everything else before a single byte is written. Every Stepwise database carries
 * {@link #APPLICATION_ID} in its header ({@code PRAGMA application_id}); a file that is not SQLite, or is marked by
 * another program, is refused from its first 100 bytes, without SQLite ever opening it. A file without any mark may
 * be one written before Stepwise marked its files: it is looked at through a read-only connection and taken as ours
 * only when its {@code user_version} is one Stepwise wrote and every table of that version is there.
 */
final class Ownership {
    /**
     * Stepwise's mark in the database header: the four ASCII bytes "StWs" (0x53745773), so {@code file(1)} or a hex dump
     * shows whose file it is. Fixed for good: changing it would make every learner's file look foreign. It is not
     * registered in SQLite's {@code magic.txt}; four letters of our own make a clash with another program unlikely.
     */
    static final int APPLICATION_ID = 0x53745773;

    /** What the file is, as far as opening it goes. */
    enum Kind {
        /** Missing, empty, or an SQLite file with nothing in it: Stepwise creates its schema and marks it. */
        NEW,
        /** Carries Stepwise's mark. */
        MARKED,
        /** A Stepwise file from before the mark: it gets the mark with its next migration. */
        UNMARKED
    }

    private Ownership() {
    }

    /** @throws DatabaseUnavailableException when the file is not Stepwise's; nothing was written to it */
    static Kind inspect(Path file, String folder, List<String> scripts) {
        FileHeader header;
        try {
            if (!Files.exists(file)) {
                return Kind.NEW;
            }
            header = FileHeader.read(file);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.unreadable"), e);
        }
        if (header.empty()) {
            return Kind.NEW;
        }
        if (!header.sqlite()) {
            throw new DatabaseUnavailableException(file, Phrase.of("store.reason.notADatabase"), null);
        }
        if (header.applicationId() == APPLICATION_ID) {
            return Kind.MARKED;
        }
        if (header.applicationId() != 0) {
            throw foreign(file);
        }
        return recogniseUnmarked(file, folder, scripts);
    }

    private static Kind recogniseUnmarked(Path file, String folder, List<String> scripts) {
        // A read-only connection cannot write the file; on a WAL file it may still create -wal and -shm beside it,
        // which are removed again when the file is refused.
        List<Path> companions = ReadOnlyConnections.missingCompanions(file);
        boolean ours;
        boolean empty;
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection(ConnectionSettings.url(file));
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT (SELECT user_version FROM pragma_user_version),"
                     + " (SELECT count(*) FROM sqlite_schema)")) {
            rows.next();
            int version = rows.getInt(1);
            empty = version == 0 && rows.getInt(2) == 0;
            ours = version >= 1 && version <= scripts.size()
                    && SchemaCheck.tables(connection).keySet().containsAll(expectedTables(folder, scripts, version));
        } catch (SQLException e) {
            ReadOnlyConnections.removeMadeBeside(companions);
            throw new DatabaseUnavailableException(file, SqliteErrors.reason(e), e);
        }
        if (empty) {
            return Kind.NEW;
        }
        if (!ours) {
            ReadOnlyConnections.removeMadeBeside(companions);
            throw foreign(file);
        }
        return Kind.UNMARKED;
    }

    private static Set<String> expectedTables(String folder, List<String> scripts, int version) throws SQLException {
        return SchemaCheck.expected(folder, scripts, version).keySet();
    }

    private static DatabaseUnavailableException foreign(Path file) {
        return new DatabaseUnavailableException(file, Phrase.of("store.reason.foreign"), null);
    }
}
