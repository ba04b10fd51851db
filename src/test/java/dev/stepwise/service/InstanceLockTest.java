package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
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
}
