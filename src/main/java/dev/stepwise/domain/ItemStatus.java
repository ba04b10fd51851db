package dev.stepwise.domain;

/** Where a learner stands on one checklist item. */
public enum ItemStatus {
    NOT_STARTED("Not started"),
    LEARNING("Learning"),
    DONE("Done"),
    SKIPPED("Skipped");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Space toggles between done and not started, whatever the item was before. */
    public ItemStatus toggledDone() {
        return this == DONE ? NOT_STARTED : DONE;
    }
}
