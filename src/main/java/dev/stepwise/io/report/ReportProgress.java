package dev.stepwise.io.report;

import java.util.concurrent.CancellationException;

/**
 * Told by a report writer after each row it wrote (an item, a skill, a rating…), up to
 * {@link dev.stepwise.domain.report.Report#rowCount()}: how the window shows a long export's progress and stops one
 * the learner cancelled.
 */
@FunctionalInterface
public interface ReportProgress {
    /** For callers that neither show progress nor cancel (the command line, tests). */
    ReportProgress NONE = () -> { };

    /**
     * One more row written.
     *
     * @throws CancellationException to stop the writer: nothing it wrote so far reaches a file
     */
    void row();
}
