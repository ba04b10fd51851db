package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder Stepwise cannot use gets one sentence saying what is wrong with it, not "lock file … cannot be
 * created" and not a failure at the first save. The read-only cases are skipped where permissions do not bind (root).
 */
class UnusableDataFolderTest {
    private static final List<LearningPath> BUNDLED = List.of(FixturePath.path());

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");
    private Path madeReadOnly;

    @AfterEach
    void writableAgainSoTheFolderCanBeDeleted() throws IOException {
        if (madeReadOnly != null) {
            Files.setPosixFilePermissions(madeReadOnly, PosixFilePermissions.fromString(
                    Files.isDirectory(madeReadOnly) ? "rwx------" : "rw-------"));
        }
    }

    private void makeReadOnly(Path path) throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-x------" : "r--------"));
        madeReadOnly = path;
        assumeFalse(Files.isWritable(path), "permissions bind (not running as root)");
    }

    private String refusal(Path file) {
        String[] reason = new String[1];
        assertThatThrownBy(() -> Stepwise.open(file, BUNDLED, clock))
                .isInstanceOfSatisfying(DataUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath());
                    assertThat(e.getMessage()).doesNotContain("lock file");
                    reason[0] = e.reason();
                });
        return reason[0];
    }

    @Test
    void aDataFolderThatIsAFileIsNamed() throws IOException {
        Path folder = Files.writeString(dir.resolve("data"), "I am a file");

        assertThat(refusal(folder.resolve(DataFolder.DATABASE_FILE))).isEqualTo("the data folder cannot be used because "
                + folder.toAbsolutePath() + " is a file, not a folder. Move the file away or choose another data folder");
        assertThat(folder).hasContent("I am a file");
        assertThat(dir.resolve("data.lock")).doesNotExist();
    }

    @Test
    void aDatabaseFileThatIsAFolderIsNamed() throws IOException {
        Path file = Files.createDirectories(dir.resolve("data").resolve(DataFolder.DATABASE_FILE));

        assertThat(refusal(file)).isEqualTo("it is a folder, not a file");
    }

    @Test
    void aReadOnlyDataFolderIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("data"));
        makeReadOnly(folder);

        assertThat(refusal(folder.resolve(DataFolder.DATABASE_FILE))).isEqualTo("the data folder " + folder.toAbsolutePath()
                + " is read-only, and Stepwise must be able to write its files there. Make it writable or choose another"
                + " data folder");
    }

    @Test
    void aReadOnlyDatabaseIsRefusedAtOpenNotAtTheFirstSave() throws IOException {
        Path file = dir.resolve("data").resolve(DataFolder.DATABASE_FILE);
        Stepwise.open(file, BUNDLED, clock).close();
        byte[] before = Files.readAllBytes(file);
        makeReadOnly(file);

        assertThat(refusal(file)).isEqualTo("the file is read-only, and Stepwise must be able to save to it. Make it"
                + " writable or choose another data folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
