package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered, append-only schema migrations driven by {@code PRAGMA user_version}. Version N is the resource
 * {@code db/V00N__*.sql}; a shipped file is never edited, a change is a new file. Each script runs whole, as
 * SQLite parses it. All pending migrations run in one transaction, so a failure leaves the database at the
 * version it had.
 */
final class Migrations {
    /** The classpath folder of the shipped scripts. */
    static final String FOLDER = "/dev/stepwise/db/";

    /** The resource of each version, in order; index 0 is version 1. */
    static final List<String> SCRIPTS = List.of("V001__create.sql", "V002__self_check_answers.sql",
            "V003__workspace.sql", "V004__undo.sql", "V005__activity_payload.sql", "V006__milestones.sql",
            "V007__study_time_reviews.sql", "V008__packed_upstream.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /**
     * Refuses a database written by a newer Stepwise, whose schema this version would misread, and a version no
     * Stepwise writes (below 0: a damaged header, or another program's number).
     */
    static void checkSupported(Database database, int latest) throws SQLException {
        int current = database.userVersion();
        if (current > latest) {
            // Numbers as text: a schema version is a name, not an amount to group by thousands.
            throw new DatabaseUnavailableException(database.file(),
                    Phrase.of("store.reason.newer", String.valueOf(current), String.valueOf(latest)), null);
        }
        if (current < 0) {
            throw new DatabaseUnavailableException(database.file(),
                    Phrase.of("store.reason.badVersion", String.valueOf(current)), null);
        }
    }

    /**
     * Migrates with the given scripts (version N is {@code scripts.get(N - 1)} in {@code folder}); tests bring their own.
     * {@code mark}: the file is a Stepwise file from before the mark, which it gets in the same transaction.
     */
    static void apply(Database database, String folder, List<String> scripts, boolean mark) throws SQLException {
        int latest = scripts.size();
        checkSupported(database, latest);
        int current = database.userVersion();
        if (current == latest && !mark) {
            return;
        }
        database.inTransaction(() -> {
            try (Statement statement = database.connection().createStatement()) {
                if (mark) {
                    statement.executeUpdate("PRAGMA application_id = " + Ownership.APPLICATION_ID);
                }
                for (int version = current + 1; version <= latest; version++) {
                    // sqlite-jdbc hands a whole script to sqlite3_exec, so SQLite's own parser finds the statements:
                    // a trigger's BEGIN …; …; END; or a ';' inside a string literal stays in one piece.
                    statement.executeUpdate(read(folder + scripts.get(version - 1)));
                    statement.executeUpdate("PRAGMA user_version = " + version);
                }
            } catch (SQLException e) {
                throw new StoreException("Could not upgrade the database schema: " + SqliteErrors.describe(e), e);
            }
        });
    }

    static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new StoreException("Migration " + script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Could not read migration " + script, e);
        }
    }
}
