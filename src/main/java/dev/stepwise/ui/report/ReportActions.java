package dev.stepwise.ui.report;

import static dev.stepwise.ui.common.Messages.tr;

import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.Timeline;
import dev.stepwise.io.report.ReportFormat;
import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.FilePicker;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * File ▸ Export report…: which report, then where, then written off the FX thread and off the store thread with a
 * progress bar and Cancel (shown only when writing takes a moment); the status bar says where it went.
 */
public final class ReportActions {
    /** A report written quicker than this shows no progress dialog at all, rather than a flash of one. */
    private static final Duration SHOW_PROGRESS_AFTER = Duration.millis(300);

    private final Workspace workspace;
    private final FilePicker picker;
    private final Window owner;
    private final Clock clock;
    private Background worker;

    public ReportActions(Workspace workspace, FilePicker picker, Window owner, Clock clock) {
        this.workspace = workspace;
        this.picker = picker;
        this.owner = owner;
        this.clock = clock;
    }

    public void exportReport() {
        String title = workspace.session().state().path().title();
        new ReportFormatDialog(owner, title).showAndWait().ifPresent(format ->
                picker.save(owner, tr("picker.exportReport"), format.fileName(workspace.currentPathId()),
                        kind(format)).ifPresent(file -> afterPendingSaves(format, file)));
    }

    /**
     * Flushes what the learner is typing, and waits for the store thread to get through it: it runs jobs in order, so
     * once this job (where the path's calendar begins) reports back, every save queued before it (a note typed a moment
     * ago) is in the state.
     */
    private void afterPendingSaves(ReportFormat format, Path file) {
        workspace.saveBeforeReplacing();
        workspace.session().startedOn().onSuccess(start -> {
            PathState state = workspace.session().state();
            write(state, Timeline.of(state, start, workspace.session().today()), workspace.study().log().entries(), format,
                    file);
        }).onError(error -> Dialogs.error(owner, tr("error.reportNotWritten"), Dialogs.describe(error)).show());
    }

    private void write(PathState state, List<MilestoneStanding> milestones, List<StudyEntry> studyLog, ReportFormat format,
                       Path file) {
        ReportExport export = new ReportExport(Platform::runLater);
        ReportProgressDialog dialog = new ReportProgressDialog(owner, file, export);
        PauseTransition delay = new PauseTransition(SHOW_PROGRESS_AFTER);
        delay.setOnFinished(event -> dialog.show());
        delay.play();
        export.start(worker(), new ReportExport.Source(state, milestones, studyLog), format, file, clock,
                        Messages.current().locale())
                .onSuccess(written -> {
                    delay.stop();
                    dialog.finish();
                    workspace.session().reportDone(tr("report.written", written.toAbsolutePath().toString()));
                })
                .onError(error -> {
                    delay.stop();
                    dialog.finish();
                    if (error instanceof CancellationException) {
                        workspace.session().reportDone(tr("report.cancelled"));
                    } else {
                        Dialogs.error(owner, tr("error.reportNotWritten"), Dialogs.describe(error)).show();
                    }
                });
    }

    /** One daemon worker for reports, made on first use: most sessions never write one. */
    private Background worker() {
        if (worker == null) {
            worker = new Background(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "report");
                thread.setDaemon(true);
                return thread;
            }), Platform::runLater);
        }
        return worker;
    }

    private static FilePicker.Kind kind(ReportFormat format) {
        return switch (format) {
            case HTML -> FilePicker.Kind.REPORT_HTML;
            case MARKDOWN -> FilePicker.Kind.REPORT_MARKDOWN;
            case CSV -> FilePicker.Kind.REPORT_CSV;
            case MATRIX_PNG, BURN_UP_PNG -> FilePicker.Kind.REPORT_PNG;
        };
    }
}
