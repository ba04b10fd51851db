package dev.stepwise.ui.checklist;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.StatusCounts;

/** Which items the checklist shows. */
public enum StatusFilter {
    ALL("All", null),
    NOT_STARTED("Not started", ItemStatus.NOT_STARTED),
    LEARNING("Learning", ItemStatus.LEARNING),
    DONE("Done", ItemStatus.DONE),
    SKIPPED("Skipped", ItemStatus.SKIPPED);

    private final String label;
    private final ItemStatus status;

    StatusFilter(String label, ItemStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** How many items the filter lets through, of the counts by status. */
    public int count(StatusCounts counts) {
        return status == null ? counts.total() : counts.of(status);
    }

    public boolean accepts(ItemStatus candidate) {
        return status == null || status == candidate;
    }
}
