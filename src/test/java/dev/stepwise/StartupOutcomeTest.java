package dev.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stepwise.cli.ExitCodes;
import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.DataFolder;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window that could not start leaves the process with a code that says why, never with 0. */
class StartupOutcomeTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        StartupOutcome.reset();
    }

    @Test
    void aStartThatDidNotFailExitsWithZero() {
        assertThat(StartupOutcome.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aDataFolderHoldingAnotherProgramsFileExitsWithDataUnavailable() throws Exception {
        Path file = Files.writeString(dir.resolve(DataFolder.DATABASE_FILE), "someone else's notes");
        Throwable failure = catchThrowable(() -> Stepwise.open(file, List.of(), Clock.systemUTC()).close());

        StartupOutcome.failed(failure);

        assertThat(StartupOutcome.exitCode()).isEqualTo(ExitCodes.DATA_UNAVAILABLE).isEqualTo(3);
    }

    @Test
    void aDataFileLockedByAnotherProgramWhileTheWindowSetsUpExitsWithDataUnavailable() throws Exception {
        Path file = dir.resolve(DataFolder.DATABASE_FILE);
        Stepwise.open(file, List.of(), Clock.systemUTC()).close();
        Throwable failure;
        // Another program writes: in a WAL file reading still works, so the start gets as far as installing the path.
        try (Connection other = Probe.connect(file); Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("DELETE FROM preference");
            failure = catchThrowable(() -> Stepwise.open(file, List.of(FixturePath.path()), Clock.systemUTC()).close());
        }

        assertThat(failure).isInstanceOf(DataFileRefusedStep.class);
        assertThat(StartupOutcome.exitCodeFor(failure)).isEqualTo(ExitCodes.DATA_UNAVAILABLE);
    }

    @Test
    void aDataDirOptionWithoutAFolderExitsAsAUsageError() {
        Throwable failure = catchThrowable(() -> DataFolder.resolve(List.of(DataFolder.OPTION), Map.of()));

        assertThat(StartupOutcome.exitCodeFor(failure)).isEqualTo(ExitCodes.USAGE).isEqualTo(2);
    }

    @Test
    void anyOtherFailureExitsAsAFailure() {
        assertThat(StartupOutcome.exitCodeFor(new IllegalStateException("the theme is missing"))).isEqualTo(ExitCodes.FAILURE);
    }
}
