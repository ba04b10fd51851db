package dev.stepwise.bench;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmarks of the running app without pixels, through {@link AppUnderBench}: a status change at 1,000, 10,000
 * and 100,000 items and its floor (a bare SQLite commit), a search keystroke and the live heap at 10,000 items.
 * Paths are 50 sections and 200 skills (plus one variant of 1,000 skills at 10,000 items).
 */
final class ModelBenchmarks {
    static final long SEED = 20_260_101L;
    static final int SECTIONS = 50;
    static final int SKILLS = 200;
    /** The search benchmark types this word, one keystroke at a time. */
    static final String TYPED = "pipeline";

    private static final int WARMUPS = 200;
    private static final int RUNS = 300;
    /** The first ticks after a path opens, before the JIT has compiled their code: printed, not the headline. */
    private static final int COLD = 10;

    private final Path folder;
    private final Map<Integer, Double> tickCurve = new LinkedHashMap<>();

    ModelBenchmarks(Path folder) {
        this.folder = folder;
    }

    void run() throws Exception {
        Samples.say("live heap after full GC before any path is opened: %.1f MB", liveHeapMegabytes());
        // Ticks are about a millisecond now: 200 warm-up and 300 measured at every size, so that the figure is the
        // steady state (as JMH would measure it) and not the JIT's progress; the first ticks are printed on their own.
        tick(1_000, SKILLS, WARMUPS, RUNS, null);
        Path tenThousand = tick(10_000, SKILLS, WARMUPS, RUNS, app -> {
            search(app);
            heap();
            switchBack(app);
        });
        Floor.run(tenThousand, 10_000, SyntheticPath.itemId(10_000 / 2), SyntheticPath.itemId(10_000 / 2 + 1), tickCurve.get(10_000));
        tick(10_000, 1_000, WARMUPS, RUNS, null);
        tick(100_000, SKILLS, WARMUPS, RUNS, null);
        StringBuilder curve = new StringBuilder("tick curve (median ms):");
        tickCurve.forEach((items, median) -> curve.append(String.format(Locale.ROOT, "  %,d items %s",
                items, Samples.ms(median))));
        Samples.say("%s", curve);
    }

    /** What runs while a path of the tick's size is open, after the ticks. */
    @FunctionalInterface
    interface WhileOpen {
        void run(AppUnderBench app) throws Exception;
    }

    /** Measures ticks on a path of the given size; returns the database file it used (closed by then). */
    private Path tick(int items, int skills, int warmups, int runs, WhileOpen also) throws Exception {
        Path database = Files.createTempDirectory(folder, "tick-" + items + "-").resolve("stepwise.db");
        long setupStart = System.nanoTime();
        try (AppUnderBench app = open(database, items, skills)) {
            Samples.say("%,d items, %,d skills: path generated, imported and every view model built in %.1f s", items, skills,
                    (System.nanoTime() - setupStart) / 1e9);
            String itemId = SyntheticPath.itemId(items / 2);
            Samples total = new Samples();
            Samples store = new Samples();
            Samples fx = new Samples();
            Samples cold = new Samples();
            List<Samples> parts = AppUnderBench.FX_PARTS.stream().map(part -> new Samples()).toList();
            for (int i = 0; i < warmups + runs; i++) {
                AppUnderBench.Tick tick = app.setStatus(itemId, i % 2 == 0 ? ItemStatus.DONE : ItemStatus.NOT_STARTED);
                if (i < COLD) {
                    cold.add(tick.totalNanos());
                }
                if (i >= warmups) {
                    total.add(tick.totalNanos());
                    store.add(tick.storeNanos());
                    fx.add(tick.fxNanos());
                    for (int p = 0; p < parts.size(); p++) {
                        parts.get(p).add(tick.fxPartNanos()[p]);
                    }
                }
                if (tick.totalNanos() > 5_000_000_000L) {
                    Samples.say("  (slow: %s %d of %d took %.1f s)", i < warmups ? "warm-up run" : "run", i < warmups ? i + 1
                            : i - warmups + 1, i < warmups ? warmups : runs, tick.totalNanos() / 1e9);
                }
            }
            String name = skills == SKILLS ? "tick.median." + items : "tick.median." + items + ".skills" + skills;
            Samples.say("tick at %,d items, %,d skills (after %d warm-up): %s", items, skills, warmups, total.describe());
            Samples.say("  the first %d ticks after the path opened (JIT not yet warm): %s", COLD, cold.describe());
            Samples.say("  store part (command → commit handed to the FX thread): %s", store.describe());
            Samples.say("  FX part (shared state and every view model applied): %s", fx.describe());
            StringBuilder split = new StringBuilder("  FX part by listener, medians in ms (by listener order, approximate):");
            for (int p = 0; p < parts.size(); p++) {
                split.append(p == 0 ? " " : "; ").append(AppUnderBench.FX_PARTS.get(p)).append(' ')
                        .append(Samples.ms(parts.get(p).medianMillis()));
            }
            Samples.say("%s", split);
            Samples.bench(name, total.medianMillis());
            if (skills == SKILLS) {
                tickCurve.put(items, total.medianMillis());
            }
            if (also != null) {
                also.run(app);
            }
        }
        return database;
    }

    /** Generated inside so that the generated path is garbage once imported: the heap figure counts the app's copy only. */
    private static AppUnderBench open(Path database, int items, int skills) {
        LearningPath path = SyntheticPath.generate(SEED, items, SECTIONS, skills);
        return AppUnderBench.open(database, path);
    }

    /**
     * The FX thread's share of opening the 10,000-item path from the path picker (from a small one): nothing there
     * may grow with the path. Printed, not a headline.
     */
    private static void switchBack(AppUnderBench app) throws InterruptedException {
        String large = app.pathId();
        String small = app.installSmallPath();
        Samples fx = new Samples();
        for (int i = 0; i < 20; i++) {
            app.switchTo(small);
            long back = app.switchTo(large);
            if (i >= 5) {
                fx.add(back);
            }
        }
        Samples.say("switching to the 10,000-item path, the FX thread's share (after 5 warm-up): %s", fx.describe());
        Samples.bench("switch.fx.10000", fx.medianMillis());
    }

    /** One keystroke at a time, the word typed into a cleared search box; the clearing is not measured. */
    private static void search(AppUnderBench app) {
        int warmups = 5;
        int runs = 10;
        Samples keystrokes = new Samples();
        Samples onFx = new Samples();
        int shown = 0;
        for (int round = 0; round < warmups + runs; round++) {
            app.search("");
            app.takeFxNanos();
            for (int typed = 1; typed <= TYPED.length(); typed++) {
                long start = System.nanoTime();
                app.search(TYPED.substring(0, typed));
                long elapsed = System.nanoTime() - start;
                long fx = app.takeFxNanos();
                if (round >= warmups) {
                    keystrokes.add(elapsed);
                    onFx.add(fx);
                }
            }
            shown = app.checklistRows();
        }
        app.search("");
        Samples.say("search at 10,000 items, typing \"%s\" (after %d warm-up words; %d rows shown at the end): per keystroke %s",
                TYPED, warmups, shown, keystrokes.describe());
        Samples.say("  of which on the FX thread (the rows made off it, shown on it): %s", onFx.describe());
        Samples.bench("search.median.10000", keystrokes.medianMillis());
        Samples.bench("search.fx.median.10000", onFx.medianMillis());
    }

    /** Live heap with the 10,000-item path open and every view model built. */
    private static void heap() throws InterruptedException {
        double used = liveHeapMegabytes();
        Samples.say("live heap after full GC, 10,000 items open with every view model built: %.1f MB (whole JVM heap)", used);
        Samples.bench("heap.10000", used);
    }

    private static double liveHeapMegabytes() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
