package dev.stepwise.bench;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.io.PathFileException;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.service.Stepwise;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Importing the 10,000-item path file as the "Import path…" command does: read and validate it with the strict
 * {@link PathFileReader}, then install it with {@code pathFiles().importPath(path, false)}, each run into a fresh
 * database (opening that database is not timed). The checkpoint the app runs once its store thread is idle again is
 * timed and printed on its own. Then the floor of the install: SQLite writing the same rows and nothing else
 * ({@link ImportFloor}); the read and that floor together are what no import of the file can go below.
 */
final class ImportBenchmark {
    private static final int ITEMS = 10_000;

    private ImportBenchmark() {
    }

    /** In a JVM of its own ({@link Forked}): the folder to work in. */
    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]));
    }

    static void run(Path folder) throws Exception {
        LearningPath generated = SyntheticPath.generate(ModelBenchmarks.SEED, ITEMS, ModelBenchmarks.SECTIONS, ModelBenchmarks.SKILLS);
        Path file = SyntheticPath.write(generated, folder.resolve("synthetic-10000.json"));
        double megabytes = Files.size(file) / (1024.0 * 1024.0);
        // Runs after the 100,000-item model benchmark: a full collection first, and enough runs that its garbage and
        // the JIT's first compiles do not make the median (1 warm-up and 3 runs read ~50 % slower than alone).
        System.gc();
        int warmups = 2;
        int runs = 7;
        Samples whole = new Samples();
        Samples reading = new Samples();
        Samples install = new Samples();
        Samples checkpoint = new Samples();
        String refusal = null;
        Path lastImported = null;
        for (int i = 0; i < warmups + runs; i++) {
            lastImported = Files.createTempDirectory(folder, "import-").resolve("stepwise.db");
            try (Stepwise stepwise = Stepwise.open(lastImported, List.of(), Clock.systemUTC())) {
                // As the app runs it: the write-ahead log is checkpointed when the store thread is idle, after the
                // import has been reported; timed below, on its own.
                Runnable idle = stepwise.checkpointWhenIdle();
                long start = System.nanoTime();
                LearningPath read = generated;
                try (InputStream in = Files.newInputStream(file)) {
                    read = new PathFileReader().read(file.getFileName().toString(), in);
                } catch (PathFileException e) {
                    refusal = e.getMessage();
                }
                long installStart = System.nanoTime();
                stepwise.pathFiles().importPath(read, false);
                long end = System.nanoTime();
                idle.run();
                long checkpointed = System.nanoTime();
                if (i >= warmups) {
                    whole.add(end - start);
                    reading.add(installStart - start);
                    install.add(end - installStart);
                    checkpoint.add(checkpointed - end);
                }
            }
        }
        if (refusal == null) {
            Samples.say("import of the 10,000-item file (%.1f MB), read + validate + install (after %d warm-up): %s", megabytes, warmups,
                    whole.describe());
            Samples.say("  of which read + validate (PathFileReader): %s", reading.describe());
            Samples.say("  of which install (importPath): %s", install.describe());
            Samples.say("  then, on the idle store thread after the import is reported, the checkpoint: %s", checkpoint.describe());
            Samples.bench("import.10000", whole.medianMillis());
            Samples floor = ImportFloor.run(lastImported, folder, runs);
            Samples.say("floor: SQLite copying the rows the import wrote into a fresh database (INSERT … SELECT per table, one"
                    + " durable transaction, raw sqlite-jdbc, no Java per row): %s", floor.describe());
            Samples.bench("import.floor.10000", floor.medianMillis());
            Samples.say("install / floor = %s / %s", Samples.ms(install.medianMillis()), Samples.ms(floor.medianMillis()));
            Samples.bench("import.install.ratio.floor", install.medianMillis() / floor.medianMillis());
            // The file must be read and checked whole before a row is written, so no import can take less than the
            // read and SQLite's own writing one after the other: what import.10000 would be with no app code per row.
            Samples.say("lower bound of an import: read + validate + floor = %s + %s", Samples.ms(reading.medianMillis()),
                    Samples.ms(floor.medianMillis()));
            Samples.bench("import.lowerbound.10000", reading.medianMillis() + floor.medianMillis());
        } else {
            // The figure cannot be had through the public reader: say so loudly instead of printing a number of something else.
            Samples.say("import of the 10,000-item file (%.1f MB): REFUSED by PathFileReader: %s", megabytes, refusal);
            Samples.say("  install alone (importPath of the generated path, after %d warm-up): %s", warmups, install.describe());
            Samples.bench("import.10000", Double.NaN);
            Samples.bench("import.install.10000", install.medianMillis());
        }
    }
}
