package dev.stepwise.ui;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.PathState;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Workspace;
import dev.stepwise.ui.common.Scheduler;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The real stack under a view model, without a JavaFX toolkit: a real SQLite file in a temp folder holding the
 * {@link FixturePath} (never the bundled content), the real services, and a {@link PathSession} whose
 * {@link Background} runs every job on the calling thread (or, with {@link ManualExecutorService}, when the test
 * says so). Results are applied on the calling thread too, so after a command returns its effect is visible in the
 * view model and on disk.
 */
public final class ViewModelFixture implements AutoCloseable {
    public final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-01T09:00:00Z"));
    public final Stepwise stepwise;
    public final ExecutorService store;
    public final Background background;
    public final List<Throwable> errors = new ArrayList<>();
    public final PathSession session;
    public final Workspace workspace;

    private ViewModelFixture(Path tempDir, ExecutorService store) {
        this.stepwise = Stepwise.open(tempDir.resolve("stepwise.db"), List.of(FixturePath.path()), clock);
        this.store = store;
        this.background = new Background(store, Runnable::run);
        this.session = new PathSession(stepwise.progress().load(FixturePath.ID), stepwise.progress(), stepwise.content(),
                background, errors::add);
        this.workspace = newWorkspace(session);
    }

    /** A workspace over this fixture's database, around the given session. */
    public Workspace newWorkspace(PathSession over) {
        return new Workspace(over, stepwise.workspace().summaries(), stepwise.upstream().upgradable(),
                new Workspace.Services(stepwise.workspace(), stepwise.progress(), stepwise.preferences(), stepwise.upstream(),
                        stepwise.history(), stepwise.studyTime(), stepwise.reviews(), clock),
                errors::add);
    }

    /** Every background job runs to completion inside the call that submits it. */
    public static ViewModelFixture open(Path tempDir) {
        return new ViewModelFixture(tempDir, new DirectExecutorService());
    }

    /** Background jobs wait in the given executor until the test runs them. */
    public static ViewModelFixture open(Path tempDir, ExecutorService store) {
        return new ViewModelFixture(tempDir, store);
    }

    /** How many background jobs (saves) have run; only for the same-thread setup of {@link #open(Path)}. */
    public int jobsRun() {
        return ((DirectExecutorService) store).executed();
    }

    /** What is on disk now, read through a fresh load (not the session's state). */
    public PathState reload() {
        return stepwise.progress().load(FixturePath.ID);
    }

    /** How many activity events of this kind were recorded for the subject (item or skill id). */
    public int activityCount(ActivityKind kind, String subjectId) {
        return queryInt("SELECT COUNT(*) FROM activity WHERE path_id = ? AND kind = ? AND subject_id = ?",
                FixturePath.ID, kind.name(), subjectId);
    }

    /** How many activity events were recorded for the path in total (installation included). */
    public int activityCount() {
        return queryInt("SELECT COUNT(*) FROM activity WHERE path_id = ?", FixturePath.ID);
    }

    private int queryInt(String sql, String... parameters) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + stepwise.databaseFile());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + stepwise.databaseFile(), e);
        }
    }

    @Override
    public void close() {
        stepwise.close();
    }

    /** A same-thread executor that counts the jobs it ran, so a test can say "nothing was saved". */
    public static final class DirectExecutorService extends AbstractExecutorService {
        private int executed;
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            executed++;
            command.run();
        }

        public int executed() {
            return executed;
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** Holds submitted jobs until the test runs them, so a job can be observed while it is still pending. */
    public static final class ManualExecutorService extends AbstractExecutorService {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        public int queued() {
            return queue.size();
        }

        public void runNext() {
            queue.remove().run();
        }

        public void runAll() {
            while (!queue.isEmpty()) {
                runNext();
            }
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            List<Runnable> left = List.copyOf(queue);
            queue.clear();
            return left;
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown && queue.isEmpty();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return isTerminated();
        }
    }

    /** A {@link Scheduler} that only records: the test decides when (and whether) an action runs. */
    public static final class FakeScheduler implements Scheduler {
        private final List<Scheduled> scheduled = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            Scheduled entry = new Scheduled(delay, action);
            scheduled.add(entry);
            return entry::cancel;
        }

        /** Everything ever scheduled, in order, cancelled or not. */
        public List<Scheduled> all() {
            return List.copyOf(scheduled);
        }

        public List<Scheduled> pending() {
            return scheduled.stream().filter(Scheduled::isPending).toList();
        }

        /** Runs every action that is neither cancelled nor already run, as the timer would. */
        public void runPending() {
            for (Scheduled entry : pending()) {
                if (entry.isPending()) {
                    entry.run();
                }
            }
        }
    }

    /** One scheduled action and what became of it. */
    public static final class Scheduled {
        private final Duration delay;
        private final Runnable action;
        private boolean cancelled;
        private boolean ran;

        Scheduled(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }

        public Duration delay() {
            return delay;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        public boolean hasRun() {
            return ran;
        }

        public boolean isPending() {
            return !cancelled && !ran;
        }

        /** Like a timer's stop: an action that already ran is not "cancelled" afterwards. */
        void cancel() {
            if (!ran) {
                cancelled = true;
            }
        }

        public void run() {
            if (!isPending()) {
                throw new IllegalStateException("action was " + (cancelled ? "cancelled" : "already run"));
            }
            ran = true;
            action.run();
        }
    }

    /** A clock that moves one second every time it is read, so every saved change has its own distinct instant. */
    public static final class SteppingClock extends Clock {
        private Instant next;

        SteppingClock(Instant start) {
            this.next = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the fixture clock stays in UTC");
        }

        /** Moves the clock on, e.g. past a rating session. */
        public void skip(java.time.Duration duration) {
            next = next.plus(duration);
        }

        @Override
        public Instant instant() {
            Instant now = next;
            next = next.plusSeconds(1);
            return now;
        }
    }
}
