package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key/value preferences: putAll upserts, all reads everything. */
class PreferenceRepositoryTest {
    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private PreferenceRepository preferences;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        preferences = new PreferenceRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void allOfAFreshDatabaseIsEmpty() {
        assertThat(preferences.all()).isEmpty();
    }

    @Test
    void putAllInsertsEveryEntry() {
        database.inTransaction(() -> preferences.putAll(Map.of("theme", "dark", "window.x", "10.5")));

        assertThat(preferences.all()).isEqualTo(Map.of("theme", "dark", "window.x", "10.5"));
        assertThat(Probe.count(file, "preference")).isEqualTo(2);
    }

    @Test
    void putAllUpdatesExistingKeysAndKeepsOthers() {
        database.inTransaction(() -> preferences.putAll(Map.of("theme", "dark", "window.x", "10.5")));

        database.inTransaction(() -> preferences.putAll(Map.of("theme", "light", "window.y", "20.0")));

        assertThat(preferences.all()).isEqualTo(Map.of("theme", "light", "window.x", "10.5", "window.y", "20.0"));
        assertThat(Probe.rows(file, "SELECT key, value FROM preference ORDER BY key")).containsExactly(
                List.of("theme", "light"), List.of("window.x", "10.5"), List.of("window.y", "20.0"));
    }

    @Test
    void putAllOfNothingChangesNothing() {
        database.inTransaction(() -> preferences.putAll(Map.of("theme", "dark")));

        database.inTransaction(() -> preferences.putAll(Map.of()));

        assertThat(preferences.all()).isEqualTo(Map.of("theme", "dark"));
    }
}
