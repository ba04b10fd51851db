package dev.stepwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures start-up: JVM launch to the second rendered frame of the main window, in fresh JVMs, printed per run
 * and as the median. The first run starts on an empty data folder (creates the database and installs the bundled
 * path); the others reopen it, as a learner's every later start does.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.stepwise.bench.StartupBenchmark
 * -Dexec.classpathScope=test [-Dexec.args=RUNS]}. Uses the display in {@code DISPLAY} (e.g. Xvfb) when set, else
 * Monocle headless. A benchmark, not a test: it prints figures and never fails on a threshold.
 */
public final class StartupBenchmark {
    private static final String PREFIX = "stepwise-startup-ms=";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dataDir = Files.createTempDirectory("stepwise-bench");
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        System.out.printf("Stepwise start-up, JVM launch → second frame, %d runs, %s, data in %s%n", runs,
                display ? "display " + System.getenv("DISPLAY") : "Monocle headless", dataDir);
        long first = launch(dataDir, display);
        System.out.printf("  first start (creates the database): %d ms%n", first);
        List<Long> later = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long ms = launch(dataDir, display);
            later.add(ms);
            System.out.printf("  start %d: %d ms%n", i + 1, ms);
        }
        List<Long> sorted = later.stream().sorted().toList();
        System.out.printf("median of %d later starts: %d ms (min %d, max %d)%n", runs, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /** exec:java runs us inside Maven with a class loader of its own; the child JVM needs that class path. */
    private static String classpath() {
        if (StartupBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static long launch(Path dataDir, boolean display) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(),
                "-Dstepwise.reportStartup=true", "-Dstepwise.exitAfterStartup=true", "-Dprism.order=sw"));
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.text=t2k"));
        }
        command.addAll(List.of("dev.stepwise.Launcher", "--data-dir", dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Long reported = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(PREFIX)) {
                    reported = Long.parseLong(line.substring(PREFIX.length()).strip());
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (reported == null) {
            throw new IllegalStateException("the app did not report its start-up (exit code " + process.exitValue() + ")");
        }
        return reported;
    }
}
