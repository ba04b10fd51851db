package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Stepwise per data file: a second one is refused with the file named, and the first keeps working. */
class InstanceLockTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    @Test
    void aSecondStepwiseOnTheSameFileIsRefusedWhileTheFirstIsOpen() {
        Path file = dir.resolve("stepwise.db");
        try (Stepwise first = Stepwise.open(file, BundledPaths.load(), clock)) {
            assertThatThrownBy(() -> Stepwise.open(file, BundledPaths.load(), clock))
                    .isInstanceOf(DataUnavailableException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("already open");

            // The refused attempt must not have disturbed the open one.
            first.progress().setStatus("backend-engineer", "learn-backend-language", ItemStatus.DONE);
            assertThat(first.progress().load("backend-engineer").statusOf("learn-backend-language"))
                    .isEqualTo(ItemStatus.DONE);
        }
    }

    @Test
    void closingReleasesTheFileForTheNextStart() {
        Path file = dir.resolve("stepwise.db");
        Stepwise.open(file, BundledPaths.load(), clock).close();

        try (Stepwise again = Stepwise.open(file, BundledPaths.load(), clock)) {
            assertThat(again.pathIds()).containsExactly("backend-engineer");
        }
    }

    @Test
    void aFailedOpenReleasesTheLock() throws Exception {
        Path file = dir.resolve("stepwise.db");
        java.nio.file.Files.writeString(file, "not a database");

        assertThatThrownBy(() -> Stepwise.open(file, BundledPaths.load(), clock))
                .isInstanceOf(DataUnavailableException.class);
        java.nio.file.Files.delete(file);

        try (Stepwise fresh = Stepwise.open(file, BundledPaths.load(), clock)) {
            assertThat(fresh.pathIds()).containsExactly("backend-engineer");
        }
    }
}
