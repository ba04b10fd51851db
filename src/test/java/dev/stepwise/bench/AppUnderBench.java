package dev.stepwise.bench;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.checklist.ChecklistViewModel;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Scheduler;
import dev.stepwise.ui.common.StoreThread;
import dev.stepwise.ui.common.Workspace;
import dev.stepwise.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole app minus the pixels, built only from public entry points so the benchmarks survive a rewrite of the
 * model: {@link Stepwise} over a real SQLite file, a real "store" thread, and the {@link PathSession},
 * {@link Workspace} and {@link MainViewModel} the window would build (App.show), with every page's view model
 * created. The calling thread plays the FX thread: {@link Background} hands results to a queue that it drains, so a
 * job's callbacks run there, in one hop, as they would on the FX thread. This is the only benchmark class that knows
 * how the app is wired; adapt it, and only it, when the wiring changes.
 */
final class AppUnderBench implements AutoCloseable {
    private final Stepwise stepwise;
    private final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final PathSession session;
    private final MainViewModel main;
    private final Workspace workspace;
    /** Names of the FX part's pieces, in the order {@link Tick#fxPartNanos} holds them. */
    static final List<String> FX_PARTS = List.of("shared state (PathState + workspace)", "overview + suggestion", "checklist",
            "matrix", "the rest");

    private final long[] stamps = new long[FX_PARTS.size() - 1];
    private volatile long hopQueuedAt;

    private AppUnderBench(Path databaseFile, LearningPath path) {
        this.stepwise = Stepwise.open(databaseFile, List.of(), Clock.systemUTC());
        String pathId = stepwise.pathFiles().importPath(path, false).summary().id();
        Background background = new Background(new StoreThread(), runnable -> {
            hopQueuedAt = System.nanoTime();
            fxQueue.add(runnable);
        });
        background.whenIdle(stepwise.checkpointWhenIdle());
        this.session = new PathSession(stepwise.progress().load(pathId), stepwise.progress(), stepwise.content(), background,
                errors::add);
        this.workspace = new Workspace(session, stepwise.workspace().summaries(), stepwise.upstream().upgradable(),
                new Workspace.Services(stepwise.workspace(), stepwise.progress(), stepwise.preferences(), stepwise.upstream(),
                        stepwise.history(), stepwise.studyTime(), stepwise.reviews(), Clock.systemUTC()),
                errors::add);
        // Listeners of the shared state run in the order they were added: a stamp added after each view model tells
        // roughly how long each took to follow a change. Only a breakdown; the tick's figure does not rely on it.
        stampWhenStateChanges(0);
        // Notes are never typed here, so nothing is ever scheduled; background work runs at once on this thread, and
        // the part the FX thread would do with its result is timed on its own.
        this.main = new MainViewModel(workspace, stepwise.preferences().load(), databaseFile.toString(), fxSide);
        stampWhenStateChanges(1);
        // The checklist's and matrix's models are lazy (built with their pages): build them, so a tick updates all three.
        main.checklist();
        stampWhenStateChanges(2);
        main.matrix();
        stampWhenStateChanges(3);
    }

    /** Opens a fresh database file, imports the path into it and builds every view model over it. */
    private void stampWhenStateChanges(int index) {
        session.stateProperty().subscribe((before, after) -> stamps[index] = System.nanoTime());
    }

    static AppUnderBench open(Path databaseFile, LearningPath path) {
        return new AppUnderBench(databaseFile, path);
    }

    /**
     * One status change through the app: from the command until its job has reported back on the "FX thread" (the
     * shared state and every view model following it have applied the commit).
     */
    Tick setStatus(String itemId, ItemStatus status) throws InterruptedException {
        Arrays.fill(stamps, 0);
        long start = System.nanoTime();
        Hops hops = runHopsUntilReported(session.setStatus(itemId, status), "status change");
        long end = System.nanoTime();
        failOnErrors();
        long[] parts = new long[FX_PARTS.size()];
        long previous = hops.lastStart();
        for (int i = 0; i < stamps.length; i++) {
            parts[i] = stamps[i] - previous;
            previous = stamps[i];
        }
        parts[stamps.length] = end - previous;
        return new Tick(end - start, hopQueuedAt - start, end - hopQueuedAt, parts);
    }

    /**
     * A status change's whole time, the part until the store thread hands the commit over, the FX-side rest, and that
     * rest split by listener ({@link #FX_PARTS}; all zero-based on the hop, so they add up to a little less than fx).
     */
    record Tick(long totalNanos, long storeNanos, long fxNanos, long[] fxPartNanos) {
    }

    /** Background work done at once; the time spent handing results to the "FX thread" is added up. */
    static final class FxSideTimer implements Scheduler {
        private long fxNanos;
        /** Work the app would run on its worker thread, run here at once: not the FX thread's. */
        private long offThreadNanos;

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            return () -> { };
        }

        @Override
        public <T> void offThread(Supplier<T> work, Consumer<T> onFx) {
            long workStart = System.nanoTime();
            T result = work.get();
            offThreadNanos += System.nanoTime() - workStart;
            if (result != null) {
                long start = System.nanoTime();
                onFx.accept(result);
                fxNanos += System.nanoTime() - start;
            }
        }

        /** The FX thread's share since the last call. */
        long takeFxNanos() {
            long taken = fxNanos;
            fxNanos = 0;
            return taken;
        }
    }

    private final FxSideTimer fxSide = new FxSideTimer();

    /** What the FX thread spent on background results since the last call (the rows of a search, shown). */
    long takeFxNanos() {
        return fxSide.takeFxNanos();
    }

    /** Types into the checklist's search box: the rows are filtered inside the call. */
    void search(String text) {
        checklist().searchProperty().set(text);
    }

    ChecklistViewModel checklist() {
        return main.checklist();
    }

    /** Installs another, small path next to the one open, for {@link #switchTo}; its id. */
    String installSmallPath() {
        return stepwise.pathFiles().importPath(SyntheticPath.generate(7L, 20, 2, 10), true).summary().id();
    }

    /**
     * Switches to the path as the path picker does (the state read on the store thread) and waits until every view model
     * has followed; returns the FX thread's share: the hop that applies the state, less the work the view models hand to
     * their worker thread (run here at once).
     */
    long switchTo(String pathId) throws InterruptedException {
        long fx = runHopsUntilReported(workspace.switchTo(pathId), "switch").fxNanos();
        failOnErrors();
        return fx;
    }

    /** The FX thread's time in a job's hops (less the work run here in place of a worker thread), and when the last began. */
    private record Hops(long fxNanos, long lastStart) {
    }

    /** Runs the hops queued for the "FX thread" until the job has reported back. */
    private Hops runHopsUntilReported(Background.Job<?> job, String what) throws InterruptedException {
        boolean[] done = {false};
        job.onSuccess(result -> done[0] = true).onError(error -> done[0] = true);
        long fx = 0;
        long lastStart = 0;
        while (!done[0]) {
            Runnable hop = fxQueue.poll(5, TimeUnit.MINUTES);
            if (hop == null) {
                throw new IllegalStateException("the " + what + " never reported back");
            }
            long offBefore = fxSide.offThreadNanos;
            lastStart = System.nanoTime();
            hop.run();
            fx += System.nanoTime() - lastStart - (fxSide.offThreadNanos - offBefore);
        }
        return new Hops(fx, lastStart);
    }

    /** Shown rows in the checklist (section headers included): proof the search did its work. */
    int checklistRows() {
        return checklist().rows().size();
    }

    String pathId() {
        return session.pathId();
    }

    Path databaseFile() {
        return stepwise.databaseFile();
    }

    private void failOnErrors() {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("a job failed", errors.get(0));
        }
    }

    @Override
    public void close() {
        main.dispose();
        session.background().close();
        stepwise.close();
    }
}
