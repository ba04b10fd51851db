package dev.stepwise.domain.report;

import dev.stepwise.domain.ItemStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One checklist item as the report shows it. Dates are kept as days (for CSV, which writes them as ISO dates) and
 * in words (for the pages people read); a missing date is null and its words empty.
 *
 * @param subSteps "2 of 3" sub-steps ticked, or empty when the item has none
 */
public record ReportItem(
        String id,
        String title,
        ItemStatus status,
        String statusText,
        LocalDate startedOn,
        String startedText,
        LocalDate doneOn,
        String doneText,
        String subSteps,
        String note) {

    public ReportItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusText, "statusText");
        startedText = startedText == null ? "" : startedText;
        doneText = doneText == null ? "" : doneText;
        subSteps = subSteps == null ? "" : subSteps;
        note = note == null ? "" : note;
    }

    public Optional<LocalDate> started() {
        return Optional.ofNullable(startedOn);
    }

    public Optional<LocalDate> done() {
        return Optional.ofNullable(doneOn);
    }
}
