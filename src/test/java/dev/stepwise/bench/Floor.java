package dev.stepwise.bench;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.service.Stepwise;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * What no status change can beat: one row of {@code item_progress} updated in its own transaction, on a raw
 * sqlite-jdbc connection opened the way {@code store/Database} opens it (WAL, {@code synchronous=FULL}, foreign keys,
 * busy timeout, auto-commit with explicit {@code BEGIN IMMEDIATE}/{@code COMMIT}), the statement prepared once, on
 * the same database file the 10,000-item tick used. The durable tick divided by this is how much the app adds to a
 * commit.
 */
final class Floor {
    private static final int WARMUPS = 200;
    private static final int RUNS = 300;

    private Floor() {
    }

    static void run(Path databaseFile, String itemId, double tickMedianMillis) throws SQLException {
        double service = serviceAlone(databaseFile, itemId);
        double floor = rawUpdate(databaseFile, itemId);
        // The headline compares like with like: the durable tick (the status change's one transaction) against the
        // durable floor. The thread hops and view models around it are what tick.median.* times, and the whole tick is
        // printed against the floor too.
        Samples.say("durable tick (the service's status change alone) / floor = %s / %s", Samples.ms(service), Samples.ms(floor));
        Samples.bench("tick.ratio.floor", service / floor);
        Samples.say("whole tick at 10,000 items (to every view model) / floor = %s / %s", Samples.ms(tickMedianMillis),
                Samples.ms(floor));
        Samples.bench("tick.full.ratio.floor", tickMedianMillis / floor);
    }

    /**
     * The same status change through {@code ProgressService} on the calling thread: its reads, the write, the activity
     * entry and the undo log's step, in one transaction, with no hop to another thread and no view model.
     */
    private static double serviceAlone(Path databaseFile, String itemId) {
        Samples commits = new Samples();
        try (Stepwise stepwise = Stepwise.open(databaseFile, List.of(), Clock.systemUTC())) {
            String pathId = stepwise.pathIds().get(0);
            for (int i = 0; i < WARMUPS + RUNS; i++) {
                long start = System.nanoTime();
                stepwise.progress().setStatus(pathId, itemId, i % 2 == 0 ? ItemStatus.DONE : ItemStatus.NOT_STARTED);
                long elapsed = System.nanoTime() - start;
                if (i >= WARMUPS) {
                    commits.add(elapsed);
                }
            }
        }
        Samples.say("service alone: ProgressService.setStatus on the calling thread, same file (after %d warm-up): %s", WARMUPS,
                commits.describe());
        return commits.medianMillis();
    }

    private static double rawUpdate(Path databaseFile, String itemId) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(3_000);
        int warmups = WARMUPS;
        int runs = RUNS;
        Samples commits = new Samples();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
             Statement control = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE item_progress SET status = ?, updated_at = ? WHERE path_id = ? AND item_id = ?")) {
            control.execute("PRAGMA journal_mode = WAL");
            String settings = "journal_mode=" + pragma(control, "journal_mode") + ", synchronous=" + pragma(control, "synchronous")
                    + ", foreign_keys=" + pragma(control, "foreign_keys");
            String pathId = pathOf(control, itemId);
            for (int i = 0; i < warmups + runs; i++) {
                long start = System.nanoTime();
                control.execute("BEGIN IMMEDIATE");
                update.setString(1, i % 2 == 0 ? "DONE" : "NOT_STARTED");
                update.setString(2, Instant.now().toString());
                update.setString(3, pathId);
                update.setString(4, itemId);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no progress row for " + itemId);
                }
                control.execute("COMMIT");
                long elapsed = System.nanoTime() - start;
                if (i >= warmups) {
                    commits.add(elapsed);
                }
            }
            Samples.say("floor: one-row UPDATE item_progress in its own transaction, raw sqlite-jdbc (%s, after %d warm-up): %s",
                    settings, warmups, commits.describe());
        }
        return commits.medianMillis();
    }

    private static String pragma(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : "?";
        }
    }

    private static String pathOf(Statement statement, String itemId) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT path_id FROM item_progress WHERE item_id = '" + itemId + "'")) {
            if (!rows.next()) {
                throw new IllegalStateException("the tick left no progress row for " + itemId);
            }
            return rows.getString(1);
        }
    }
}
