package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Stepwise per data file: a second one is refused with the file named, and the first keeps working. */
class InstanceLockTest {
    @TempDir
    Path dir;

    private static final List<LearningPath> PATHS = List.of(FixturePath.path());

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    @Test
    void aSecondStepwiseOnTheSameFileIsRefusedWhileTheFirstIsOpen() {
        Path file = dir.resolve("stepwise.db");
        try (Stepwise first = Stepwise.open(file, PATHS, clock)) {
            assertThatThrownBy(() -> Stepwise.open(file, PATHS, clock))
                    .isInstanceOf(DataUnavailableException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("already open");

            // The refused attempt must not have disturbed the open one.
            first.progress().setStatus(FixturePath.ID, FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
            assertThat(first.progress().load(FixturePath.ID).statusOf(FixturePath.LEARN_LANGUAGE))
                    .isEqualTo(ItemStatus.DONE);
        }
    }

    @Test
    void closingReleasesTheFileForTheNextStart() {
        Path file = dir.resolve("stepwise.db");
        Stepwise.open(file, PATHS, clock).close();

        try (Stepwise again = Stepwise.open(file, PATHS, clock)) {
            assertThat(again.pathIds()).containsExactly(FixturePath.ID);
        }
    }

    @Test
    void aFailedOpenReleasesTheLock() throws Exception {
        Path file = dir.resolve("stepwise.db");
        java.nio.file.Files.writeString(file, "not a database");

        assertThatThrownBy(() -> Stepwise.open(file, PATHS, clock))
                .isInstanceOf(DataUnavailableException.class);
        java.nio.file.Files.delete(file);

        try (Stepwise fresh = Stepwise.open(file, PATHS, clock)) {
            assertThat(fresh.pathIds()).containsExactly(FixturePath.ID);
        }
    }

    /**
     * Another process, as a second Stepwise would be: the lock is on the database file itself, so removing every other
     * file in the folder (a stale-looking lock file, say) does not let a second instance write to it. (The backups
     * folder stays: only files could ever have been the lock.)
     */
    @Test
    void anotherProcessHoldingTheFileKeepsASecondInstanceOutWhateverElseIsDeleted() throws Exception {
        Path file = dir.resolve("stepwise.db");
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(), file.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ACK"));
            assertThat(line).as("the other process has the file open").isEqualTo("ACK");
            try (var others = Files.list(dir)) {
                for (Path other : others.filter(path -> Files.isRegularFile(path)
                        && !path.getFileName().toString().startsWith("stepwise.db")).toList()) {
                    Files.delete(other);
                }
            }

            assertThatThrownBy(() -> Stepwise.open(file, List.of(FixturePath.path()), clock))
                    .isInstanceOf(DataUnavailableException.class).hasMessageContaining("already open");

            holder.destroyForcibly();
            holder.waitFor();
        } finally {
            holder.destroyForcibly();
        }
        try (Stepwise after = Stepwise.open(file, List.of(FixturePath.path()), clock)) {
            assertThat(after.pathIds()).contains(FixturePath.ID);
        }
    }
}
