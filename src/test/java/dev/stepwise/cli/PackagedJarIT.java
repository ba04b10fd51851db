package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a user runs it: {@code java -jar} in a child process with no display. Run by failsafe after
 * {@code package}; the jar's location comes from the pom ({@code stepwise.jar}).
 */
class PackagedJarIT {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code java [jvmOptions] -jar <jar> [args]}. */
    private Run java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("stepwise.jar", "target/stepwise-app.jar"));
        assertThat(jar).as("the shaded jar (run mvn verify)").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("STEPWISE_DATA_DIR");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void listRunsWithoutADisplayAndLoadsNoJavafxClass() throws Exception {
        Path data = dir.resolve("data");

        Run run = java(List.of(), "list", "--data-dir", data.toString());

        assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
        assertThat(run.out()).startsWith("backend-engineer  Backend Engineer  (bundled, 0 of ");
        assertThat(data.resolve("stepwise.db")).isRegularFile();

        Run verbose = java(List.of("-verbose:class"), "list", "--data-dir", data.toString());

        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.out()).as("the class loading log was written").contains("dev.stepwise.Launcher");
        assertThat(verbose.out().lines().filter(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")))
                .as("JavaFX classes loaded").isEmpty();
    }

    @Test
    void anErrorIsOneLineOnStderrWithANonZeroExitCode() throws Exception {
        Run run = java(List.of(), "import", dir.resolve("missing.json").toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().startsWith("stepwise: ").endsWith("no such file");
        assertThat(run.out()).isEmpty();
    }
}
