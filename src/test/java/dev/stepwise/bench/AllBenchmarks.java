package dev.stepwise.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every benchmark, as {@code mvn -Pbench package} runs them: start-up against a bare JavaFX window, then the app's
 * model at 1,000 to 100,000 items, then the import of a 10,000-item file, then the checklist of that path on screen. Each headline figure is one line
 * {@code BENCH <name> <value>}; the lines around it say the median, the range and how many runs. A benchmark that
 * breaks is reported and the others still run: this prints figures and never fails the build.
 */
public final class AllBenchmarks {
    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path folder = Files.createTempDirectory("stepwise-bench-");
        Samples.say("Stepwise benchmarks: Java %s, %d processors, max heap %d MB, data in %s", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024), folder);
        load("before");
        attempt("start-up", () -> StartupBenchmark.compare(Integer.getInteger("bench.startupRuns", 5)));
        attempt("start-up on a large path", () -> StartupBenchmark.compareLargePath(Integer.getInteger("bench.startupRuns", 5)));
        attempt("model", () -> new ModelBenchmarks(folder).run());
        // In a JVM of its own, as JMH forks one per benchmark: run after the 100,000-item model in this one, the import
        // read 20-30 % slower and far more variably than alone (565 ms, 465-680, against 445-470 alone).
        attempt("import", () -> {
            if (Forked.run(ImportBenchmark.class, folder.toString()) != 0) {
                throw new IllegalStateException("the forked import benchmark failed");
            }
        });
        attempt("checklist rendering", () -> {
            if (Forked.run(ChecklistRenderBenchmark.class, folder.toString()) != 0) {
                throw new IllegalStateException("the forked checklist rendering benchmark failed");
            }
        });
        load("after");
        Samples.say("All benchmarks done in %.0f s", (System.nanoTime() - start) / 1e9);
    }

    /** Other work on the machine slows wall times (CPU times less so): the load says how far to trust them. */
    private static void load(String when) {
        Samples.say("system load average %s: %.2f (on %d processors)", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    @FunctionalInterface
    private interface Benchmark {
        void run() throws Exception;
    }

    private static void attempt(String name, Benchmark benchmark) {
        try {
            benchmark.run();
        } catch (Exception | Error e) {
            Samples.say("The %s benchmarks broke off (figures above still stand): %s", name, e);
            e.printStackTrace(System.out);
        }
    }
}
