package dev.stepwise.domain.report;

import dev.stepwise.domain.Progress;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A milestone as the report lists it: title, due date, its items' progress and whether it is on track. No milestone
 * exists before milestones are merged (issue 10, item 1); their builder fills this in, the writers already show it.
 */
public record ReportMilestone(String title, LocalDate due, String dueText, Progress progress, String summary,
                              boolean onTrack, String onTrackText) {
    public ReportMilestone {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(dueText, "dueText");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(onTrackText, "onTrackText");
    }
}
