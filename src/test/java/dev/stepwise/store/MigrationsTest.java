package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration scripts, how they are split into statements, and upgrading files from every shipped version. */
class MigrationsTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    // --- splitting -------------------------------------------------------------------------------------------

    @Test
    void statementsSkipsCommentsAndBlankLinesAndKeepsMultiLineStatementsWhole() {
        String script = """
                -- A header comment; with a semicolon at the end;
                
                CREATE TABLE a (
                    -- a comment inside a statement;
                    x INTEGER NOT NULL,
                    y TEXT
                ) STRICT;
                   -- an indented comment
                CREATE INDEX a_by_x ON a (x);
                
                INSERT INTO a (x, y) VALUES (1, 'one');
                """;

        assertThat(Migrations.statements(script)).containsExactly(
                "CREATE TABLE a (\n    x INTEGER NOT NULL,\n    y TEXT\n) STRICT;",
                "CREATE INDEX a_by_x ON a (x);",
                "INSERT INTO a (x, y) VALUES (1, 'one');");
    }

    @Test
    void statementsKeepsALastStatementWithoutSemicolon() {
        assertThat(Migrations.statements("CREATE TABLE a (x INTEGER);\nCREATE TABLE b (\n  y INTEGER)\n"))
                .containsExactly("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (\n  y INTEGER)");
    }

    @Test
    void statementsUnderstandsWindowsLineEndings() {
        List<String> statements = Migrations.statements(
                "-- comment\r\nCREATE TABLE a (\r\n  x INTEGER\r\n);\r\n\r\nCREATE TABLE b (y INTEGER);\r\n");

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).startsWith("CREATE TABLE a (").endsWith(");").doesNotContain("comment");
        assertThat(statements.get(1)).isEqualTo("CREATE TABLE b (y INTEGER);");
    }

    @Test
    void statementsOfAnEmptyOrCommentOnlyScriptIsEmpty() {
        assertThat(Migrations.statements("")).isEmpty();
        assertThat(Migrations.statements("-- nothing here\n\n   \n-- still nothing;\n")).isEmpty();
    }

    // --- shipped scripts -------------------------------------------------------------------------------------

    @Test
    void everyShippedScriptIsOnTheClasspathAndNumberedInOrder() throws IOException {
        assertThat(Migrations.LATEST).isEqualTo(Migrations.SCRIPTS.size()).isPositive();
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            String script = Migrations.SCRIPTS.get(i);
            assertThat(script).startsWith("V%03d__".formatted(i + 1)).endsWith(".sql");
            try (InputStream in = Migrations.class.getResourceAsStream("/dev/stepwise/db/" + script)) {
                assertThat(in).as(script).isNotNull();
            }
        }
    }

    @Test
    void version1SplitsIntoOneStatementPerTableAndIndex() throws IOException {
        String script;
        try (InputStream in = Migrations.class.getResourceAsStream("/dev/stepwise/db/V001__create.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<String> statements = Migrations.statements(script);

        assertThat(statements).hasSize(17);
        assertThat(statements.stream().filter(sql -> sql.startsWith("CREATE TABLE "))).hasSize(15);
        assertThat(statements.stream().filter(sql -> sql.startsWith("CREATE INDEX "))).hasSize(2);
        assertThat(statements).allSatisfy(sql -> assertThat(sql).endsWith(";").doesNotContain("--"));
    }

    // --- upgrading -------------------------------------------------------------------------------------------

    @Test
    void anExistingEmptyDatabaseAtVersion0IsMigratedToTheLatestVersion() {
        Probe.execute(file(), "CREATE TABLE IF NOT EXISTS ignored_by_us (x INTEGER)");
        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("0");

        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
        assertThat(Probe.tables(file())).contains("path", "item", "item_progress", "skill_rating", "activity", "preference",
                "ignored_by_us");
        assertThat(Probe.column(file(), "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
                .containsExactly("activity_by_time", "skill_rating_by_skill");
    }

    @Test
    void aVersion1DatabaseWithProgressIsUpgradedKeepingEverything() throws IOException {
        // Build a database exactly as version 1 of Stepwise left it, with some learner data in it.
        String version1;
        try (InputStream in = Migrations.class.getResourceAsStream("/dev/stepwise/db/V001__create.sql")) {
            version1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String sql : Migrations.statements(version1)) {
            Probe.execute(file(), sql);
        }
        Probe.execute(file(), "PRAGMA user_version = 1");
        Probe.execute(file(), "INSERT INTO path VALUES ('p', 1, 'P', '', '', '2026-01-01T00:00:00.000000000Z',"
                + " '2026-01-01T00:00:00.000000000Z')");
        Probe.execute(file(), "INSERT INTO item_progress VALUES ('p', 'a', 'DONE', 'my note', '2026-01-02', '2026-01-03',"
                + " '2026-01-03T00:00:00.000000000Z')");

        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("2");
        assertThat(Probe.tables(file())).contains("self_check_answer");
        assertThat(Probe.rows(file(), "SELECT item_id, status, note FROM item_progress"))
                .containsExactly(List.of("a", "DONE", "my note"));
    }

    @Test
    void aMigrationThatFailsLeavesTheFileAtItsVersionWithNothingCreated() {
        // A table of the same name as one of ours makes CREATE TABLE fail halfway through version 1.
        Probe.execute(file(), "CREATE TABLE activity (x INTEGER)");

        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("activity already exists");

        assertThat(Probe.text(file(), "PRAGMA user_version")).isEqualTo("0");
        assertThat(Probe.tables(file())).containsExactly("activity");
    }

    @Test
    void aMigrationThatFailsIsReportedAsAnUnavailableDatabase() {
        Probe.execute(file(), "CREATE TABLE activity (x INTEGER)");

        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file().toAbsolutePath());
                    assertThat(e.reason()).contains("activity already exists");
                });
    }
}
