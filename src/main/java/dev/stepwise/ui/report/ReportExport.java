package dev.stepwise.ui.report;

import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.report.Report;
import dev.stepwise.io.TextFiles;
import dev.stepwise.io.report.ReportFormat;
import dev.stepwise.io.report.ReportProgress;
import dev.stepwise.service.ReportBuilder;
import dev.stepwise.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One report being written: made from a state the window already holds (immutable, so it is read off the FX thread
 * safely), rendered and written on a worker of its own — never the store thread, which stays free for the learner's
 * ticks — with its progress (0–1) for a progress bar, and cancellable: a cancelled report stops at its next row and
 * writes no file, and an old file of the same name is left as it was.
 *
 * <p>No nodes: tested without a toolkit by handing it a direct executor.
 */
final class ReportExport {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger rows = new AtomicInteger();
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final Executor fx;
    private volatile int total = 1;

    ReportExport(Executor fx) {
        this.fx = fx;
    }

    /**
     * Starts the work on the worker; the job fails with a {@link CancellationException} when {@link #cancel} came first.
     */
    Background.Job<Path> start(Background worker, Source source, ReportFormat format, Path file, Clock clock,
                               Locale language) {
        return worker.run(() -> {
            checkCancelled();
            Report report = new ReportBuilder(clock, language).build(source.state(), source.milestones(), source.studyLog());
            total = Math.max(1, report.rowCount());
            byte[] content = format.render(report, this::row);
            // The last chance to stop: after this the file is replaced in one step, or not at all.
            checkCancelled();
            TextFiles.writeAtomically(file, content);
            return file;
        });
    }

    /** What the report is made of, all of it immutable: the path's state, its milestones as they stand, its study log. */
    record Source(PathState state, List<MilestoneStanding> milestones, List<StudyEntry> studyLog) {
        Source(PathState state) {
            this(state, List.of(), List.of());
        }
    }

    /** From the FX thread (the Cancel button): the writer stops at its next row. */
    void cancel() {
        cancelled.set(true);
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    /** How far the writer is, 0 to 1; updated on the FX thread, at most once per FX pulse's worth of rows. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** {@link ReportProgress#row()}, on the worker. */
    private void row() {
        checkCancelled();
        rows.incrementAndGet();
        if (updateQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                updateQueued.set(false);
                progress.set(Math.min(1.0, rows.get() / (double) total));
            });
        }
    }

    private void checkCancelled() {
        if (cancelled.get()) {
            throw new CancellationException("report cancelled");
        }
    }
}
