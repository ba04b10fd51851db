package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.StatusCounts;
import dev.stepwise.ui.common.Messages;

/** Which items the checklist shows. */
public enum StatusFilter {
    ALL(null),
    NOT_STARTED(ItemStatus.NOT_STARTED),
    LEARNING(ItemStatus.LEARNING),
    DONE(ItemStatus.DONE),
    SKIPPED(ItemStatus.SKIPPED);

    private final ItemStatus status;

    StatusFilter(ItemStatus status) {
        this.status = status;
    }

    /**
     * The filter's name in the learner's language: "All", or the status it lets through — in a word of its own, as
     * the five filters share one row that cannot wrap (German says "Offen" here for "Nicht begonnen").
     */
    public String label() {
        return switch (this) {
            case ALL -> Messages.tr("checklist.filter.all");
            case NOT_STARTED -> Messages.tr("checklist.filter.notStarted");
            case LEARNING -> Messages.tr("checklist.filter.learning");
            case DONE -> Messages.tr("checklist.filter.done");
            case SKIPPED -> Messages.tr("checklist.filter.skipped");
        };
    }

    /** How many items the filter lets through, of the counts by status. */
    public int count(StatusCounts counts) {
        return status == null ? counts.total() : counts.of(status);
    }

    public boolean accepts(ItemStatus candidate) {
        return status == null || status == candidate;
    }
}
