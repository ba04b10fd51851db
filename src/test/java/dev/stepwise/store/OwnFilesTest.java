package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stepwise opens its own files only: it marks them ({@code application_id}), recognises its older unmarked ones, and
 * refuses everything else before a byte is written — the file's bytes stay the same and no -wal or -shm is left.
 */
class OwnFilesTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    private void assertRefusedUnchanged(Path file, Consumer<DatabaseUnavailableException> reason) throws IOException {
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath());
                    assertThat(e.getMessage()).startsWith("Cannot open " + file.toAbsolutePath() + ": ");
                    reason.accept(e);
                });

        assertThat(Files.readAllBytes(file)).as("the file's bytes").isEqualTo(before);
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + "-shm")).doesNotExist();
        assertThat(file.resolveSibling(file.getFileName() + "-journal")).doesNotExist();
    }

    private static Consumer<DatabaseUnavailableException> foreign() {
        return e -> assertThat(e.reason()).isEqualTo(
                "the file is not a Stepwise database: it belongs to another program, so Stepwise leaves it untouched");
    }

    @Test
    void aNewDatabaseCarriesStepwisesMarkInItsHeader() throws IOException {
        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA application_id")).isEqualTo(String.valueOf(Ownership.APPLICATION_ID));
        byte[] header = Files.readAllBytes(file());
        assertThat(new String(header, 68, 4, StandardCharsets.US_ASCII)).isEqualTo("StWs");
    }

    static Stream<Arguments> foreignDatabases() {
        return Stream.of(
                Arguments.of("a table of its own", List.of("CREATE TABLE recipes (name TEXT, minutes INTEGER)",
                        "INSERT INTO recipes VALUES ('soup', 30)")),
                Arguments.of("tables named like ours, version 0", List.of("CREATE TABLE activity (x INTEGER)",
                        "CREATE TABLE item_progress (item_id TEXT, status TEXT)", "INSERT INTO activity VALUES (1)")),
                Arguments.of("a table named like ours, version 1", List.of("CREATE TABLE item_progress (id TEXT)",
                        "PRAGMA user_version = 1")),
                Arguments.of("in WAL mode", List.of("PRAGMA journal_mode = WAL", "CREATE TABLE notes (body TEXT)",
                        "INSERT INTO notes VALUES ('mine')")),
                Arguments.of("another program's mark", List.of("PRAGMA application_id = 1234",
                        "CREATE TABLE path (id TEXT)")),
                Arguments.of("a negative version", List.of("CREATE TABLE t (x)", "PRAGMA user_version = -1")),
                Arguments.of("a version far beyond ours", List.of("CREATE TABLE t (x)", "PRAGMA user_version = 7")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignDatabases")
    void anotherProgramsDatabaseIsRefusedBeforeAByteIsWritten(String kind, List<String> statements) throws IOException {
        statements.forEach(sql -> Probe.execute(file(), sql));

        assertRefusedUnchanged(file(), foreign());
    }

    static Stream<Arguments> notDatabases() {
        byte[] random = new byte[8192];
        new Random(7).nextBytes(random);
        return Stream.of(
                Arguments.of("text", "Dear diary,\n".repeat(100).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("random bytes", random),
                Arguments.of("a few bytes", new byte[] {1, 2, 3}),
                Arguments.of("SQLite's magic and nothing else", "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDatabases")
    void aFileThatIsNotSqliteIsRefusedUnchanged(String kind, byte[] content) throws IOException {
        Files.write(file(), content);

        assertRefusedUnchanged(file(), e -> assertThat(e.reason()).contains("not a Stepwise database"));
    }

    @Test
    void anUnmarkedStepwiseFileFromBeforeTheMarkIsRecognisedAndMarked() {
        try (Database database = Database.open(file())) {
            database.inTransaction(() -> new PreferenceRepository(database).putAll(Map.of("theme", "dark")));
        }
        Probe.execute(file(), "PRAGMA application_id = 0");

        Database.open(file()).close();

        assertThat(Probe.text(file(), "PRAGMA application_id")).isEqualTo(String.valueOf(Ownership.APPLICATION_ID));
        assertThat(Probe.rows(file(), "SELECT key, value FROM preference")).containsExactly(List.of("theme", "dark"));
    }

    @Test
    void anUnmarkedFileMissingOneOfItsVersionsTablesIsNotTakenForOurs() throws IOException {
        Database.open(file()).close();
        Probe.execute(file(), "PRAGMA application_id = 0");
        Probe.execute(file(), "DROP TABLE dismissed_path");

        assertRefusedUnchanged(file(), foreign());
    }

    @Test
    void ourFileWithANegativeVersionIsRefusedWithASentence() throws IOException {
        Database.open(file()).close();
        Probe.execute(file(), "PRAGMA user_version = -1");

        assertRefusedUnchanged(file(), e -> assertThat(e.reason()).isEqualTo("its schema version -1 is not one Stepwise"
                + " writes, so the file is damaged or not a Stepwise database; it was left untouched"));
    }

    @Test
    void ourFileFromANewerStepwiseIsRefusedWithASentence() throws IOException {
        Database.open(file()).close();
        Probe.execute(file(), "PRAGMA user_version = 1000");

        assertRefusedUnchanged(file(), e -> assertThat(e.reason()).isEqualTo("it was written by a newer version of"
                + " Stepwise (schema version 1000; this version understands up to " + Migrations.LATEST + "). Update"
                + " Stepwise to open it; the file was left untouched"));
    }

    @Test
    void theRefusalIsSaidInTheLearnersLanguage() {
        Probe.execute(file(), "CREATE TABLE recipes (name TEXT)");

        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e -> assertThat(e.explanation()
                        .in(ResourceBundle.getBundle(Phrase.BUNDLE, Locale.GERMAN), Locale.GERMAN))
                        .isEqualTo(file().toAbsolutePath() + " lässt sich nicht öffnen: die Datei ist keine Stepwise-Datenbank:"
                                + " Sie gehört einem anderen Programm, darum lässt Stepwise sie unverändert."));
    }
}
