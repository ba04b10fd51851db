package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.DataFolder;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the command line in-process the way {@code java -jar} would, against a data folder of the test's own, with the
 * fixture path as the only bundled path and a fixed clock; stdout and stderr are captured.
 */
final class CliRunner {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

    private final Path dataDir;

    CliRunner(Path dataDir) {
        this.dataDir = dataDir;
    }

    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        /** Failed with exactly one line on stderr, starting "stepwise: ". */
        Result failedWith(int code) {
            assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(code);
            assertThat(errLines()).as("stderr").singleElement().asString().startsWith("stepwise: ")
                    .doesNotContain("Exception", "\tat ");
            return this;
        }

        Result succeeded() {
            assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
            assertThat(err).as("stderr").isEmpty();
            return this;
        }
    }

    static Stepwise open(Path databaseFile) {
        return Stepwise.openWith(databaseFile, List.of(FixturePath.bundled()), CLOCK);
    }

    /** The command with {@code --data-dir} of this runner appended. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        return runExactly(all.toArray(String[]::new));
    }

    Result runExactly(String... args) {
        // A command that missed its --data-dir lands here, never in the user's real data folder.
        Map<String, String> variables = Map.of(DataFolder.ENVIRONMENT_VARIABLE, fallbackDataDir().toString());
        CommandLine commandLine = StepwiseCli.commandLine(new CliEnvironment(variables, CliRunner::open));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The folder {@code STEPWISE_DATA_DIR} names in these runs: beside the data folder, unused unless a bug. */
    Path fallbackDataDir() {
        return dataDir.resolveSibling(dataDir.getFileName() + "-from-environment");
    }

    Path databaseFile() {
        return dataDir.resolve("stepwise.db");
    }

    /** Every row of the database: equal before and after means nothing was written. */
    Snapshot snapshot() {
        return Snapshot.of(databaseFile());
    }

    static String resource(String name) {
        try (InputStream in = CliRunner.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
