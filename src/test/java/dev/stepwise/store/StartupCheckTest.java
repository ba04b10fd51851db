package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Stepwise file that was damaged or changed behind Stepwise's back is refused at start with the problem named, and
 * left exactly as it was: no migration, no journal switch, nothing written.
 */
class StartupCheckTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    @BeforeEach
    void aStepwiseFileWithData() {
        try (Database database = Database.open(file())) {
            database.inTransaction(() -> {
                new PathRepository(database).save(SamplePaths.sample(), Instant.parse("2026-01-01T00:00:00.000000000Z"));
                new PreferenceRepository(database).putAll(Map.of("theme", "dark"));
            });
        }
    }

    private String refusalOf() throws IOException {
        byte[] before = Files.readAllBytes(file());
        String[] reason = new String[1];
        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file().toAbsolutePath());
                    reason[0] = e.reason();
                });
        assertThat(Files.readAllBytes(file())).as("the refused file's bytes").isEqualTo(before);
        return reason[0];
    }

    @Test
    void anIntactFileOpens() {
        Database.open(file()).close();
    }

    @Test
    void aDamagedPageIsRefusedAsDamaged() throws IOException {
        Probe.damageMiddlePage(file());

        assertThat(refusalOf()).startsWith("the database file is damaged");
    }

    @Test
    void aDroppedTableIsNamed() throws IOException {
        Probe.execute(file(), "DROP TABLE skill_target");

        assertThat(refusalOf()).isEqualTo("the table “skill_target” is missing, so this is not a complete Stepwise database;"
                + " it was left untouched");
    }

    @Test
    void aColumnLostInATableRebuildIsNamed() throws IOException {
        // The way tools change a table: build the new one, copy, drop the old, rename; "value" did not make it.
        Probe.execute(file(), "CREATE TABLE preference_new (key TEXT NOT NULL PRIMARY KEY) STRICT");
        Probe.execute(file(), "INSERT INTO preference_new SELECT key FROM preference");
        Probe.execute(file(), "DROP TABLE preference");
        Probe.execute(file(), "ALTER TABLE preference_new RENAME TO preference");

        assertThat(refusalOf()).isEqualTo("the table “preference” lacks its column “value”, so this is not a complete"
                + " Stepwise database; it was left untouched");
    }

    @Test
    void aTriggerOrViewIsRefusedBecauseStepwiseMakesNone() throws IOException {
        // Code that would run on Stepwise's own writes: this one would delete every path at the next status change.
        Probe.execute(file(), "CREATE TRIGGER evil AFTER UPDATE ON item_progress BEGIN DELETE FROM path; END");

        assertThat(refusalOf()).isEqualTo("it holds a trigger \u201cevil\u201d, which Stepwise never makes (code that would run"
                + " on every change), so it was left untouched");
        Probe.execute(file(), "DROP TRIGGER evil");
        Probe.execute(file(), "CREATE VIEW everything AS SELECT * FROM path");
        assertThat(refusalOf()).startsWith("it holds a view \u201ceverything\u201d");
    }

    @Test
    void aRowPointingAtAMissingPathIsNamed() throws IOException {
        // A plain connection does not enforce foreign keys: another program can write such a row.
        Probe.execute(file(), "INSERT INTO item_progress VALUES ('no-such-path', 'x', 'DONE', '', NULL, NULL,"
                + " '2026-01-01T00:00:00.000000000Z')");

        assertThat(refusalOf()).isEqualTo("the table “item_progress” has a row that points to a row of “path” that is gone;"
                + " the file was left untouched");
    }

    @Test
    void aRowBreakingACheckIsFoundByTheQuickCheck() throws Exception {
        try (Connection other = Probe.connect(file()); Statement statement = other.createStatement()) {
            statement.execute("PRAGMA ignore_check_constraints = ON");
            statement.execute("INSERT INTO skill_rating (path_id, skill_id, level, rated_at, note) VALUES ('"
                    + SamplePaths.ID + "', 's', 9, '2026-01-01T00:00:00.000000000Z', '')");
        }

        assertThat(refusalOf()).startsWith("the database file is damaged (").contains("skill_rating");
    }
}
