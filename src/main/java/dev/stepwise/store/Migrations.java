package dev.stepwise.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered, append-only schema migrations driven by {@code PRAGMA user_version}. Version N is the resource
 * {@code db/V00N__*.sql}; a shipped file is never edited, a change is a new file. All pending migrations run in
 * one transaction, so a failure leaves the database at the version it had.
 */
final class Migrations {
    /** The resource of each version, in order; index 0 is version 1. */
    static final List<String> SCRIPTS = List.of("V001__create.sql", "V002__self_check_answers.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /** Refuses a database written by a newer Stepwise, whose schema this version would misread. */
    static void checkSupported(Database database) throws SQLException {
        int current = database.userVersion();
        if (current > LATEST) {
            throw new DatabaseUnavailableException(database.file(),
                    "it was written by a newer version of Stepwise (schema version %d; this version understands up to %d). "
                            .formatted(current, LATEST) + "Update Stepwise to open it; the file was left untouched.",
                    null);
        }
    }

    static void apply(Database database) throws SQLException {
        checkSupported(database);
        int current = database.userVersion();
        if (current == LATEST) {
            return;
        }
        database.inTransaction(() -> {
            try (Statement statement = database.connection().createStatement()) {
                for (int version = current + 1; version <= LATEST; version++) {
                    for (String sql : statements(read(SCRIPTS.get(version - 1)))) {
                        statement.executeUpdate(sql);
                    }
                    statement.executeUpdate("PRAGMA user_version = " + version);
                }
            } catch (SQLException e) {
                throw new StoreException("Could not upgrade the database schema: " + Database.describe(e), e);
            }
        });
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/dev/stepwise/db/" + script)) {
            if (in == null) {
                throw new StoreException("Migration " + script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Could not read migration " + script, e);
        }
    }

    /** Splits a script into statements; our scripts end every statement with ";" at the end of a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
