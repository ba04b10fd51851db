package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.PathOrigin;
import dev.stepwise.store.PathRepository.UpstreamBase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path's upstream base is stored packed (schema version 8), a base stored plain before that still reads, and a
 * packed value that is not one Stepwise wrote is refused naming the table and the path.
 */
class PackedUpstreamBaseTest {
    private static final Instant T1 = Instant.parse("2026-01-10T09:00:00Z");
    private static final String DOCUMENT = "{\"id\":\"sample-path\",\"items\":[" + "{\"title\":\"Learn SQL\"},".repeat(5_000) + "]}";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    private static void insertSample(Database database) {
        database.inTransaction(() -> new PathRepository(database).insert(SamplePaths.sample(), PathOrigin.OWN, T1));
    }

    /** The sample path with {@link #DOCUMENT} saved as its base, version 2. */
    private static PathRepository withSavedBase(Database database) {
        PathRepository paths = new PathRepository(database);
        insertSample(database);
        database.inTransaction(() -> paths.saveUpstreamBase(SamplePaths.ID, new UpstreamBase(2, DOCUMENT)));
        return paths;
    }

    @Test
    void aSavedBaseIsKeptPackedAndReadsBackExactly() {
        try (Database database = Database.open(file())) {
            PathRepository paths = withSavedBase(database);

            assertThat(Probe.text(file(), "SELECT content FROM path_upstream")).isEmpty();
            assertThat(Probe.text(file(), "SELECT length(packed) FROM path_upstream")).asInt().isLessThan(DOCUMENT.length() / 5);
            assertThat(database.inTransaction(() -> paths.upstreamBase(SamplePaths.ID))).contains(new UpstreamBase(2, DOCUMENT));
        }
    }

    @Test
    void aBaseStoredPlainBeforeVersion8StillReads() {
        try (Database old = Database.open(file(), Migrations.FOLDER, Migrations.SCRIPTS.subList(0, 7))) {
            insertSample(old);
        }
        Probe.execute(file(), "INSERT INTO path_upstream (path_id, content_version, content) VALUES ('" + SamplePaths.ID + "', 1, '"
                + DOCUMENT.replace("'", "''") + "')");

        try (Database database = Database.open(file())) {
            assertThat(Probe.rows(file(), "SELECT packed IS NULL FROM path_upstream")).containsExactly(List.of("1"));
            assertThat(database.inTransaction(() -> new PathRepository(database).upstreamBase(SamplePaths.ID)))
                    .contains(new UpstreamBase(1, DOCUMENT));
        }
    }

    @Test
    void aPackedValueStepwiseDidNotWriteIsRefusedNamingTheTableAndPath() {
        try (Database database = Database.open(file())) {
            PathRepository paths = withSavedBase(database);
            Probe.execute(file(), "UPDATE path_upstream SET packed = 'not packed at all'");

            assertThatThrownBy(() -> database.inTransaction(() -> paths.upstreamBase(SamplePaths.ID)))
                    .isInstanceOf(BadRowException.class)
                    .hasMessageContaining("path_upstream").hasMessageContaining(SamplePaths.ID)
                    .hasMessageContaining("packed text that is not base64");
        }
    }
}
