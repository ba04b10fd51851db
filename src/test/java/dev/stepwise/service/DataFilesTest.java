package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the learner's files go and who may read them: exactly inside the data folder, whatever its name, owner-only. */
class DataFilesTest {
    private static final List<LearningPath> BUNDLED = List.of(FixturePath.path());

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private void assumePosix() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void aFreshDataFolderAndEveryFileInItAreTheOwnersOnly() throws IOException {
        assumePosix();
        Path folder = dir.resolve("new/data");
        Path file = folder.resolve(DataFolder.DATABASE_FILE);

        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.DONE);

            assertThat(permissions(dir.resolve("new"))).isEqualTo("rwx------");
            assertThat(permissions(folder)).isEqualTo("rwx------");
            for (String name : List.of("stepwise.db", "stepwise.db-wal", "stepwise.db-shm")) {
                assertThat(permissions(folder.resolve(name))).as(name).isEqualTo("rw-------");
            }
        }
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    /** What the owner-only database relies on: SQLite creates -wal and -shm with its database file's permissions. */
    @Test
    void sqliteGivesWalAndShmTheDatabaseFilesPermissions() throws Exception {
        assumePosix();
        Path file = dir.resolve("plain.db");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("CREATE TABLE t (x INTEGER)");

            assertThat(permissions(dir.resolve("plain.db-wal"))).isEqualTo("rw-r-----");
            assertThat(permissions(dir.resolve("plain.db-shm"))).isEqualTo("rw-r-----");
        }
    }

    @Test
    void anExistingFoldersPermissionsAreLeftAsTheyAre() throws IOException {
        assumePosix();
        Path folder = Files.createDirectory(dir.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

        Stepwise.open(folder.resolve(DataFolder.DATABASE_FILE), BUNDLED, clock).close();

        assertThat(permissions(folder)).isEqualTo("rwxr-x---");
        assertThat(permissions(folder.resolve(DataFolder.DATABASE_FILE))).isEqualTo("rw-------");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a?b=c", "x#y", "50%", "my data", "Lernpfad-ü", "a?mode=memory&cache=shared",
        "q?journal_mode=DELETE", "%3F%20", "all ?#% ü"})
    void theDatabaseIsCreatedExactlyInsideAFolderOfAnyName(String name) throws IOException {
        Path folder = dir.resolve(name);
        Path file = folder.resolve(DataFolder.DATABASE_FILE);

        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.DONE);
            assertThat(stepwise.databaseFile()).isEqualTo(file.toAbsolutePath());
        }

        // The start-up backup goes exactly into the folder's own backups folder too.
        assertThat(everythingIn(dir)).containsExactlyInAnyOrder(name, name + "/stepwise.db",
                name + "/backups", name + "/backups/stepwise-2026-01-10T090000Z-start.db");
        assertThat(Files.size(file)).isPositive();
        try (Stepwise again = Stepwise.open(file, BUNDLED, clock)) {
            assertThat(again.progress().load(FixturePath.ID).statusOf(FixturePath.LEARN_SQL)).isEqualTo(ItemStatus.DONE);
        }
    }

    private static Set<String> everythingIn(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
