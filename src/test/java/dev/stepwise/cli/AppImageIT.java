package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image as {@code mvn -Pdist package} makes it, minus the installers and the start-up archive: jpackage over
 * the shaded jar with the same modules and jlink options, then its native launcher run as a user runs it. Catches a
 * module missing from the runtime image and a launcher that loses the command line or its exit code. About ten
 * seconds here; skipped where the JDK has no jpackage.
 */
class AppImageIT {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void theImagesLauncherRunsTheCommandLineWithItsExitCodes() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", windows() ? "jpackage.exe" : "jpackage");
        assumeTrue(Files.isExecutable(jpackage), "this JDK has no jpackage");
        Path image = buildImage(jpackage);
        Path launcher = launcher(image);
        assertThat(launcher).isExecutable();
        Path data = dir.resolve("data");

        Run list = run(List.of(launcher.toString(), "list", "--data-dir", data.toString()));

        assertThat(list.exitCode()).as("stderr: %s", list.err()).isZero();
        assertThat(list.out()).startsWith("backend-engineer  Backend Engineer  (bundled, 0 of ");
        assertThat(data.resolve("stepwise.db")).isRegularFile();

        Run refused = run(List.of(launcher.toString(), "import", dir.resolve("missing.json").toString(),
                "--data-dir", data.toString()));

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err().lines()).singleElement().asString().startsWith("stepwise: ").endsWith("no such file");
    }

    private Path buildImage(Path jpackage) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("stepwise.jar", "target/stepwise-app.jar"));
        assertThat(jar).as("the shaded jar (run mvn verify)").isRegularFile();
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(jar, input.resolve("stepwise.jar"));
        String modules = System.getProperty("stepwise.dist.modules");
        assertThat(modules).as("the runtime image's modules (pom: dist.modules)").isNotBlank();
        Path dest = dir.resolve("dist");
        Run built = run(List.of(jpackage.toString(), "--type", "app-image", "--dest", dest.toString(),
                "--name", "Stepwise", "--app-version", "1.0", "--input", input.toString(),
                "--main-jar", "stepwise.jar", "--main-class", "dev.stepwise.Launcher",
                "--add-modules", modules,
                "--jlink-options", "--strip-debug --no-header-files --no-man-pages --compress=2"));
        assertThat(built.exitCode()).as("jpackage: %s %s", built.out(), built.err()).isZero();
        return dest;
    }

    private static Path launcher(Path dest) {
        if (windows()) {
            return dest.resolve("Stepwise").resolve("Stepwise.exe");
        }
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac")) {
            return dest.resolve("Stepwise.app").resolve("Contents").resolve("MacOS").resolve("Stepwise");
        }
        return dest.resolve("Stepwise").resolve("bin").resolve("Stepwise");
    }

    private static boolean windows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("STEPWISE_DATA_DIR");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
