package dev.stepwise.domain.report;

import dev.stepwise.domain.Progress;
import java.util.List;
import java.util.Objects;

/** One checklist section of a report: its counts and its items, in the path's order. */
public record ReportSection(String id, String title, Progress progress, String summary, List<ReportItem> items) {
    public ReportSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(summary, "summary");
        items = List.copyOf(items);
    }
}
