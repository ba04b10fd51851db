package dev.stepwise.bench;

import dev.stepwise.service.DataFolder;
import dev.stepwise.service.Stepwise;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures start-up against a bare JavaFX window: JVM launch to the second rendered frame, and the CPU time the child
 * JVM has used at that frame, for the app and for {@link HelloApp}, started alternately in fresh JVMs with the same
 * flags so that a slow moment of the machine hits both. The first app start (on an empty data folder: it creates the
 * database and installs the bundled path) and a first Hello are not counted; the other app starts reopen the folder,
 * as a learner's every later start does. Prints the ratios app / Hello of the medians ({@code startup.ratio.*}), then
 * the same with an AppCDS archive for each side, made by one training start of it ({@code startup.cds.ratio.*}), then
 * with the archive and the app image launcher's other JVM options for both ({@code startup.shipped.ratio.*}).
 *
 * <p>Part of {@code mvn -Pbench package} ({@link AllBenchmarks}); alone: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=dev.stepwise.bench.StartupBenchmark -Dexec.classpathScope=test [-Dexec.args=RUNS]}. Uses the
 * display in {@code DISPLAY} (e.g. Xvfb) when set, else Monocle headless. Prints figures, never fails on a threshold.
 */
public final class StartupBenchmark {
    static final String PREFIX = "stepwise-startup-ms=";
    static final String CPU_PREFIX = "stepwise-startup-cpu-ms=";
    /** The app's own marks (StartupReport): where its start-up time goes. */
    static final String PHASE_PREFIX = "stepwise-startup-phase ";
    /** The system property that carries the packaged launcher's JVM options besides its archive. */
    static final String SHIPPED_TUNING = "bench.shippedTuning";
    /** How long a child JVM may take to show its window: a start takes seconds, a hung one would take for ever. */
    private static final long LAUNCH_TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        compare(args.length > 0 ? Integer.parseInt(args[0]) : 7);
    }

    /** One start of a child JVM: wall time from its launch to the second frame, and its CPU time then. */
    record Started(long wallMillis, long cpuMillis, List<String> phases) {
    }

    /** How the child JVMs start: the class path and the JVM options before the main class (the same for both). */
    record Way(String classpath, List<String> jvmOptions) {
    }

    /** Plain, then each side with an AppCDS archive of its own start (the packaged app ships with one). */
    static void compare(int runs) throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("stepwise-bench");
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        Samples.say("Start-up, JVM launch → second frame, app and Hello alternately, %d runs each, %s, data in %s", runs,
                display ? "display " + System.getenv("DISPLAY") : "Monocle headless", dataDir);
        String[] app = {"dev.stepwise.Launcher", "--data-dir", dataDir.toString()};
        String[] hello = {HelloLauncher.class.getName()};
        Way plain = new Way(Forked.classpath(), List.of());
        Started first = launch(display, plain, app);
        Samples.say("  first app start (creates the database, not counted): %d ms wall, %d ms CPU", first.wallMillis(),
                first.cpuMillis());
        alternate(display, runs, plain, plain, app, hello, "startup.ratio");

        // AppCDS archives only classes from jars: the class folders go into jars, then each side trains its archive.
        Path cdsDir = Files.createTempDirectory("stepwise-bench-cds");
        String jars = CdsArchives.jarredClasspath(Forked.classpath(), cdsDir);
        Path appArchive = cdsDir.resolve("app.jsa");
        Path helloArchive = cdsDir.resolve("hello.jsa");
        launch(display, new Way(jars, List.of("-XX:ArchiveClassesAtExit=" + appArchive)), app);
        launch(display, new Way(jars, List.of("-XX:ArchiveClassesAtExit=" + helloArchive)), hello);
        Samples.say("With AppCDS (a dynamic archive from one start of each: app %d KB, Hello %d KB)",
                Files.size(appArchive) / 1024, Files.size(helloArchive) / 1024);
        List<String> appCds = List.of("-XX:SharedArchiveFile=" + appArchive, "-Xshare:on");
        List<String> helloCds = List.of("-XX:SharedArchiveFile=" + helloArchive, "-Xshare:on");
        alternate(display, runs, new Way(jars, appCds), new Way(jars, helloCds), app, hello, "startup.cds.ratio");

        List<String> tuning = shippedTuning();
        if (tuning.isEmpty()) {
            Samples.say("(No -D%s: the start as the app image's launcher does it is not measured.)", SHIPPED_TUNING);
            return;
        }
        Samples.say("As the app image's launcher starts (its archive plus %s), the same options for Hello", String.join(" ", tuning));
        alternate(display, runs, new Way(jars, concat(appCds, tuning)), new Way(jars, concat(helloCds, tuning)), app, hello,
                "startup.shipped.ratio");
    }

    /** The launcher's JVM options besides its archive, as the pom gives them to the benchmarks ({@code dist.jvm.tuning}). */
    private static List<String> shippedTuning() {
        String options = System.getProperty(SHIPPED_TUNING, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The app reopening a data folder whose current path has 10,000 items, against one on the bundled path, started
     * alternately (each folder's first start, which installs the bundled path, not counted): how much longer the
     * window takes to be interactive on the large path ({@code startup.large.extra.wall}, ms). Then the same with the
     * app image launcher's JVM options besides its archive ({@code startup.large.tuned.extra.wall}): how the installed
     * app opens a long path.
     */
    static void compareLargePath(int runs) throws IOException, InterruptedException {
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        Path bundledDir = Files.createTempDirectory("stepwise-bench-bundled");
        Path largeDir = Files.createTempDirectory("stepwise-bench-large");
        try (Stepwise stepwise = Stepwise.open(largeDir.resolve(DataFolder.DATABASE_FILE), List.of(), Clock.systemUTC())) {
            String id = stepwise.pathFiles().importPath(SyntheticPath.generate(ModelBenchmarks.SEED, 10_000, ModelBenchmarks.SECTIONS,
                    ModelBenchmarks.SKILLS), false).summary().id();
            stepwise.preferences().saveCurrentPath(id);
        }
        String[] onBundled = {"dev.stepwise.Launcher", DataFolder.OPTION, bundledDir.toString()};
        String[] onLarge = {"dev.stepwise.Launcher", DataFolder.OPTION, largeDir.toString()};
        largeExtra(display, runs, new Way(Forked.classpath(), List.of()), onBundled, onLarge, "startup.large.extra.wall");
        List<String> tuning = shippedTuning();
        if (!tuning.isEmpty()) {
            Samples.say("The same with the app image launcher's JVM options besides its archive (%s)", String.join(" ", tuning));
            largeExtra(display, runs, new Way(Forked.classpath(), tuning), onBundled, onLarge, "startup.large.tuned.extra.wall");
        }
    }

    private static void largeExtra(boolean display, int runs, Way way, String[] onBundled, String[] onLarge, String name)
            throws IOException, InterruptedException {
        launch(display, way, onBundled);
        launch(display, way, onLarge);
        Samples bundledWall = new Samples();
        Samples largeWall = new Samples();
        Started last = null;
        for (int i = 0; i < runs; i++) {
            Started bundled = launch(display, way, onBundled);
            last = launch(display, way, onLarge);
            bundledWall.add(bundled.wallMillis() * 1_000_000);
            largeWall.add(last.wallMillis() * 1_000_000);
            Samples.say("  run %d: on the bundled path %d ms, on the 10,000-item path %d ms (wall, to the second frame)", i + 1,
                    bundled.wallMillis(), last.wallMillis());
        }
        if (last != null) {
            Samples.say("  where the last start on the 10,000-item path went:");
            last.phases().forEach(phase -> Samples.say("    %s", phase));
        }
        Samples.say("app start-up on the bundled path: %s", bundledWall.describe());
        Samples.say("app start-up on the 10,000-item path: %s", largeWall.describe());
        Samples.bench(name, largeWall.medianMillis() - bundledWall.medianMillis());
    }

    private static void alternate(boolean display, int runs, Way appWay, Way helloWay, String[] app, String[] hello,
                                  String benchName) throws IOException, InterruptedException {
        Started firstHello = launch(display, helloWay, hello);
        Samples.say("  first Hello start (not counted): %d ms wall, %d ms CPU", firstHello.wallMillis(), firstHello.cpuMillis());
        Started last = null;
        Samples appWall = new Samples();
        Samples appCpu = new Samples();
        Samples helloWall = new Samples();
        Samples helloCpu = new Samples();
        for (int i = 0; i < runs; i++) {
            Started appStart = launch(display, appWay, app);
            last = appStart;
            Started helloStart = launch(display, helloWay, hello);
            appWall.add(appStart.wallMillis() * 1_000_000);
            appCpu.add(appStart.cpuMillis() * 1_000_000);
            helloWall.add(helloStart.wallMillis() * 1_000_000);
            helloCpu.add(helloStart.cpuMillis() * 1_000_000);
            Samples.say("  run %d: app %d ms wall, %d ms CPU; Hello %d ms wall, %d ms CPU", i + 1, appStart.wallMillis(),
                    appStart.cpuMillis(), helloStart.wallMillis(), helloStart.cpuMillis());
        }
        if (last != null) {
            Samples.say("  where the last app start went (ms after JVM launch, the process's CPU time then):");
            last.phases().forEach(phase -> Samples.say("    %s", phase));
        }
        Samples.say("app start-up wall: %s", appWall.describe());
        Samples.say("app start-up CPU: %s", appCpu.describe());
        Samples.say("Hello start-up wall: %s", helloWall.describe());
        Samples.say("Hello start-up CPU: %s", helloCpu.describe());
        Samples.bench(benchName + ".cpu", appCpu.medianMillis() / helloCpu.medianMillis());
        Samples.bench(benchName + ".wall", appWall.medianMillis() / helloWall.medianMillis());
    }

    private static Started launch(boolean display, Way way, String... mainAndArgs) throws IOException, InterruptedException {
        String mainClass = mainAndArgs[0];
        List<String> command = new ArrayList<>(List.of(Forked.java(), "-cp", way.classpath()));
        command.addAll(way.jvmOptions());
        command.addAll(List.of("-Dstepwise.reportStartup=true", "-Dstepwise.exitAfterStartup=true", "-Dprism.order=sw"));
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.text=t2k"));
        }
        command.addAll(List.of(mainAndArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // A child that never gets to its frame would block the reading below for ever: one whose data folder is open in
        // another Stepwise, say, which waits for the learner to read "already open". It is stopped after a while.
        AtomicBoolean stopped = new AtomicBoolean();
        process.onExit().orTimeout(LAUNCH_TIMEOUT_SECONDS, TimeUnit.SECONDS).whenComplete((exited, timedOut) -> {
            if (timedOut != null) {
                stopped.set(true);
                process.destroyForcibly();
            }
        });
        Long wall = null;
        Long cpu = null;
        List<String> output = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(PREFIX)) {
                    wall = Long.parseLong(line.substring(PREFIX.length()).strip());
                } else if (line.startsWith(CPU_PREFIX)) {
                    cpu = Long.parseLong(line.substring(CPU_PREFIX.length()).strip());
                } else if (line.startsWith(PHASE_PREFIX)) {
                    phases.add(line.substring(PHASE_PREFIX.length()));
                } else if (output.size() < 20) {
                    output.add(line);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (wall == null || cpu == null) {
            String ended = stopped.get() ? "stopped after " + LAUNCH_TIMEOUT_SECONDS + " s" : "exit code " + process.exitValue();
            throw new IllegalStateException(mainClass + " did not report its start-up (" + ended + "): " + String.join("\n", output));
        }
        return new Started(wall, cpu, phases);
    }
}
