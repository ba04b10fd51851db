package dev.stepwise.bench;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.service.Stepwise;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * What no status change can beat: one row of {@code item_progress} updated in its own transaction, on a raw
 * sqlite-jdbc connection opened the way {@code store/Database} opens it (WAL, {@code synchronous=FULL}, foreign keys,
 * busy timeout, auto-commit with explicit {@code BEGIN IMMEDIATE}/{@code COMMIT}), the statement prepared once, on
 * the same database file the 10,000-item tick used. The durable tick divided by this is how much the app adds to a
 * commit. The two are measured in alternate blocks, so that the disk's slow and fast moments (a commit waits for its
 * sync) fall on both alike: measured one after the other, the ratio of their medians went from 0.94 to 1.25 between
 * runs on the same build.
 */
final class Floor {
    static final int WARMUPS = 200;
    static final int RUNS = 300;
    /** How many of one side run in a row before the other's turn: both connections' caches stay warm within a block. */
    static final int BLOCK = 25;

    private Floor() {
    }

    /**
     * @param items how many items the path has ({@link SyntheticPath#itemId} 0 to items - 1)
     * @param itemId the item the durable tick changes
     * @param floorItemId another item, whose progress row the floor updates: were it the same row, a tick would now and
     *                    then set the status the floor had just set, which writes nothing
     */
    static void run(Path databaseFile, int items, String itemId, String floorItemId, double tickMedianMillis)
            throws SQLException, IOException {
        Samples service = new Samples();
        Samples floor = new Samples();
        String settings;
        try (Stepwise stepwise = Stepwise.open(databaseFile, List.of(), Clock.systemUTC());
             RawConnection raw = new RawConnection(databaseFile)) {
            String pathId = stepwise.pathIds().get(0);
            stepwise.progress().setStatus(pathId, floorItemId, ItemStatus.LEARNING);
            settings = raw.settings();
            for (int block = 0; block < WARMUPS + RUNS; block += BLOCK) {
                boolean counted = block >= WARMUPS;
                for (int i = block; i < block + BLOCK; i++) {
                    long start = System.nanoTime();
                    stepwise.progress().setStatus(pathId, itemId, i % 2 == 0 ? ItemStatus.DONE : ItemStatus.NOT_STARTED);
                    addIf(counted, service, start);
                }
                for (int i = block; i < block + BLOCK; i++) {
                    long start = System.nanoTime();
                    raw.update(pathId, floorItemId, i % 2 == 0 ? "DONE" : "NOT_STARTED");
                    addIf(counted, floor, start);
                }
            }
            report(settings, service, floor, tickMedianMillis);
            TickPages.run(stepwise, raw, databaseFile, pathId, itemId, items);
        }
    }

    private static void report(String settings, Samples service, Samples floor, double tickMedianMillis) {
        Samples.say("durable tick: ProgressService.setStatus on the calling thread (its reads, the write, the activity entry, the"
                + " undo step; no thread hop, no view model), blocks of %d alternating with the floor's, after %d warm-up: %s", BLOCK,
                WARMUPS, service.describe());
        Samples.say("floor: one-row UPDATE item_progress in its own transaction, raw sqlite-jdbc (%s), same file: %s", settings,
                floor.describe());
        // The headline compares like with like: the durable tick (the status change's one transaction) against the
        // durable floor. The thread hops and view models around it are what tick.median.* times, and the whole tick is
        // printed against the floor too.
        Samples.say("durable tick / floor = %s / %s", Samples.ms(service.medianMillis()), Samples.ms(floor.medianMillis()));
        Samples.bench("tick.ratio.floor", service.medianMillis() / floor.medianMillis());
        Samples.say("whole tick at 10,000 items (to every view model) / floor = %s / %s", Samples.ms(tickMedianMillis),
                Samples.ms(floor.medianMillis()));
        Samples.bench("tick.full.ratio.floor", tickMedianMillis / floor.medianMillis());
    }

    private static void addIf(boolean counted, Samples samples, long start) {
        long elapsed = System.nanoTime() - start;
        if (counted) {
            samples.add(elapsed);
        }
    }
}
