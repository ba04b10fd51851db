package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped migration scripts, upgrading files from every shipped version, and the mechanism itself run on
 * test-only scripts under {@code src/test/resources/dev/stepwise/store/migrations/}.
 */
class MigrationsTest {
    private static final String TEST_SCRIPTS = "/dev/stepwise/store/migrations/";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    // --- shipped scripts -------------------------------------------------------------------------------------

    @Test
    void everyShippedScriptIsOnTheClasspathAndNumberedInOrder() throws IOException {
        assertThat(Migrations.LATEST).isEqualTo(Migrations.SCRIPTS.size()).isPositive();
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            String script = Migrations.SCRIPTS.get(i);
            assertThat(script).startsWith("V%03d__".formatted(i + 1)).endsWith(".sql");
            try (InputStream in = Migrations.class.getResourceAsStream(Migrations.FOLDER + script)) {
                assertThat(in).as(script).isNotNull();
            }
        }
    }

    @Test
    void version1CreatesItsTablesAndIndexesAndStopsThere() {
        Database.open(file(), Migrations.FOLDER, Migrations.SCRIPTS.subList(0, 1)).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("1");
        assertThat(Probe.tables(file())).hasSize(15).contains("path", "item", "item_progress", "activity")
                .doesNotContain("self_check_answer");
        assertThat(Probe.column(file(), "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
                .containsExactly("activity_by_time", "skill_rating_by_skill");
    }

    // --- upgrading -------------------------------------------------------------------------------------------

    @Test
    void anEmptySqliteDatabaseAtVersion0IsMarkedAndMigratedToTheLatestVersion() {
        // Nothing in it but SQLite's header (a start that stopped before its first table): nobody's data to protect.
        Probe.execute(file(), "PRAGMA journal_mode = WAL");
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("0");

        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
        assertThat(Probe.text(file(), "PRAGMA application_id")).isEqualTo(String.valueOf(Ownership.APPLICATION_ID));
        assertThat(Probe.tables(file())).contains("path", "item", "item_progress", "skill_rating", "activity", "preference");
        assertThat(Probe.column(file(), "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
                .containsExactly("activity_by_path_time", "skill_rating_by_skill");
    }

    @Test
    void aVersion1DatabaseWithProgressIsUpgradedKeepingEverything() {
        // Build a database as version 1 of Stepwise left it (it knew only the first script and no mark), with data.
        Database.open(file(), Migrations.FOLDER, Migrations.SCRIPTS.subList(0, 1)).close();
        Probe.execute(file(), "PRAGMA application_id = 0");
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("1");
        Probe.execute(file(), "INSERT INTO path VALUES ('p', 1, 'P', '', '', '2026-01-01T00:00:00.000000000Z',"
                + " '2026-01-01T00:00:00.000000000Z')");
        Probe.execute(file(), "INSERT INTO item_progress VALUES ('p', 'a', 'DONE', 'my note', '2026-01-02', '2026-01-03',"
                + " '2026-01-03T00:00:00.000000000Z')");

        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
        assertThat(Probe.text(file(), "PRAGMA application_id")).as("marked with the upgrade")
                .isEqualTo(String.valueOf(Ownership.APPLICATION_ID));
        assertThat(Probe.tables(file())).contains("self_check_answer", "path_upstream", "dismissed_path");
        assertThat(Probe.rows(file(), "SELECT item_id, status, note FROM item_progress"))
                .containsExactly(List.of("a", "DONE", "my note"));
    }

    @Test
    void aVersion2DatabaseBecomesAWorkspaceWhosePathsAreBundledWithNothingArchived() {
        Database.open(file(), Migrations.FOLDER, Migrations.SCRIPTS.subList(0, 2)).close();
        Probe.execute(file(), "INSERT INTO path VALUES ('p', 3, 'P', '', '', '2026-01-01T00:00:00.000000000Z',"
                + " '2026-01-01T00:00:00.000000000Z')");
        Probe.execute(file(), "INSERT INTO section VALUES ('p', 's', 0, 'STEPS', 'Steps', '')");
        Probe.execute(file(), "INSERT INTO item VALUES ('p', 'a', 's', 0, 'A', '', NULL, NULL)");

        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
        assertThat(Probe.rows(file(), "SELECT id, content_version, origin FROM path")).containsExactly(List.of("p", "3", "BUNDLED"));
        assertThat(Probe.rows(file(), "SELECT id, archived_at IS NULL FROM item")).containsExactly(List.of("a", "1"));
        assertThat(Probe.count(file(), "path_upstream")).as("the base is recorded by the installer, from content").isZero();
        assertThatThrownBy(() -> Probe.execute(file(), "UPDATE path SET origin = 'STOLEN'"))
                .hasRootCauseMessage("[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed"
                        + " (CHECK constraint failed: origin IN ('BUNDLED', 'OWN'))");
    }

    // --- the mechanism, on test-only scripts -----------------------------------------------------------------

    @Test
    void aScriptRunsWholeSoTriggersStringLiteralsAndCommentsWithSemicolonsSurvive() {
        Database.open(file(), TEST_SCRIPTS + "trigger/", List.of("V001__notes.sql", "V002__trigger_and_literal.sql")).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("2");
        assertThat(Probe.column(file(), "SELECT type || ' ' || name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name"))
                .containsExactly("table note", "table note_log", "index note_log_by_note", "trigger note_logged");
        // The literal arrived whole, and inserting it fired both statements of the trigger's body.
        assertThat(Probe.rows(file(), "SELECT id, body FROM note"))
                .containsExactly(List.of("1", "first line;\n-- not a comment\nlast line (logged)"));
        assertThat(Probe.rows(file(), "SELECT note_id, event FROM note_log")).containsExactly(List.of("1", "inserted; logged"));

        Probe.execute(file(), "INSERT INTO note (id, body) VALUES (2, 'second')");

        assertThat(Probe.text(file(), "SELECT body FROM note WHERE id = 2")).isEqualTo("second (logged)");
        assertThat(Probe.rows(file(), "SELECT note_id, event FROM note_log ORDER BY note_id"))
                .containsExactly(List.of("1", "inserted; logged"), List.of("2", "inserted; logged"));
    }

    @Test
    void aScriptOfOnlyCommentsStillAdvancesTheVersion() {
        Database.open(file(), TEST_SCRIPTS + "comments/", List.of("V001__nothing.sql")).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("1");
        assertThat(Probe.tables(file())).isEmpty();
    }

    @Test
    void aScriptThatFailsPartWayIsUndoneWholeAndTheFileKeepsItsVersion() {
        String folder = TEST_SCRIPTS + "failing/";
        Database.open(file(), folder, List.of("V001__first.sql")).close();
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("1");

        assertThatThrownBy(() -> Database.open(file(), folder, List.of("V001__first.sql", "V002__fails_halfway.sql")))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                        e -> assertThat(e.reason()).contains("no such table: no_such_table"));

        // The statements before the failure (a table, a row) were rolled back with it; the one after never ran.
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("1");
        assertThat(Probe.tables(file())).containsExactly("first");
        assertThat(Probe.count(file(), "first")).isZero();
    }

    @Test
    void aFileMigratedByMoreScriptsThanTheseIsRefusedUntouched() {
        String folder = TEST_SCRIPTS + "trigger/";
        Database.open(file(), folder, List.of("V001__notes.sql", "V002__trigger_and_literal.sql")).close();

        assertThatThrownBy(() -> Database.open(file(), folder, List.of("V001__notes.sql")))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class,
                        e -> assertThat(e.reason()).contains("schema version 2").contains("up to 1"));
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("2");
    }
}
