package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** {@link Database} on real SQLite files: creation, settings, refusals, locking and transactions. */
class DatabaseTest {
    private static final List<String> SCHEMA_TABLES = List.of("activity", "dismissed_path", "item", "item_progress",
            "item_review", "item_skill", "milestone", "milestone_item", "path", "path_industry", "path_upstream", "preference",
            "resource", "section", "self_check", "self_check_answer", "skill", "skill_rating", "skill_target", "study_time",
            "study_timer", "sub_item", "sub_item_progress", "undo_row", "undo_step");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    // --- reading while another program writes ---------------------------------------------------------------

    @Test
    void aReadGoesOnWhileAnotherProgramHoldsTheWriteLockAndAWriteInsideItIsRefused() throws SQLException {
        try (Database database = Database.open(file())) {
            database.inTransaction(() -> Sql.update(database, "INSERT INTO preference (key, value) VALUES ('page', 'overview')",
                    statement -> { }));
            try (Connection other = Probe.connect(file()); Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("UPDATE preference SET value = 'matrix'");

                String read = database.reading(() -> Sql.query(database, "SELECT value FROM preference", statement1 -> { },
                        rows -> rows.getString(1)).get(0));

                assertThat(read).as("the last committed value, read past the other program's lock").isEqualTo("overview");
                statement.execute("ROLLBACK");
            }
            assertThatThrownBy(() -> database.reading(() -> {
                Sql.update(database, "DELETE FROM preference", statement -> { });
                return null;
            })).isInstanceOf(StoreException.class);
            assertThat(Probe.count(file(), "preference")).isEqualTo(1);
            database.inTransaction(() -> Sql.update(database, "DELETE FROM preference", statement -> { }));
            assertThat(Probe.count(file(), "preference")).as("writable again after the read").isZero();
        }
    }

    // --- creation and settings -------------------------------------------------------------------------------

    @Test
    void openCreatesTheFileAndEveryMissingFolder() {
        Path file = dir.resolve("not/yet/there/stepwise.db");

        try (Database database = Database.open(file)) {
            assertThat(file).isRegularFile();
            assertThat(database.file()).isEqualTo(file.toAbsolutePath());
        }
    }

    @Test
    void openSetsWalFullSyncForeignKeysAndBusyTimeout() {
        try (Database database = Database.open(file())) {
            assertThat(database.pragma("journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(database.pragma("synchronous")).isEqualTo("2"); // FULL
            assertThat(database.pragma("foreign_keys")).isEqualTo("1");
            assertThat(database.pragma("busy_timeout")).isEqualTo(String.valueOf(Database.BUSY_TIMEOUT_MILLIS));
        }
    }

    @Test
    void aNewFileHasEightKilobytePagesAndKeepsThemWhenOpenedAgain() {
        Database.open(file()).close();
        assertThat(Probe.text(file(), "PRAGMA page_size")).isEqualTo(String.valueOf(Database.PAGE_SIZE)).isEqualTo("8192");

        try (Database database = Database.open(file())) {
            assertThat(database.pragma("page_size")).isEqualTo("8192");
        }
    }

    @Test
    void walModeIsWrittenIntoTheFileSoOtherProgramsSeeIt() {
        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
    }

    @Test
    void openMigratesANewFileToTheLatestSchemaVersion() throws SQLException {
        try (Database database = Database.open(file())) {
            assertThat(database.userVersion()).isEqualTo(Migrations.LATEST);
        }
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
        assertThat(Probe.tables(file())).containsExactlyElementsOf(SCHEMA_TABLES);
    }

    @Test
    void everyTableIsStrict() {
        Database.open(file()).close();

        List<List<String>> tables = Probe.rows(file(),
                "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'");
        assertThat(tables).hasSize(SCHEMA_TABLES.size());
        assertThat(tables).allSatisfy(row -> assertThat(row.get(1)).as("table %s is STRICT", row.get(0)).isEqualTo("1"));
        assertThat(Probe.column(file(), "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
                .allSatisfy(sql -> assertThat(sql).endsWith("STRICT"));
    }

    @Test
    void strictTablesRejectTextInAnIntegerColumn() throws SQLException {
        Database.open(file()).close();

        try (Connection connection = Probe.connect(file()); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO path VALUES ('p', 'one', 'Title', '', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'OWN')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("cannot store TEXT value in INTEGER column");
        }
        assertThat(Probe.count(file(), "path")).isZero();
    }

    @Test
    void reopeningAMigratedFileKeepsEverythingAndDoesNotChangeIt() throws IOException {
        Instant now = Instant.parse("2026-02-03T10:15:30.000000000Z");
        try (Database database = Database.open(file())) {
            database.inTransaction(() -> {
                new PathRepository(database).save(SamplePaths.sample(), now);
                new PreferenceRepository(database).putAll(Map.of("theme", "dark"));
            });
        }
        byte[] before = Files.readAllBytes(file());

        try (Database database = Database.open(file())) {
            assertThat(database.inTransaction(() -> new PathRepository(database).load(SamplePaths.ID))).contains(SamplePaths.sample());
            assertThat(database.inTransaction(() -> new PreferenceRepository(database).all())).containsEntry("theme", "dark");
        }
        assertThat(Files.readAllBytes(file())).as("opening a file at the latest version writes nothing").isEqualTo(before);
    }

    // --- refusals --------------------------------------------------------------------------------------------

    @Test
    void aDatabaseFromANewerStepwiseIsRefusedAndLeftUntouched() throws IOException {
        Database.open(file()).close();
        Probe.execute(file(), "PRAGMA user_version = 99");
        List<String> tablesBefore = Probe.tables(file());
        byte[] bytesBefore = Files.readAllBytes(file());

        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file().toAbsolutePath());
                    assertThat(e.reason()).contains("newer version of Stepwise").contains("99")
                            .contains("up to " + Migrations.LATEST);
                    assertThat(e.getMessage()).contains(file().toAbsolutePath().toString());
                });

        assertThat(Files.readAllBytes(file())).isEqualTo(bytesBefore);
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("99");
        assertThat(Probe.tables(file())).isEqualTo(tablesBefore);
    }

    static Stream<Arguments> notDatabases() {
        byte[] random = new byte[8192];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("text", "My shopping list\nmilk\neggs\n".repeat(200).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("random bytes", random));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDatabases")
    void aFileThatIsNotADatabaseIsRefusedAndItsBytesAreKept(String kind, byte[] content) throws IOException {
        Files.write(file(), content);

        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file().toAbsolutePath());
                    assertThat(e.reason()).contains("not a Stepwise database");
                });

        assertThat(Files.readAllBytes(file())).isEqualTo(content);
    }

    @Test
    void aFolderThatIsAFileIsReportedWithTheFileAndTheBlocker() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");

        for (Path file : List.of(blocker.resolve("stepwise.db"), blocker.resolve("deeper/stepwise.db"))) {
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                        assertThat(e.file()).isEqualTo(file.toAbsolutePath());
                        assertThat(e.reason()).isEqualTo("the data folder cannot be used because " + blocker.toAbsolutePath()
                                + " is a file, not a folder. Move the file away or choose another data folder");
                    });
        }
        assertThat(blocker).hasContent("a file where a folder should be");
    }

    // --- locking (each waits out the 3 s busy timeout once) -----------------------------------------------

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNewFileLockedByAnotherProgramIsRefusedAsLocked() throws SQLException {
        try (Connection other = Probe.connect(file()); Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");

            assertThatThrownBy(() -> Database.open(file()))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                        assertThat(e.file()).isEqualTo(file().toAbsolutePath());
                        assertThat(e.reason()).contains("locked");
                    });

            statement.execute("ROLLBACK");
        }
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("0");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aWriteWhileAnotherProgramHoldsTheLockFailsAsLockedAndWritesNothing() throws SQLException {
        try (Database database = Database.open(file());
             Connection other = Probe.connect(file());
             Statement statement = other.createStatement()) {
            PreferenceRepository preferences = new PreferenceRepository(database);
            statement.execute("BEGIN EXCLUSIVE");

            assertThatThrownBy(() -> database.inTransaction(() -> preferences.putAll(Map.of("theme", "dark"))))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("locked")
                    .hasMessageContaining(file().toAbsolutePath().toString());

            statement.execute("ROLLBACK");
        }
        assertThat(Probe.count(file(), "preference")).isZero();
    }

    /**
     * sqlite-jdbc's {@code setAutoCommit(false)} clears its auto-commit flag before it runs {@code BEGIN IMMEDIATE};
     * when that BEGIN fails (locked), {@code inTransaction} never reaches its {@code finally} that turns auto-commit
     * back on, so the connection is left "in a transaction" that SQLite never started.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void afterALockedFailureTheNextTransactionIsStillAllOrNothing() throws SQLException {
        IllegalStateException failure = new IllegalStateException("work failed after writing");
        try (Database database = Database.open(file());
             Connection other = Probe.connect(file());
             Statement statement = other.createStatement()) {
            PreferenceRepository preferences = new PreferenceRepository(database);
            statement.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> database.inTransaction(() -> preferences.putAll(Map.of("theme", "dark"))))
                    .hasMessageContaining("locked");
            statement.execute("ROLLBACK");

            assertThatThrownBy(() -> database.inTransaction(() -> {
                preferences.putAll(Map.of("half", "written"));
                throw failure;
            })).isSameAs(failure);
            assertThat(Probe.count(file(), "preference")).as("the failed unit of work left rows behind").isZero();

            database.inTransaction(() -> preferences.putAll(Map.of("theme", "light")));
        }
        assertThat(Probe.rows(file(), "SELECT key, value FROM preference")).containsExactly(List.of("theme", "light"));
    }

    /**
     * Every Stepwise file is in WAL mode, where another writer does not block reading the version; the lock is only
     * met when the migration starts its transaction.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aWalFileNeedingMigrationWhileLockedIsRefusedAsUnavailable() throws SQLException {
        Database.open(file(), Migrations.FOLDER, Migrations.SCRIPTS.subList(0, 1)).close();
        try (Connection other = Probe.connect(file()); Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("INSERT INTO preference VALUES ('theme', 'dark')");

            assertThatThrownBy(() -> Database.open(file()))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                        assertThat(e.file()).isEqualTo(file().toAbsolutePath());
                        assertThat(e.reason()).contains("locked");
                    });

            statement.execute("ROLLBACK");
        }
    }

    // --- transactions ----------------------------------------------------------------------------------------

    @Test
    void inTransactionCommitsAndReturnsTheResult() {
        try (Database database = Database.open(file())) {
            String result = database.inTransaction(() -> {
                new PreferenceRepository(database).putAll(Map.of("theme", "dark"));
                return "done";
            });

            assertThat(result).isEqualTo("done");
            assertThat(Probe.rows(file(), "SELECT key, value FROM preference")).containsExactly(List.of("theme", "dark"));
        }
    }

    static Stream<Throwable> failures() {
        return Stream.of(new IllegalStateException("work failed"), new AssertionError("work failed badly"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void inTransactionRollsBackEverythingWhenTheWorkThrowsAndRethrowsTheSameFailure(Throwable failure) {
        try (Database database = Database.open(file())) {
            assertThatThrownBy(() -> database.inTransaction(() -> {
                new PathRepository(database).save(SamplePaths.sample(), Instant.parse("2026-01-01T00:00:00.000000000Z"));
                new PreferenceRepository(database).putAll(Map.of("theme", "dark"));
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) failure;
            })).isSameAs(failure);

            for (String table : SCHEMA_TABLES) {
                assertThat(Probe.count(file(), table)).as("rows left in %s", table).isZero();
            }
            // The connection is back in auto-commit: the next unit of work commits normally.
            database.inTransaction(() -> new PreferenceRepository(database).putAll(Map.of("theme", "light")));
        }
        assertThat(Probe.rows(file(), "SELECT key, value FROM preference")).containsExactly(List.of("theme", "light"));
    }

    @Test
    void aFailingStatementInsideATransactionRollsBackTheStatementsBeforeIt() {
        try (Database database = Database.open(file())) {
            assertThatThrownBy(() -> database.inTransaction(() -> {
                new PreferenceRepository(database).putAll(Map.of("theme", "dark"));
                // No such path: the foreign key to path(id) refuses the row.
                new ItemProgressRepository(database).save("missing-path",
                        ItemProgress.notStarted("x"), Instant.parse("2026-01-01T00:00:00.000000000Z"));
            })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");

            assertThat(Probe.count(file(), "preference")).isZero();
        }
    }

    // --- error wording ---------------------------------------------------------------------------------------

    static Stream<Arguments> sqliteErrors() {
        return Stream.of(
                Arguments.of(SQLiteErrorCode.SQLITE_NOTADB, "not a Stepwise database"),
                Arguments.of(SQLiteErrorCode.SQLITE_CORRUPT, "damaged"),
                Arguments.of(SQLiteErrorCode.SQLITE_CORRUPT_INDEX, "damaged"),
                Arguments.of(SQLiteErrorCode.SQLITE_BUSY, "locked by another program"),
                Arguments.of(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT, "locked by another program"),
                Arguments.of(SQLiteErrorCode.SQLITE_LOCKED, "locked by another program"),
                Arguments.of(SQLiteErrorCode.SQLITE_READONLY, "read-only"),
                Arguments.of(SQLiteErrorCode.SQLITE_READONLY_DIRECTORY, "read-only"),
                Arguments.of(SQLiteErrorCode.SQLITE_CANTOPEN, "cannot be opened"),
                Arguments.of(SQLiteErrorCode.SQLITE_FULL, "disk is full"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sqliteErrors")
    void describeTurnsSqliteResultCodesIncludingExtendedOnesIntoPlainWords(SQLiteErrorCode code, String words) {
        assertThat(SqliteErrors.describe(new SQLiteException("low-level text", code))).contains(words);
    }

    @Test
    void describeKeepsTheDriverMessageForOtherErrors() {
        assertThat(SqliteErrors.describe(new SQLiteException("UNIQUE failed", SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)))
                .contains("UNIQUE failed");
        assertThat(SqliteErrors.describe(new SQLException("plain failure"))).isEqualTo("plain failure");
    }
}
